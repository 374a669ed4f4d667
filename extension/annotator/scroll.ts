// Scroll an anchored annotation into view and flash it, so the user sees which passage the
// side panel means. Smooth scrolling only when the user has not asked for reduced motion.
import type { Highlighter } from './highlight.js';

type ScrollWindow = Pick<Window, 'matchMedia'> | { matchMedia?: undefined };

/** Scroll `range` to the middle of the viewport. Returns false when it is not in the page. */
export function scrollToRange(range: Range, win: ScrollWindow): boolean {
  const node = range.startContainer;
  const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!target || !target.isConnected) return false;
  const reduced = typeof win.matchMedia === 'function' && win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  return true;
}

/** Scroll to the highlight of annotation `id` and flash it; false when it is not on the page. */
export function scrollToAnnotation(highlighter: Highlighter, id: string, win: ScrollWindow, flashMs = 1500): boolean {
  const range = highlighter.rangeOf(id);
  if (!range || !scrollToRange(range, win)) return false;
  highlighter.flash(id, flashMs);
  return true;
}

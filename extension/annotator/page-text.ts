// The text of a page as one string, and the way back from offsets in that string to DOM
// Ranges (and from a user's selection to offsets). Both directions use the same index of
// text nodes, built by one walk that skips what a reader does not see: script, style,
// noscript, template, form-field and embed fallback text, `hidden` and display:none
// subtrees, visibility:hidden text, and Samenspel's own UI. The walk is written in steps
// (core/anchoring/schedule.ts), so on a big page it runs time-sliced like the anchoring.
import { runToEnd, type Steps } from '../../core/anchoring/schedule.js';

/** Elements whose text is never page text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
]);

/** Marks Samenspel's own elements (toolbar host) so they are never part of the page text. */
export const UI_ATTRIBUTE = 'data-samenspel-ui';

export interface PageText {
  /** The visible text: the concatenated data of `nodes`. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

type StyleWindow = Pick<Window, 'getComputedStyle'>;

function elementHidden(el: Element, win: StyleWindow | null): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE)) return true;
  if (win) {
    const display = win.getComputedStyle(el).display;
    if (display === 'none') return true;
  } else if (el.getAttribute('style')?.replace(/\s+/g, '').toLowerCase().includes('display:none')) {
    return true;
  }
  return false;
}

function textHidden(parent: Element | null, win: StyleWindow | null, cache: Map<Element, boolean>): boolean {
  if (!parent) return false;
  let hidden = cache.get(parent);
  if (hidden === undefined) {
    if (win) {
      const visibility = win.getComputedStyle(parent).visibility;
      hidden = visibility === 'hidden' || visibility === 'collapse';
    } else {
      hidden = !!parent.closest('[style*="visibility:hidden"],[style*="visibility: hidden"]');
    }
    cache.set(parent, hidden);
  }
  return hidden;
}

/** Nodes (elements and text) looked at per step of the walk (a computed style each): about a millisecond. */
export const NODES_PER_STEP = 128;
/** Walks started again (the page removed the node the walk was at) before one walks at once. */
const MAX_RESTARTS = 3;

/**
 * The steps of building the page text and its index from `root` (usually `document.body`):
 * a walk in document order, `NODES_PER_STEP` nodes per step, so it can run time-sliced
 * (runSliced, as anchoring does) on a big page. Pass `win` to use computed styles
 * (display:none, visibility:hidden); without it only the `hidden` attribute and inline
 * styles are seen. If the page removes the node the walk was at during a pause, the walk
 * starts again (the page changed; the result must be one consistent text).
 */
export function* pageTextSteps(root: Node, win: StyleWindow | null = null, nodesPerStep = NODES_PER_STEP): Steps<PageText> {
  for (let restarts = 0; ; restarts++) {
    // A page that keeps changing under the walk: after a few tries it is walked in one go.
    if (restarts === MAX_RESTARTS) nodesPerStep = Number.POSITIVE_INFINITY;
    const cache = new Map<Element, boolean>();
    const nodes: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    let offset = 0;
    let budget = nodesPerStep;
    let restart = false;
    let node: Node | null = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === 1) descend = !elementHidden(node as Element, win);
      else if (node.nodeType === 3) {
        const t = node as Text;
        if (t.data.length > 0 && !textHidden(t.parentElement, win, cache)) {
          nodes.push(t);
          starts.push(offset);
          parts.push(t.data);
          offset += t.data.length;
        }
      }
      // Next in document order: the first child, else the next sibling of the nearest ancestor (within root) that has one.
      let next: Node | null = descend ? node.firstChild : null;
      for (let at: Node | null = node; !next && at && at !== root; at = at.parentNode) next = at.nextSibling;
      node = next;
      if (--budget === 0 && node) {
        budget = nodesPerStep;
        yield;
        if (!root.contains(node)) {
          restart = true;
          break;
        }
      }
    }
    if (!restart) return { text: parts.join(''), nodes, starts };
  }
}

/**
 * Build the page text and its index from `root` at once (see pageTextSteps). Call again
 * after the page changes.
 */
export function buildPageText(root: Node, win: StyleWindow | null = null): PageText {
  return runToEnd(pageTextSteps(root, win));
}

/** Whether every node of the index is still in the document with the length it had (else build it again). */
export function isCurrent(index: PageText): boolean {
  const { nodes, starts, text } = index;
  for (let i = 0; i < nodes.length; i++) {
    const length = (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!;
    if (!nodes[i]!.isConnected || nodes[i]!.data.length !== length) return false;
  }
  return true;
}

/** Index of the last node whose start is <= offset (or < offset when `before`). */
function nodeAt(index: PageText, offset: number, before: boolean): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = index.starts[mid]!;
    if (before ? s < offset : s <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A Range over `text[start, end)`, or null if the offsets are out of bounds or the
 * index is stale (a node has left the document or changed length).
 */
export function rangeFromOffsets(index: PageText, start: number, end: number): Range | null {
  if (index.nodes.length === 0 || start < 0 || end > index.text.length || start >= end) return null;
  // The start goes into the node that contains it (not the end of the previous one);
  // the end into the node that it closes (not the start of the next one).
  const si = nodeAt(index, start, false);
  const ei = nodeAt(index, end, true);
  const startNode = index.nodes[si]!;
  const endNode = index.nodes[ei]!;
  const startOffset = start - index.starts[si]!;
  const endOffset = end - index.starts[ei]!;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The offset in the page text of a boundary point (container, offset) of a Range. */
function boundaryOffset(index: PageText, container: Node, offset: number): number {
  const i = index.nodes.indexOf(container as Text);
  if (i !== -1) return index.starts[i]! + Math.min(offset, (container as Text).data.length);
  // A boundary between nodes (or inside skipped text): count the indexed text before it.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  point.collapse(true);
  // First node at or after the point.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.nodes.length ? index.starts[lo]! : index.text.length;
}

/** The page-text offsets of a Range (e.g. the user's selection); null when it holds no page text. */
export function offsetsFromRange(index: PageText, range: Range): { start: number; end: number } | null {
  const start = boundaryOffset(index, range.startContainer, range.startOffset);
  const end = boundaryOffset(index, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

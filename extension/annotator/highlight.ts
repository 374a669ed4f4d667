// Highlights for anchored annotations that leave the page intact. Preferred: the CSS
// Custom Highlight API (CSS.highlights + new Highlight(range)), which paints ranges
// without touching the DOM. Fallback: wrap the text in <samenspel-highlight> elements with
// a minimal inline style; removal unwraps them and re-joins the split text nodes, so the
// DOM is as it was.
import { SKIPPED_TAGS, UI_ATTRIBUTE } from './page-text.js';

export const HIGHLIGHT_NAME = 'samenspel';
export const FLASH_NAME = 'samenspel-flash';
export const WRAPPER_TAG = 'samenspel-highlight';
const COLOUR = 'rgba(255, 214, 10, 0.45)';
const FLASH_COLOUR = 'rgba(255, 140, 0, 0.75)';
const WRAPPER_STYLE = `background-color: ${COLOUR}; color: inherit;`;

export interface Highlighter {
  readonly mode: 'css' | 'wrap';
  /** Highlight `range` for annotation `id` (adding to what `id` already has). */
  add(id: string, range: Range): void;
  remove(id: string): void;
  clear(): void;
  has(id: string): boolean;
  /** A range covering the highlight of `id` (for scrolling), or null. */
  rangeOf(id: string): Range | null;
  /** Briefly emphasise the highlight of `id`. */
  flash(id: string, ms?: number): void;
  /** Remove every highlight and whatever was added to the page (style sheet). */
  destroy(): void;
}

/** The parts of `window` the highlighter needs (a fake can be passed in tests). */
export interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> } | undefined;
  Highlight?: (new (...ranges: Range[]) => Set<Range>) | undefined;
  CSSStyleSheet?: typeof CSSStyleSheet | undefined;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: never): void;
}

export interface HighlighterOptions {
  /** 'auto' (default): CSS highlights when available, otherwise wrapping. */
  mode?: 'auto' | 'css' | 'wrap';
}

export function supportsCssHighlights(win: HighlightWindow): boolean {
  return !!win.CSS?.highlights && typeof win.Highlight === 'function';
}

export function createHighlighter(doc: Document, win: HighlightWindow, options: HighlighterOptions = {}): Highlighter {
  const mode = options.mode ?? 'auto';
  if (mode === 'css' || (mode === 'auto' && supportsCssHighlights(win))) return cssHighlighter(doc, win);
  return wrapHighlighter(doc, win);
}

function cssHighlighter(doc: Document, win: HighlightWindow): Highlighter {
  const registry = win.CSS!.highlights!;
  const HighlightCtor = win.Highlight!;
  const all = new HighlightCtor();
  const flashing = new HighlightCtor();
  registry.set(HIGHLIGHT_NAME, all);
  registry.set(FLASH_NAME, flashing);
  const rules = `::highlight(${HIGHLIGHT_NAME}) { background-color: ${COLOUR}; }\n::highlight(${FLASH_NAME}) { background-color: ${FLASH_COLOUR}; }`;
  // A constructed style sheet leaves the DOM alone; a <style> element is the fallback.
  let sheet: CSSStyleSheet | null = null;
  let styleEl: HTMLStyleElement | null = null;
  if (win.CSSStyleSheet && 'adoptedStyleSheets' in doc) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(rules);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } else {
    styleEl = doc.createElement('style');
    styleEl.setAttribute(UI_ATTRIBUTE, '');
    styleEl.textContent = rules;
    (doc.head ?? doc.documentElement).append(styleEl);
  }
  const byId = new Map<string, Range[]>();
  const timers = new Map<string, unknown>();

  const unflash = (id: string) => {
    const t = timers.get(id);
    if (t !== undefined) win.clearTimeout(t as never);
    timers.delete(id);
    for (const r of byId.get(id) ?? []) flashing.delete(r);
  };
  const h: Highlighter = {
    mode: 'css',
    add(id, range) {
      const r = range.cloneRange();
      byId.set(id, [...(byId.get(id) ?? []), r]);
      all.add(r);
    },
    remove(id) {
      unflash(id);
      for (const r of byId.get(id) ?? []) all.delete(r);
      byId.delete(id);
    },
    clear() {
      for (const id of [...byId.keys()]) h.remove(id);
    },
    has: (id) => byId.has(id),
    rangeOf: (id) => byId.get(id)?.[0]?.cloneRange() ?? null,
    flash(id, ms = 1500) {
      unflash(id);
      const ranges = byId.get(id);
      if (!ranges) return;
      for (const r of ranges) flashing.add(r);
      timers.set(id, win.setTimeout(() => unflash(id), ms));
    },
    destroy() {
      h.clear();
      if (registry.get(HIGHLIGHT_NAME) === all) registry.delete(HIGHLIGHT_NAME);
      if (registry.get(FLASH_NAME) === flashing) registry.delete(FLASH_NAME);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      styleEl?.remove();
    },
  };
  return h;
}

/** Text nodes of `range` that may be wrapped: page text, not whitespace between blocks. */
function textNodesIn(doc: Document, range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t) || t.data.trim() === '') continue;
    const parent = t.parentElement;
    if (!parent) continue;
    let skipped = false;
    for (let el: Element | null = parent; el; el = el.parentElement) {
      if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute(UI_ATTRIBUTE)) {
        skipped = true;
        break;
      }
    }
    if (!skipped) out.push(t);
  }
  return out;
}

function wrapHighlighter(doc: Document, win: HighlightWindow): Highlighter {
  const byId = new Map<string, HTMLElement[]>();
  /** Text nodes created by splitting; merged back into their left neighbour on removal. */
  const pieces = new WeakSet<Text>();
  const timers = new Map<string, unknown>();

  const wrap = (id: string, range: Range): HTMLElement[] => {
    const wrappers: HTMLElement[] = [];
    // Collect first: splitting changes the range's boundary nodes.
    const targets = textNodesIn(doc, range).map((node) => ({
      node,
      from: node === range.startContainer ? range.startOffset : 0,
      to: node === range.endContainer ? range.endOffset : node.data.length,
    }));
    for (const { node, from, to } of targets) {
      if (to <= from) continue;
      let target = node;
      if (from > 0) {
        target = target.splitText(from);
        pieces.add(target);
      }
      if (to - from < target.data.length) pieces.add(target.splitText(to - from));
      const el = doc.createElement(WRAPPER_TAG);
      el.setAttribute('style', WRAPPER_STYLE);
      el.setAttribute('data-annotation-id', id);
      target.before(el);
      el.append(target);
      wrappers.push(el);
    }
    return wrappers;
  };

  const mergePieces = (parent: Node) => {
    for (let child = parent.firstChild; child; ) {
      const next = child.nextSibling;
      const prev = child.previousSibling;
      if (child.nodeType === 3 && pieces.has(child as Text) && prev?.nodeType === 3) {
        (prev as Text).appendData((child as Text).data);
        child.remove();
      }
      child = next;
    }
  };

  const unflash = (id: string) => {
    const t = timers.get(id);
    if (t !== undefined) win.clearTimeout(t as never);
    timers.delete(id);
    for (const el of byId.get(id) ?? []) el.setAttribute('style', WRAPPER_STYLE);
  };

  const h: Highlighter = {
    mode: 'wrap',
    add(id, range) {
      byId.set(id, [...(byId.get(id) ?? []), ...wrap(id, range)]);
    },
    remove(id) {
      unflash(id);
      const parents = new Set<Node>();
      for (const el of byId.get(id) ?? []) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
        parents.add(parent);
      }
      byId.delete(id);
      for (const p of parents) mergePieces(p);
    },
    clear() {
      for (const id of [...byId.keys()]) h.remove(id);
    },
    has: (id) => byId.has(id),
    rangeOf(id) {
      const els = byId.get(id)?.filter((el) => el.isConnected);
      if (!els?.length) return null;
      const r = doc.createRange();
      r.setStartBefore(els[0]!);
      r.setEndAfter(els[els.length - 1]!);
      return r;
    },
    flash(id, ms = 1500) {
      unflash(id);
      const els = byId.get(id);
      if (!els) return;
      for (const el of els) el.setAttribute('style', `background-color: ${FLASH_COLOUR}; color: inherit;`);
      timers.set(id, win.setTimeout(() => unflash(id), ms));
    },
    destroy() {
      h.clear();
    },
  };
  return h;
}

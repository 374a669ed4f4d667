// Highlights must not break the page: CSS Custom Highlights leave the DOM alone; the
// wrapping fallback adds <samenspel-highlight> elements and removes them without a trace.
import { describe, expect, it, vi } from 'vitest';
import { anchorSelectors, describeTextRange } from '../../../core/anchoring/index.js';
import { createHighlighter, FLASH_NAME, HIGHLIGHT_NAME, WRAPPER_TAG, type HighlightWindow } from '../../../extension/annotator/highlight.js';
import { buildPageText, rangeFromOffsets } from '../../../extension/annotator/page-text.js';
import { scrollToAnnotation } from '../../../extension/annotator/scroll.js';
import { loadPage, PAGES } from './fixtures.js';

/** A snapshot that also sees how text is split into nodes (innerHTML would not). */
function snapshot(node: Node): string {
  if (node.nodeType === 3) return `#text(${JSON.stringify((node as Text).data)})`;
  const el = node as Element;
  const attrs = el.attributes ? [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ') : '';
  return `<${el.nodeName} ${attrs}>${[...node.childNodes].map(snapshot).join('')}</${el.nodeName}>`;
}

const wrapWindow: HighlightWindow = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h) };

function rangeOf(quote: string, occurrence = 0): Range {
  const index = buildPageText(document.body, window);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(quote, at + 1);
  return rangeFromOffsets(index, at, at + quote.length)!;
}

describe('wrapping fallback', () => {
  it.each(PAGES)('%s: adds highlights across elements and removes them, leaving the DOM identical', (name) => {
    loadPage(name);
    for (const t of document.querySelectorAll('template')) t.remove(); // happy-dom range bug, see page-text.test
    const before = snapshot(document.body);
    const textBefore = buildPageText(document.body, window).text;
    const h = createHighlighter(document, wrapWindow, { mode: 'wrap' });
    expect(h.mode).toBe('wrap');
    // Long ranges crossing several elements, and overlapping ones. Wrapping splits text
    // nodes but keeps the page text, so offsets stay valid against a fresh index.
    const spans: [number, number][] = [[1500, 2400], [900, 1600], [100, 1000], [40, 60]];
    spans.forEach(([s, e], i) => h.add(`a${i}`, rangeFromOffsets(buildPageText(document.body, window), s, e)!));
    const wrappers = document.querySelectorAll(WRAPPER_TAG);
    expect(wrappers.length).toBeGreaterThan(4);
    for (const w of wrappers) expect(w.getAttribute('style')).toMatch(/^background-color: [^;]+; color: inherit;$/);
    // The page text is unchanged by the wrappers.
    expect(buildPageText(document.body, window).text).toBe(textBefore);
    // Remove in a different order than added.
    for (const id of ['a1', 'a3', 'a0', 'a2']) h.remove(id);
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(0);
    expect(snapshot(document.body)).toBe(before);
  });

  it('highlights exactly the anchored text and never wraps script, style or whitespace between blocks', () => {
    document.body.innerHTML = '<ul>\n  <li>Een <b>leesplan</b> voor</li>\n  <li>alle <script>x()</script>scholen</li>\n</ul>';
    const before = snapshot(document.body);
    const h = createHighlighter(document, wrapWindow, { mode: 'wrap' });
    h.add('x', rangeOf('leesplan voor\n  alle scholen'));
    const wrapped = [...document.querySelectorAll(WRAPPER_TAG)].map((w) => w.textContent);
    expect(wrapped.join('')).toBe('leesplan vooralle scholen');
    expect(document.querySelector('script')!.childNodes).toHaveLength(1);
    expect(document.querySelector('ul')!.querySelectorAll(`:scope > ${WRAPPER_TAG}`)).toHaveLength(0);
    h.destroy();
    expect(snapshot(document.body)).toBe(before);
  });

  it('flashes a highlight and scrolls it into view', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>De bibliotheek levert een leesconsulent.</p>';
    const h = createHighlighter(document, { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (t) => clearTimeout(t) }, { mode: 'wrap' });
    h.add('x', rangeOf('een leesconsulent'));
    const el = document.querySelector(WRAPPER_TAG) as HTMLElement;
    const scrolled = vi.fn();
    el.parentElement!.scrollIntoView = scrolled;
    expect(scrollToAnnotation(h, 'x', { matchMedia: () => ({ matches: true }) as MediaQueryList })).toBe(true);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' });
    const normal = 'background-color: rgba(255, 214, 10, 0.45); color: inherit;';
    expect(el.getAttribute('style')).not.toBe(normal);
    vi.advanceTimersByTime(2000);
    expect(el.getAttribute('style')).toBe(normal);
    expect(scrollToAnnotation(h, 'onbekend', window)).toBe(false);
    vi.useRealTimers();
  });
});

describe('CSS Custom Highlight API', () => {
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const fakeWindow = () => {
    const highlights = new Map<string, unknown>();
    return { highlights, win: { CSS: { highlights }, Highlight: FakeHighlight, CSSStyleSheet, setTimeout, clearTimeout } as unknown as HighlightWindow };
  };

  it('is chosen when available and leaves the DOM untouched', () => {
    loadPage('schoolplan.html');
    const before = snapshot(document.documentElement);
    const { highlights, win } = fakeWindow();
    const h = createHighlighter(document, win);
    expect(h.mode).toBe('css');
    const index = buildPageText(document.body, window);
    const sel = describeTextRange(index.text, 200, 400);
    const r = anchorSelectors(index.text, sel)!;
    h.add('a', rangeFromOffsets(index, r.start, r.end)!);
    const all = highlights.get(HIGHLIGHT_NAME) as Set<Range>;
    expect(all.size).toBe(1);
    expect([...all][0]!.toString().length).toBeGreaterThan(150);
    expect(snapshot(document.documentElement)).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    h.flash('a');
    expect((highlights.get(FLASH_NAME) as Set<Range>).size).toBe(1);
    h.remove('a');
    expect(all.size).toBe(0);
    expect((highlights.get(FLASH_NAME) as Set<Range>).size).toBe(0);
    h.destroy();
    expect(highlights.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(snapshot(document.documentElement)).toBe(before);
  });

  it('falls back to wrapping when the API is missing', () => {
    expect(createHighlighter(document, wrapWindow).mode).toBe('wrap');
  });
});

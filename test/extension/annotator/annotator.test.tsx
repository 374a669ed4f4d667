// The annotator on a saved page, as the content script will run it: it reports the page,
// anchors and highlights what the side panel sends, turns a selection into a draft, and
// ignores every message that is not from the extension or not well-formed; the page text is
// built in slices, and an unchanged page costs nothing after the first anchoring.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { describeTextRange, type Annotation } from '../../../core/anchoring/index.js';
import { createAnnotator, type AnnotatorWindow } from '../../../extension/annotator/annotator.js';
import { WRAPPER_TAG } from '../../../extension/annotator/highlight.js';
import { CHANGE_DELAY } from '../../../extension/annotator/reanchor-on-change.js';
import { parseFromPage, type FromPageMessage } from '../../../core/anchoring/messages.js';
import { buildPageText, rangeFromOffsets } from '../../../extension/annotator/page-text.js';
import { loadPage } from './fixtures.js';

const RUNTIME = 'samenspelextensionidabcdefghijklm';
const TRUSTED = { id: RUNTIME, url: `chrome-extension://${RUNTIME}/sidepanel.html` };
const URL = 'https://www.obsderegenboog.nl/schoolplan';

const win: AnnotatorWindow = {
  getComputedStyle: (el: Element) => window.getComputedStyle(el),
  location: { href: 'https://obsderegenboog.nl/schoolplan?utm_source=nieuwsbrief#missie' } as Location,
  setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
  clearTimeout: (t: never) => clearTimeout(t),
};

function annotationFor(quote: string, id: string): Annotation {
  const { text } = buildPageText(document.body, window);
  const at = text.indexOf(quote);
  return {
    id,
    url: URL,
    title: 'Schoolplan',
    selectors: at >= 0 ? describeTextRange(text, at, at + quote.length) : [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    partnerId: 'school',
    level: 'organisational',
    conditionId: 'interests',
    note: '',
    visibility: 'shared',
    created: '2025-03-01T10:00:00.000Z',
    modified: '2025-03-01T10:00:00.000Z',
  };
}

describe('createAnnotator', () => {
  let sent: FromPageMessage[];
  beforeEach(() => {
    loadPage('schoolplan.html');
    for (const t of document.querySelectorAll('template')) t.remove(); // happy-dom range bug, see page-text.test
    for (const old of document.querySelectorAll('samenspel-toolbar')) old.remove();
    sent = [];
  });
  const start = () => createAnnotator({ doc: document, win, runtimeId: RUNTIME, send: (m) => sent.push(m) });

  it('announces the page under its canonical, normalised URL', () => {
    const a = start();
    expect(a.url).toBe(URL);
    expect(sent).toEqual([{ type: 'annotator/ready', url: URL, title: document.title }]);
    a.destroy();
  });

  it('anchors and highlights loaded annotations, reports orphans, and cleans up without a trace', async () => {
    const before = document.body.innerHTML;
    const annotations = [
      annotationFor('leertijd buiten schooltijd organiseren', 'a1'),
      annotationFor('Lezen is de sleutel tot alle andere vakken', 'a2'),
      annotationFor('Deze zin stond er ooit maar is verdwenen', 'a3'),
    ];
    const a = start();
    // The page changed since: a paragraph on top.
    const p = document.createElement('p');
    p.textContent = 'Nieuw bericht over de open dag.';
    document.querySelector('main')!.prepend(p);
    const changed = document.body.innerHTML;
    expect(a.handleMessage({ type: 'annotator/load', url: URL, annotations, partners: [{ id: 'school', name: 'OBS De Regenboog' }] }, TRUSTED)).toBe(true);
    await a.settled();
    const report = sent.at(-1)!;
    expect(report.type).toBe('annotator/anchored');
    expect(report.type === 'annotator/anchored' && report.results.map((r) => r.status)).toEqual(['anchored', 'anchored', 'orphaned']);
    expect(parseFromPage(report)).toEqual(report);
    const wrapped = (id: string) => [...document.querySelectorAll(`${WRAPPER_TAG}[data-annotation-id="${id}"]`)].map((w) => w.textContent).join('');
    expect(wrapped('a1')).toBe('leertijd buiten schooltijd organiseren');
    expect(wrapped('a2')).toBe('Lezen is de sleutel tot alle andere vakken');
    expect(a.handleMessage({ type: 'annotator/remove', id: 'a1' }, TRUSTED)).toBe(true);
    expect(wrapped('a1')).toBe('');
    a.destroy();
    expect(document.body.innerHTML).toBe(changed);
    p.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('ignores messages from the page, other extensions and content scripts, and malformed ones', () => {
    const a = start();
    const load = { type: 'annotator/load', url: URL, annotations: [annotationFor('Leesplezier staat voorop', 'a1')], partners: [] };
    expect(a.handleMessage(load, { origin: 'https://obsderegenboog.nl' })).toBe(false);
    expect(a.handleMessage(load, { id: 'andere-extensie' })).toBe(false);
    expect(a.handleMessage(load, { id: RUNTIME, tab: { id: 1 } })).toBe(false);
    expect(a.handleMessage({ ...load, annotations: 'alles' }, TRUSTED)).toBe(false);
    expect(a.handleMessage({ type: 'annotator/create', draft: {} }, TRUSTED)).toBe(false);
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(0);
    // window.postMessage from the page is not even listened to.
    window.postMessage(load, '*');
    expect(document.querySelectorAll(WRAPPER_TAG)).toHaveLength(0);
    // A load for another page is ignored.
    expect(a.handleMessage({ ...load, url: 'https://elders.example/' }, TRUSTED)).toBe(true);
    expect(a.anchors().size).toBe(0);
    a.destroy();
  });

  it('turns a selection into a draft with selectors that anchor back to it', () => {
    const a = start();
    a.handleMessage({ type: 'annotator/load', url: URL, annotations: [], partners: [{ id: 'school', name: 'OBS De Regenboog' }] }, TRUSTED);
    const index = buildPageText(document.body, window);
    const quote = 'Ouders zijn de eerste opvoeders';
    const at = index.text.indexOf(quote);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(rangeFromOffsets(index, at, at + quote.length)!);
    document.querySelector('main')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(a.toolbar.isOpen()).toBe(true);
    expect(a.toolbar.root.querySelector('blockquote')!.textContent).toBe(quote);
    (a.toolbar.root.querySelector('textarea') as HTMLTextAreaElement).value = 'Belangrijk voor ons';
    a.toolbar.root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    const created = sent.at(-1)!;
    expect(parseFromPage(created)).toEqual(created);
    expect(created).toMatchObject({
      type: 'annotator/create',
      draft: { url: URL, partnerId: 'school', level: 'organisational', conditionId: 'interests', note: 'Belangrijk voor ons', visibility: 'shared' },
    });
    if (created.type !== 'annotator/create') throw new Error();
    expect(created.draft.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: quote });
    expect(created.draft.selectors[1]).toEqual({ type: 'TextPositionSelector', start: at, end: at + quote.length });
    a.destroy();
  });

  it('scroll-to flashes the highlight', async () => {
    const a = start();
    a.handleMessage({ type: 'annotator/load', url: URL, annotations: [annotationFor('Leesplezier staat voorop', 'a1')], partners: [] }, TRUSTED);
    await a.settled(); // (in slices, with pauses on real timers)
    vi.useFakeTimers();
    const el = document.querySelector(WRAPPER_TAG)!;
    const style = el.getAttribute('style');
    expect(a.handleMessage({ type: 'annotator/scroll-to', id: 'a1' }, TRUSTED)).toBe(true);
    expect(el.getAttribute('style')).not.toBe(style);
    vi.advanceTimersByTime(2_000);
    expect(el.getAttribute('style')).toBe(style);
    a.destroy();
    vi.useRealTimers();
  });
});

describe('re-anchoring when the page changes', () => {
  let sent: FromPageMessage[];
  beforeEach(() => {
    loadPage('schoolplan.html');
    for (const t of document.querySelectorAll('template')) t.remove();
    for (const old of document.querySelectorAll('samenspel-toolbar')) old.remove();
    sent = [];
  });
  const reports = () => sent.filter((m) => m.type === 'annotator/anchored');
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('highlights a passage the page inserts after loading, once, after the changes settle', async () => {
    const late = 'Vanaf volgend schooljaar leest groep 8 wekelijks voor aan de kleuters.';
    const annotation = annotationFor('Lezen is de sleutel tot alle andere vakken', 'a1');
    // The late passage, as it was when it was annotated elsewhere on the same page.
    const p = document.createElement('p');
    p.textContent = late;
    document.querySelector('main')!.append(p);
    const lateAnnotation = annotationFor(late, 'a2');
    p.remove();
    const a = createAnnotator({ doc: document, win, runtimeId: RUNTIME, send: (m) => sent.push(m) });
    a.handleMessage({ type: 'annotator/load', url: URL, annotations: [annotation, lateAnnotation], partners: [] }, TRUSTED);
    await a.settled();
    expect(reports().at(-1)).toMatchObject({ results: [{ status: 'anchored' }, { status: 'orphaned' }] });
    // The page adds it in a few steps (a burst of mutations).
    document.querySelector('main')!.append(p);
    p.append(' ');
    await wait(600);
    await a.settled();
    expect(reports()).toHaveLength(2);
    expect(reports().at(-1)).toMatchObject({ results: [{ status: 'anchored' }, { status: 'anchored' }] });
    expect(a.anchors().get('a2')).not.toBeNull();
    a.destroy();
  });

  it('builds the page text in slices, and a page whose DOM does not change costs nothing more (a selection reuses the text)', async () => {
    const main = document.querySelector('main')!;
    let styleLookups = 0;
    const counting: AnnotatorWindow = { ...win, getComputedStyle: (el: Element) => (styleLookups++, window.getComputedStyle(el)) };
    const slices = { text: 0, anchor: 0, highlight: 0 };
    const a = createAnnotator({ doc: document, win: counting, runtimeId: RUNTIME, send: (m) => sent.push(m), onSlice: (_, work) => slices[work]++ });
    expect(styleLookups).toBe(0); // nothing is built before there is something to do
    a.handleMessage({ type: 'annotator/load', url: URL, annotations: [annotationFor('Leesplezier staat voorop', 'a1')], partners: [] }, TRUSTED);
    await a.settled();
    expect(reports().at(-1)).toMatchObject({ results: [{ status: 'anchored' }] });
    // Both the text and the anchoring ran through the sliced runner (how many slices depends on the machine).
    expect(slices.text).toBeGreaterThanOrEqual(1);
    expect(slices.anchor).toBeGreaterThanOrEqual(1);
    expect(slices.highlight).toBe(1);
    // Wrapping the highlight changed the DOM (not the text): the watcher compares the text
    // once, in slices. Wait until that is over (a loaded machine may take a while).
    let before = -1;
    while (styleLookups !== before) {
      before = styleLookups;
      await wait(CHANGE_DELAY + 300);
    }
    const built = styleLookups;
    expect(built).toBeGreaterThan(0);
    // A selection on the unchanged page: its offsets come from the text already built.
    const index = buildPageText(document.body, window);
    const at = index.text.indexOf('Ouders zijn de eerste opvoeders');
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(rangeFromOffsets(index, at, at + 31)!);
    expect(a.openForSelection()).toBe(true);
    expect(a.toolbar.root.querySelector('blockquote')!.textContent).toBe('Ouders zijn de eerste opvoeders');
    expect(styleLookups).toBe(built);
    expect(reports()).toHaveLength(1);
    // Once the page changes, the selection's text is built again.
    main.append(document.createElement('p'));
    expect(a.openForSelection()).toBe(true);
    expect(styleLookups).toBeGreaterThan(built);
    a.destroy();
    expect(reports()).toHaveLength(1);
  });

  it('does nothing on a page whose text does not change (its own toolbar and highlights do not count)', async () => {
    const a = createAnnotator({ doc: document, win, runtimeId: RUNTIME, send: (m) => sent.push(m), highlight: { mode: 'wrap' } });
    a.handleMessage({ type: 'annotator/load', url: URL, annotations: [annotationFor('Leesplezier staat voorop', 'a1')], partners: [] }, TRUSTED);
    await a.settled();
    expect(document.querySelectorAll(WRAPPER_TAG).length).toBeGreaterThan(0);
    // A change that leaves the text as it was: an attribute on an element.
    document.querySelector('main')!.setAttribute('class', 'breed');
    a.toolbar.open('Leesplezier', 0, 0);
    a.toolbar.close();
    await wait(600);
    expect(reports()).toHaveLength(1);
    a.destroy();
  });
});

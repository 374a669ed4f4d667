// Page text ↔ DOM ranges on the saved pages: what a reader sees is the text, hidden and
// script content is not, and offsets map to ranges and back without drift; the walk in
// steps (time-sliced on a big page) gives the same index and survives the page changing.
import { describe, expect, it } from 'vitest';
import { buildPageText, isCurrent, offsetsFromRange, pageTextSteps, rangeFromOffsets } from '../../../extension/annotator/page-text.js';
import { loadPage, PAGES } from './fixtures.js';

describe('buildPageText', () => {
  it('leaves out script, style, noscript, template, hidden, display:none and form fallback text', () => {
    const doc = loadPage('schoolplan.html');
    const { text } = buildPageText(doc.body, window);
    expect(text).toContain('leertijd buiten schooltijd organiseren');
    for (const hidden of [
      'dataLayer', // script
      'Verdana', // style
      'Zet JavaScript aan', // noscript
      'Sjabloontekst', // template
      'Deze website gebruikt cookies', // hidden attribute
      'Conceptversie', // display:none
      'addEventListener', // script at the end
    ]) {
      expect(text).not.toContain(hidden);
    }
    const gemeente = buildPageText(loadPage('gemeente-bibliotheekbeleid.html').body, window).text;
    expect(gemeente).not.toContain('zoektermen'); // textarea
    expect(gemeente).not.toContain('1.240.000 euro'); // collapsed accordion panel
    expect(gemeente).not.toContain('GovernmentOrganization'); // JSON-LD script
    expect(gemeente).toContain('Taalhuis');
  });

  it('sees visibility:hidden text as hidden, and the same without a window (inline styles only)', () => {
    document.body.innerHTML = '<p>Zichtbaar <span style="visibility: hidden">verborgen</span> <span hidden>weg</span> tekst</p>';
    expect(buildPageText(document.body, window).text).toBe('Zichtbaar   tekst');
    expect(buildPageText(document.body).text).toBe('Zichtbaar   tekst');
  });

  it('indexes text nodes with their offsets', () => {
    document.body.innerHTML = '<h1>Titel</h1><p>Een <b>vet</b> woord<script>x()</script>.</p>';
    const index = buildPageText(document.body, window);
    expect(index.text).toBe('TitelEen vet woord.');
    expect(index.starts).toEqual([0, 5, 9, 12, 18]);
    expect(index.nodes.map((n) => n.data)).toEqual(['Titel', 'Een ', 'vet', ' woord', '.']);
  });
});

describe('text ↔ range round trip', () => {
  it.each(PAGES)('%s: every sampled range maps to its text and back', (name) => {
    const doc = loadPage(name);
    // happy-dom (20.x) mis-orders boundary points across a <template> sibling and collapses
    // such ranges; browsers do not. Template text is never page text (tested above).
    for (const t of doc.querySelectorAll('template')) t.remove();
    const index = buildPageText(doc.body, window);
    const { text } = index;
    let checked = 0;
    for (let start = 0; start < text.length - 1; start += 97) {
      for (const len of [1, 13, 150]) {
        const end = Math.min(text.length, start + len);
        const range = rangeFromOffsets(index, start, end)!;
        expect(range).not.toBeNull();
        // The range's text with skipped content removed is the page text.
        const again = offsetsFromRange(index, range);
        expect(again).toEqual({ start, end });
        expect(buildPageText(range.cloneContents(), null).text).toBe(text.slice(start, end));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('puts a start on a node boundary into the next node and an end into the previous one', () => {
    document.body.innerHTML = '<p>Een <b>vet</b> woord</p>';
    const index = buildPageText(document.body, window);
    const r = rangeFromOffsets(index, 4, 7)!;
    expect(r.startContainer).toBe(index.nodes[1]);
    expect(r.startOffset).toBe(0);
    expect(r.endContainer).toBe(index.nodes[1]);
    expect(r.endOffset).toBe(3);
  });

  it('maps a selection that starts or ends between elements or in hidden text', () => {
    document.body.innerHTML = '<p>Een</p><script>geheim()</script><p>twee <span hidden>niet</span>drie</p>';
    const index = buildPageText(document.body, window);
    expect(index.text).toBe('Eentwee drie');
    const r = document.createRange();
    r.setStart(document.body, 1); // after the first <p>
    r.setEnd(document.querySelector('span')!.firstChild!, 2); // inside hidden text
    expect(offsetsFromRange(index, r)).toEqual({ start: 3, end: 8 });
    r.setStart(document.querySelector('script')!.firstChild!, 1);
    r.setEnd(document.body, 3);
    expect(offsetsFromRange(index, r)).toEqual({ start: 3, end: 12 });
  });

  it('returns null for offsets out of range and for a stale index', () => {
    document.body.innerHTML = '<p>Een tekst</p>';
    const index = buildPageText(document.body, window);
    expect(rangeFromOffsets(index, 0, 99)).toBeNull();
    expect(rangeFromOffsets(index, 3, 3)).toBeNull();
    document.body.innerHTML = '<p>Anders</p>';
    expect(rangeFromOffsets(index, 0, 3)).toBeNull();
  });
});

it('loads fixture pages without running their scripts', () => {
  loadPage('gemeente-bibliotheekbeleid.html');
  expect((window as unknown as { dataLayer?: unknown }).dataLayer).toBeUndefined();
  expect(document.getElementById('cookiebanner')!.hidden).toBe(true);
});

describe('pageTextSteps (the walk in steps)', () => {
  it('builds the same text and index as the walk at once, in many steps on a big page', () => {
    const doc = loadPage('jaarverslag-bibliotheek.html');
    const main = doc.querySelector('main')!;
    main.innerHTML = main.innerHTML.repeat(10);
    const atOnce = buildPageText(doc.body, window);
    const steps = pageTextSteps(doc.body, window, 64);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(r.value).toEqual(atOnce);
    expect(yields).toBeGreaterThan(10);
  });

  it('starts again when the page removes the node the walk paused at, so the text is one consistent state', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Alinea ${i}.</p>`).join('');
    const steps = pageTextSteps(document.body, window, 8);
    steps.next();
    // The walk paused somewhere in the first paragraphs: remove them all, and add one.
    for (let i = 0; i < 20; i++) document.getElementById(`p${i}`)!.remove();
    document.body.insertAdjacentHTML('beforeend', '<p>Nieuw.</p>');
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value.text).toBe(buildPageText(document.body, window).text);
    expect(r.value.text.startsWith('Alinea 20.')).toBe(true);
    expect(isCurrent(r.value)).toBe(true);
    document.body.append(' en meer');
    expect(isCurrent(r.value)).toBe(true);
    r.value.nodes[0]!.data += '!';
    expect(isCurrent(r.value)).toBe(false);
  });
});

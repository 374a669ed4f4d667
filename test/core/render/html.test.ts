// The HTML renderer: document structure a reader and a screen reader rely on, fragments
// for pasting, and that hostile text in any position stays text.
import { describe, expect, it } from 'vitest';
import { renderBlocksHtml, renderHtml, renderSectionHtml } from '../../../core/render/index.js';
import { BUDGET, HEADINGS, HOSTILE, HOSTILE_HREF, RACI, fixtureDocument, hostileDocument } from '../../fixtures/render/agreement.js';
import { parseHtml, unexpectedMarkup } from './dom.js';

const texts = (doc: Document, selector: string): string[] =>
  Array.from(doc.querySelectorAll(selector)).map((el) => el.textContent ?? '');

describe('renderHtml', () => {
  const html = renderHtml(fixtureDocument);
  const doc = parseHtml(html);

  it('is a standalone document with language, charset, title and a print style', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe(HEADINGS.title);
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    expect(parseHtml(renderHtml({ ...fixtureDocument, lang: 'en' })).documentElement.getAttribute('lang')).toBe('en');
  });

  it('writes only the elements it means to', () => {
    expect(unexpectedMarkup(doc)).toEqual([]);
  });

  it('maps the title to h1, sections to h2 and heading blocks below them', () => {
    expect(texts(doc, 'h1')).toEqual([HEADINGS.title]);
    expect(texts(doc, 'h2')).toEqual(HEADINGS.sections);
    expect(texts(doc, 'h3')).toEqual(['Belofte, commitment en doen']);
    expect(texts(doc, 'h4')).toEqual(['Wat wij beloven']);
    expect(texts(doc, 'h5')).toEqual(['Eerste stap']);
    expect(Array.from(doc.querySelectorAll('section')).map((s) => s.getAttribute('data-section'))).toEqual(['ambition', 'roles', 'resources']);
  });

  it('keeps subtitle lines apart', () => {
    expect(doc.querySelector('.subtitle')?.innerHTML).toBe(
      'Bibliotheek Rivierenland, gemeente Dorpstad en OBS De Dorpstraat<br>Versie 3 juni 2025',
    );
  });

  it('renders runs as strong, em and links', () => {
    const p = doc.querySelector('section p');
    expect(p?.querySelector('strong')?.textContent).toBe('ieder kind');
    expect(p?.querySelector('em')?.textContent).toBe('met plezier');
    const a = p?.querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://www.debibliotheekopschool.nl/');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(p?.textContent).toBe('Wij willen dat ieder kind in Dorpstad met plezier leest. Zie de Monitor de Bibliotheek op school.');
  });

  it('renders bulleted and numbered lists', () => {
    expect(texts(doc, 'ul > li')).toEqual([
      'Elke groep bezoekt twee keer per jaar de bibliotheek.',
      'De leesconsulent is wekelijks op school.',
      'Ouders worden betrokken via ouderavonden.',
    ]);
    expect(texts(doc, 'ol > li')).toEqual(['Startgesprek met de directies', 'Nulmeting leesplezier', 'Leesplan vaststellen']);
  });

  it('gives prompt and warning paragraphs a class, and warnings a mark', () => {
    expect(texts(doc, 'p.prompt')).toEqual(['Beschrijf hier hoe jullie de ambitie elk jaar herijken.']);
    expect(texts(doc, 'p.warning')).toEqual(['⚠ Voor “Subsidie aanvragen” is geen partner eindverantwoordelijk (A).']);
  });

  it('renders tables with caption, column headers and the cells in order', () => {
    const [raci, budget] = Array.from(doc.querySelectorAll('table'));
    expect(raci?.querySelector('caption')?.textContent).toBe('Taakverdeling (RACI)');
    const ths = Array.from(raci?.querySelectorAll('thead th') ?? []);
    expect(ths.map((th) => th.textContent)).toEqual(['Activiteit', 'Bibliotheek', 'Gemeente', 'School']);
    expect(ths.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = Array.from(raci?.querySelectorAll('tbody tr') ?? []).map((tr) => texts(tr as unknown as Document, 'td'));
    expect(rows).toEqual(RACI.map((r) => [r.activity, ...r.roles]));
    expect(budget?.querySelector('caption')?.textContent).toBe('Begroting');
    expect(Array.from(budget?.querySelectorAll('tbody tr') ?? []).map((tr) => texts(tr as unknown as Document, 'td'))).toEqual(BUDGET);
  });

  it('pads short rows to the width of the table', () => {
    const frag = parseHtml(renderBlocksHtml([{ type: 'table', header: ['a', 'b', 'c'], rows: [['1']] }]));
    expect(frag.querySelectorAll('tbody td').length).toBe(3);
  });
});

describe('HTML fragments', () => {
  it('renders a section as its title and blocks, with inline styles that survive pasting', () => {
    const section = fixtureDocument.sections[1]!;
    const html = renderSectionHtml(section);
    expect(html.startsWith('<h2>Rollen en verantwoordelijkheden</h2>\n<table style=')).toBe(true);
    const doc = parseHtml(html);
    expect(unexpectedMarkup(doc, ['HTML', 'HEAD', 'BODY'])).toEqual([]);
    expect(doc.querySelector('td')?.getAttribute('style')).toContain('border:1px solid');
    expect(doc.querySelector('p.warning')?.getAttribute('style')).toContain('color:#a4262c');
    expect(html).not.toMatch(/<html|<body|<!doctype/i);
  });

  it('renders blocks without a section title and skips empty blocks', () => {
    const html = renderBlocksHtml([
      { type: 'paragraph', text: '' },
      { type: 'list', items: [] },
      { type: 'table', header: [], rows: [] },
      { type: 'heading', level: 3, text: 'Drie' },
    ]);
    expect(html).toBe('<h3>Drie</h3>');
  });

  it('skips no heading level, whichever levels a section uses', () => {
    const html = renderSectionHtml({
      id: 'roles',
      title: 'Rollen',
      blocks: [
        { type: 'heading', level: 3, text: 'a' },
        { type: 'heading', level: 3, text: 'b' },
      ],
    });
    expect(html).toBe('<h2>Rollen</h2>\n<h3>a</h3>\n<h3>b</h3>');
  });
});

describe('hostile text in HTML', () => {
  const hostile = HOSTILE.join(' ');

  for (const [name, html] of [
    ['document', renderHtml(hostileDocument)],
    ['section fragment', renderSectionHtml(hostileDocument.sections[0]!)],
  ] as const) {
    it(`stays text in every position (${name})`, () => {
      const doc = parseHtml(html);
      expect(unexpectedMarkup(doc, ['HTML', 'HEAD', 'BODY'])).toEqual([]);
      expect(doc.querySelectorAll('script, img, svg, iframe, object').length).toBe(0);
      const positions = ['h2', 'h3', 'h4', 'h5', 'p:not(.subtitle)', 'li', 'th', 'td', 'caption'];
      for (const selector of positions) {
        const found = texts(doc, selector);
        expect(found.length, selector).toBeGreaterThan(0);
        for (const text of found) expect(text, selector).toContain(hostile);
      }
      for (const bad of HOSTILE) expect(doc.body.textContent).toContain(bad);
    });

    it(`links only http(s) URLs (${name})`, () => {
      const doc = parseHtml(html);
      const links = Array.from(doc.querySelectorAll('a'));
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.textContent).toBe('veilig');
        expect(new URL(a.getAttribute('href') ?? '').protocol).toBe('https:');
        expect(a.getAttribute('href')).not.toMatch(/[<>"]/);
      }
      expect(html).not.toContain(`href="${HOSTILE_HREF}`);
      expect(html).not.toContain('href="data:');
    });
  }

  it('puts hostile text into title, subtitle and the section attribute as text', () => {
    const doc = parseHtml(renderHtml(hostileDocument));
    expect(doc.title).toBe(hostile);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.querySelector('.subtitle')?.textContent).toBe(hostile);
    expect(doc.querySelector('section')?.getAttribute('data-section')).toBe(hostile);
  });

  it('escapes all five special characters', () => {
    expect(renderBlocksHtml([{ type: 'heading', level: 1, text: `&<>"'` }])).toBe('<h3>&amp;&lt;&gt;&quot;&#39;</h3>');
  });
});

// The Markdown renderer: the structure a reader sees (checked line by line), and that user
// text can make no heading, list, link, emphasis, HTML or table cell of its own, checked by
// parsing the output with markdown-it (raw HTML and linkify switched on, the riskiest setting).
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type Block, renderBlocksMarkdown, renderMarkdown, renderSectionMarkdown } from '../../../core/render/index.js';
import { HOSTILE, fixtureDocument, hostileDocument } from '../../fixtures/render/agreement.js';
import { parseHtml, unexpectedMarkup } from './dom.js';

const md = new MarkdownIt({ html: true, linkify: true });

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
function allTokens(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);
}
const tokenTypes = (src: string): string[] => allTokens(md.parse(src, {})).map((t) => t.type);

describe('renderMarkdown', () => {
  const out = renderMarkdown(fixtureDocument);
  const lines = out.split('\n');

  it('writes the title, subtitle and headings at their levels', () => {
    expect(lines.slice(0, 4)).toEqual([
      '# Samenwerkingsovereenkomst Leesbevordering Dorpstraat',
      '',
      'Bibliotheek Rivierenland, gemeente Dorpstad en OBS De Dorpstraat\\',
      'Versie 3 juni 2025',
    ]);
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([
      '# Samenwerkingsovereenkomst Leesbevordering Dorpstraat',
      '## Gezamenlijke ambitie',
      '### Belofte, commitment en doen',
      '#### Wat wij beloven',
      '##### Eerste stap',
      '## Rollen en verantwoordelijkheden',
      '## Middelen',
    ]);
  });

  it('writes runs as emphasis and links', () => {
    expect(lines).toContain(
      'Wij willen dat **ieder kind** in Dorpstad *met plezier* leest. Zie [de Monitor de Bibliotheek op school](https://www.debibliotheekopschool.nl/).',
    );
  });

  it('writes lists, prompts and warnings', () => {
    expect(out).toContain(
      '- Elke groep bezoekt twee keer per jaar de bibliotheek.\n- De leesconsulent is **wekelijks** op school.\n- Ouders worden betrokken via ouderavonden.\n',
    );
    expect(out).toContain('1. Startgesprek met de directies\n2. Nulmeting leesplezier\n3. Leesplan vaststellen\n');
    expect(lines).toContain('*Beschrijf hier hoe jullie de ambitie elk jaar herijken.*');
    expect(lines).toContain('**⚠ Voor “Subsidie aanvragen” is geen partner eindverantwoordelijk (A).**');
  });

  it('writes tables as GFM pipe tables with a caption line', () => {
    expect(out).toContain(
      [
        '**Taakverdeling (RACI)**',
        '',
        '| Activiteit | Bibliotheek | Gemeente | School |',
        '| --- | --- | --- | --- |',
        '| Leesplan opstellen | R | A | C |',
      ].join('\n'),
    );
    expect(lines).toContain('| Inzet leesconsulent | Bibliotheek | € 12.500,00 |');
    expect(lines).toContain('| Totaal |  | € 18.450,50 |');
  });

  it('parses back to the intended structure', () => {
    const html = parseHtml(md.render(out));
    expect(unexpectedMarkup(html, ['HTML', 'HEAD', 'BODY'])).toEqual([]);
    expect(html.querySelectorAll('table').length).toBe(2);
    expect(html.querySelectorAll('table')[0]?.querySelectorAll('tbody tr').length).toBe(4);
    expect(html.querySelectorAll('ul > li').length).toBe(3);
    expect(html.querySelectorAll('ol > li').length).toBe(3);
    expect(Array.from(html.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.debibliotheekopschool.nl/',
    ]);
  });

  it('renders a section on its own, ending in a newline', () => {
    const section = renderSectionMarkdown(fixtureDocument.sections[2]!);
    expect(section.startsWith('## Middelen\n\nDe begroting voor het schooljaar 2025–2026:\n\n**Begroting**\n')).toBe(true);
    expect(section.endsWith('| Totaal |  | € 18.450,50 |\n')).toBe(true);
  });

  it('keeps two lists in a row apart', () => {
    const src = renderBlocksMarkdown([
      { type: 'list', items: ['a'] },
      { type: 'list', items: ['b'] },
      { type: 'list', ordered: true, items: ['c'] },
      { type: 'list', ordered: true, items: ['d'] },
    ]);
    expect(src).toBe('- a\n\n* b\n\n1. c\n\n1) d');
    expect(tokenTypes(src).filter((t) => t === 'bullet_list_open' || t === 'ordered_list_open')).toHaveLength(4);
  });

  it('keeps line breaks in paragraphs and list items, and spaces in cells', () => {
    expect(renderBlocksMarkdown([{ type: 'paragraph', text: 'een\ntwee\n' }])).toBe('een\\\ntwee');
    expect(renderBlocksMarkdown([{ type: 'list', ordered: true, items: ['een\n- twee'] }])).toBe('1. een\\\n   \\- twee');
    expect(renderBlocksMarkdown([{ type: 'table', header: ['a\nb'], rows: [['c\nd']] }])).toBe('| a b |\n| --- |\n| c d |');
  });
});

/** Text that means something in Markdown; rendered, it must come back as the same text. */
const TRICKY = [
  '# geen kop',
  'tekst met # erin #',
  '- geen lijst',
  '+ geen lijst',
  '1. geen lijst',
  '2024) geen lijst',
  '> geen citaat',
  '***',
  '---',
  '___',
  '= setext',
  'Kop\n===',
  '[link](https://evil.example)',
  '![beeld](https://evil.example/a.png)',
  '[ref]: https://evil.example',
  '<b>vet</b> <!-- c -->',
  '<https://evil.example>',
  '`code` en ```',
  '*nadruk* _nadruk_ **sterk** ~~doorgehaald~~',
  'a | b || c',
  'a\\|b',
  '&amp; &#60; &copy; AT&T',
  'https://evil.example/pad',
  'zie www.evil.example',
  '//evil.example/pad',
  'mail@evil.example',
  'mail@bibliotheek.nl en www.bibliotheek.nl',
  '    ingesprongen code',
  'eind met backslash\\',
  'regel een\nregel twee',
  '€ 12.500,00 (incl. btw)',
  ...HOSTILE,
];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('user text in Markdown', () => {
  const positions = (text: string): [string, Block[], string][] => [
    ['paragraph', [{ type: 'paragraph', text }], 'p'],
    ['bold run', [{ type: 'paragraph', text: [{ text: 'x ' }, { text, bold: true }, { text: ' y', italic: true }] }], 'p'],
    ['list item', [{ type: 'list', items: [text] }], 'li'],
    ['ordered item', [{ type: 'list', ordered: true, items: [text] }], 'li'],
    ['heading', [{ type: 'heading', level: 2, text }], 'h3'],
    ['table cell', [{ type: 'table', header: [text, 'b'], rows: [[text, 'b']] }], 'th, td'],
    ['link text', [{ type: 'paragraph', text: [{ text, href: 'https://example.org/a' }] }], 'p'],
  ];

  for (const text of TRICKY) {
    it(`stays text: ${JSON.stringify(text)}`, () => {
      for (const [name, blocks, selector] of positions(text)) {
        const src = renderBlocksMarkdown(blocks);
        const types = tokenTypes(src);
        expect(types, `${name}: ${src}`).not.toContain('html_inline');
        expect(types, `${name}: ${src}`).not.toContain('html_block');
        expect(types, `${name}: ${src}`).not.toContain('image');
        expect(types, `${name}: ${src}`).not.toContain('code_inline');
        expect(types, `${name}: ${src}`).not.toContain('code_block');
        expect(types, `${name}: ${src}`).not.toContain('s_open');
        const doc = parseHtml(md.render(src));
        expect(unexpectedMarkup(doc, ['HTML', 'HEAD', 'BODY']), name).toEqual([]);
        const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
        expect(hrefs, `${name}: ${src}`).toEqual(name === 'link text' ? ['https://example.org/a'] : []);
        const els = Array.from(doc.querySelectorAll(selector));
        const expected = name === 'table cell' ? [text, 'b', text, 'b'] : name === 'bold run' ? [`x ${text} y`] : [text];
        expect(els.map((el) => norm(el.textContent ?? '')), `${name}: ${src}`).toEqual(expected.map(norm));
        // Nothing but what the renderer made: no stray lists, headings, quotes or rules.
        const structure = types.filter((t) => t.endsWith('_open') || t === 'hr').filter((t) => !/^(strong|em|link|tr|th|td|thead|tbody)_open$/.test(t));
        const expectedStructure: Record<string, string[]> = {
          paragraph: ['paragraph_open'],
          'bold run': ['paragraph_open'],
          'link text': ['paragraph_open'],
          'list item': ['bullet_list_open', 'list_item_open', 'paragraph_open'],
          'ordered item': ['ordered_list_open', 'list_item_open', 'paragraph_open'],
          heading: ['heading_open'],
          'table cell': ['table_open'],
        };
        expect(structure, `${name}: ${src}`).toEqual(expectedStructure[name]);
      }
    });
  }

  it('keeps hostile documents free of HTML and of links other than the safe one', () => {
    const src = renderMarkdown(hostileDocument);
    const types = tokenTypes(src);
    expect(types).not.toContain('html_inline');
    expect(types).not.toContain('html_block');
    const doc = parseHtml(md.render(src));
    expect(unexpectedMarkup(doc, ['HTML', 'HEAD', 'BODY'])).toEqual([]);
    for (const a of Array.from(doc.querySelectorAll('a'))) expect(a.textContent).toBe('veilig');
    expect(src).not.toContain('javascript:');
    expect(src).not.toMatch(/\]\(data:/);
    for (const bad of HOSTILE) expect(doc.body.textContent).toContain(bad);
    expect(doc.querySelectorAll('table tr').length).toBe(3);
    expect(Array.from(doc.querySelectorAll('table tr')).map((tr) => tr.children.length)).toEqual([2, 2, 2]);
  });

  it('escapes parentheses in link addresses', () => {
    const src = renderBlocksMarkdown([{ type: 'paragraph', text: [{ text: 'wiki', href: 'https://nl.wikipedia.org/wiki/Lezen_(activiteit)' }] }]);
    expect(src).toBe('[wiki](https://nl.wikipedia.org/wiki/Lezen_\\(activiteit\\))');
    expect(parseHtml(md.render(src)).querySelector('a')?.getAttribute('href')).toBe('https://nl.wikipedia.org/wiki/Lezen_(activiteit)');
  });
});

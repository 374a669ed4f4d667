// The plain-text renderer: underlined titles, lists, aligned table columns, and links and
// tones that stay readable without formatting.
import { describe, expect, it } from 'vitest';
import { renderBlocksText, renderSectionText, renderText } from '../../../core/render/index.js';
import { BUDGET, RACI, fixtureDocument, hostileDocument, HOSTILE } from '../../fixtures/render/agreement.js';

describe('renderText', () => {
  const out = renderText(fixtureDocument);
  const lines = out.split('\n');

  it('underlines the title with = and section titles with -', () => {
    expect(lines.slice(0, 4)).toEqual([
      'Samenwerkingsovereenkomst Leesbevordering Dorpstraat',
      '='.repeat('Samenwerkingsovereenkomst Leesbevordering Dorpstraat'.length),
      'Bibliotheek Rivierenland, gemeente Dorpstad en OBS De Dorpstraat',
      'Versie 3 juni 2025',
    ]);
    const i = lines.indexOf('Rollen en verantwoordelijkheden');
    expect(lines[i + 1]).toBe('-'.repeat('Rollen en verantwoordelijkheden'.length));
    expect(lines[i - 1]).toBe('');
  });

  it('separates lower headings by blank lines', () => {
    const i = lines.indexOf('Wat wij beloven');
    expect([lines[i - 1], lines[i + 1]]).toEqual(['', '']);
  });

  it('writes runs as plain text, with the address of a link', () => {
    expect(lines).toContain(
      'Wij willen dat ieder kind in Dorpstad met plezier leest. Zie de Monitor de Bibliotheek op school (https://www.debibliotheekopschool.nl/).',
    );
  });

  it("writes lists with '- ' and numbers", () => {
    expect(out).toContain('- Elke groep bezoekt twee keer per jaar de bibliotheek.\n- De leesconsulent is wekelijks op school.\n');
    expect(out).toContain('1. Startgesprek met de directies\n2. Nulmeting leesplezier\n3. Leesplan vaststellen');
  });

  it('brackets prompts and marks warnings', () => {
    expect(lines).toContain('[Beschrijf hier hoe jullie de ambitie elk jaar herijken.]');
    expect(lines).toContain('⚠ Voor “Subsidie aanvragen” is geen partner eindverantwoordelijk (A).');
  });

  it('aligns table columns under their headers', () => {
    const start = lines.indexOf('Taakverdeling (RACI)');
    const [header, rule, ...rows] = lines.slice(start + 1, start + 3 + RACI.length);
    expect(header).toBe('Activiteit                 Bibliotheek  Gemeente  School');
    expect(rule).toBe('-------------------------  -----------  --------  ------');
    expect(rows[0]).toBe('Leesplan opstellen         R            A         C');
    const columns = (line: string): number[] => [...line.matchAll(/(?:^|\s\s)(\S)/g)].map((m) => (m.index ?? 0) + m[0].length - 1);
    for (const row of rows) expect(columns(row!)).toEqual(columns(header!));
    const budget = lines.slice(lines.indexOf('Begroting') + 3, lines.indexOf('Begroting') + 3 + BUDGET.length);
    expect(budget[0]).toBe('Inzet leesconsulent  Bibliotheek  € 12.500,00');
    expect(budget[3]).toBe('Totaal                            € 18.450,50');
  });

  it('ends with one newline and never leaves two blank lines', () => {
    expect(out.endsWith('€ 18.450,50\n')).toBe(true);
    expect(out).not.toMatch(/\n\n\n/);
  });

  it('renders a section and loose blocks', () => {
    expect(renderSectionText(fixtureDocument.sections[2]!)).toMatch(/^Middelen\n-{8}\n\nDe begroting voor het schooljaar 2025–2026:\n\nBegroting\n/);
    expect(renderBlocksText([{ type: 'list', items: ['een\ntwee'] }])).toBe('- een\n  twee');
    expect(renderBlocksText([{ type: 'table', header: ['a'], rows: [['b\nc']] }])).toBe('a\n---\nb c');
  });

  it('keeps hostile text as it is, and leaves unsafe link addresses out', () => {
    const hostile = renderText(hostileDocument);
    for (const bad of HOSTILE) expect(hostile).toContain(bad);
    expect(hostile).not.toContain('javascript:');
    expect(hostile).not.toContain('(data:');
  });
});

// The SPUK plan's table of the activities applied for: the draft's own activities by name, the
// scheme activity by its short name, location and hours. An older draft that chose the scheme
// activity on the budget only gets a row named by that short name, never the long description
// in the table: that follows as a line (a paragraph) of its own.
import { describe, expect, it } from 'vitest';
import { checkFunding, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { localize, t } from '../../../core/i18n/index.js';
import { SPUK_2023_2024 } from '../../../core/knowledge/funding/index.js';
import { richText, type Block } from '../../../core/render/blocks.js';
import { context } from '../../../core/render/sections/context.js';
import { appliedActivitiesTable } from '../../../core/render/sections/resources.js';
import { buildExample } from '../../fixtures/agreement/example.js';
import { buildSpukExample } from '../../fixtures/agreement/spuk-example.js';
import type * as Y from 'yjs';

const blocksOf = (doc: Y.Doc, lang: 'nl' | 'en' = 'nl') => {
  const agreement = readAgreement(doc).agreement;
  return appliedActivitiesTable(context(agreement, lang), checkFunding(agreement, lang));
};
const table = (blocks: Block[]) => blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
const lines = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
const scheme = (id: string) => SPUK_2023_2024.activities.find((a) => a.id === id)!;

describe('the SPUK table of activities applied for', () => {
  it('names each activity and the scheme activity by its short name, without a line beneath', () => {
    const blocks = blocksOf(buildSpukExample().doc);
    const rows = table(blocks).rows.map((r) => r.map(richText));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Ruimere openingstijden centrum', 'Ruimere openingsuren', 'Vestiging Centrum, Markt 3'],
      ['Vestiging Vrijhoeve', 'Beperkte voorziening wordt vestiging', 'MFA De Vrijhoeve, Schoolstraat 12'],
    ]);
    expect(rows.map((r) => r.slice(3))).toEqual([
      ['28 per week', '40 per week'],
      ['8 per week', '20 per week'],
    ]);
    expect(blocks).toHaveLength(1);
  });

  it('reads well for an older draft with only the plan-level scheme activity', () => {
    const { doc } = buildExample();
    expect(readAgreement(doc).agreement.resources.schemeActivity).toBe('extra-hours');
    const blocks = blocksOf(doc);
    const long = scheme('extra-hours').name.nl;
    const rows = table(blocks).rows.map((r) => r.map(richText));
    const none = t('nl', 'value.none');
    expect(rows).toEqual([['Ruimere openingsuren', 'Ruimere openingsuren', none, none, none]]);
    for (const cell of rows.flat()) expect(cell).not.toContain(long);
    // The long description as its own line, the short name bold.
    expect(lines(blocks).map((b) => b.text)).toEqual([[{ text: 'Ruimere openingsuren: ', bold: true }, { text: long }]]);
    // In English too.
    const en = blocksOf(doc, 'en');
    expect(table(en).rows[0]!.map(richText).slice(0, 2)).toEqual([localize(scheme('extra-hours').short, 'en'), localize(scheme('extra-hours').short, 'en')]);
    expect(lines(en).map((b) => richText(b.text))).toEqual([`${scheme('extra-hours').short.en}: ${scheme('extra-hours').name.en}`]);
  });

  it('gives nothing when no activity is applied for', () => {
    const { doc } = buildExample();
    updateSection(doc, 'resources', { schemeActivity: null });
    expect(blocksOf(doc)).toEqual([]);
  });
});

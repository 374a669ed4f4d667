// The funding check: SPUK 2023–2024 rules (80 % subsidy at most, 20 % co-financing at least,
// a maximum per activity, eligible costs) computed from the budget lines.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, checkFunding, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const check = (doc: Y.Doc) => checkFunding(readAgreement(doc).agreement);

describe('funding check', () => {
  it('accepts exactly 80 % subsidy and 20 % co-financing', () => {
    const result = check(buildExample().doc);
    expect(result).toMatchObject({ total: 100_000_00, subsidy: 80_000_00, coFinancing: 20_000_00, ok: true, findings: [] });
  });

  it('flags a subsidy share above 80 % by a single cent', () => {
    const { doc } = buildExample();
    addItem(doc, 'budgetLines', { description: 'Boeken', category: 'collection', amount: 1, payerId: null });
    expect(check(doc).findings.map((f) => f.code)).toEqual(['subsidy-too-high', 'co-financing-too-low']);
  });

  it('flags the maximum per activity and costs the scheme does not cover', () => {
    const { doc } = buildExample();
    addItem(doc, 'budgetLines', { description: 'Verbouwing', category: 'housing', amount: 200_000_00, payerId: null });
    addItem(doc, 'budgetLines', { description: 'Cofinanciering', category: 'staff', amount: 500_000_00, payerId: buildIdOfFirstPartner(doc) });
    addItem(doc, 'budgetLines', { description: 'Feest', category: 'activities', amount: 10_00, payerId: null });
    const codes = check(doc).findings.map((f) => f.code);
    expect(codes).toEqual(['above-maximum', 'ineligible-category']);
    updateSection(doc, 'resources', { schemeActivity: 'new-branch' });
    expect(check(doc).findings.map((f) => f.code)).toEqual(['ineligible-category']);
  });

  it('asks for the activity and reports nothing without a scheme', () => {
    const { doc } = buildExample();
    updateSection(doc, 'resources', { schemeActivity: null });
    expect(check(doc).findings).toEqual([{ code: 'no-activity' }]);
    updateSection(doc, 'resources', { scheme: null });
    expect(check(doc)).toMatchObject({ findings: [], ok: false, total: 100_000_00 });
  });
});

function buildIdOfFirstPartner(doc: Y.Doc): string {
  return readAgreement(doc).agreement.partners[0]!.id;
}

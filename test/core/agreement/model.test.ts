// The agreement model: round trips through Yjs updates, typed reads and mutations.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  AgreementError,
  addItem,
  readAgreement,
  removeItem,
  removePartner,
  setChecklist,
  setRole,
  setScore,
  updateItem,
  updateSection,
  validateAgreement,
} from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const copy = (doc: Y.Doc) => {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

describe('agreement model', () => {
  it('reads back everything that was written, identically after a round trip through an update', () => {
    const { doc, ids } = buildExample();
    const { agreement, problems } = readAgreement(doc);
    expect(problems).toEqual([]);
    expect(agreement.meta).toMatchObject({ title: 'Leesplan Oosterhout 2027', planKind: 'spuk-plan', lang: 'nl' });
    expect(agreement.partners.map((p) => p.name)).toEqual(['Bibliotheek Oosterhout', 'Gemeente Oosterhout', 'Basisschool De Regenboog']);
    expect(agreement.partners[0]?.scores).toEqual({ B: 5, C: 4, D: 4 });
    expect(agreement.activities[0]?.roles).toEqual({ [ids.library]: 'A', [ids.school]: 'R', [ids.municipality]: 'I' });
    expect(agreement.interests[1]?.source?.url).toBe('https://www.regenboog.example/schoolplan');
    expect(agreement.decisions.rule).toBe('consent');
    expect(agreement.decisions.log).toHaveLength(1);
    expect(agreement.process.milestones.map((m) => m.kind)).toEqual(['start', 'reflection', 'celebration']);
    expect(agreement.checklist['ambition.shared-meaning']).toEqual({ status: 'done', note: 'Besproken op 1 november' });
    expect(agreement.healthChecks[0]?.ratings).toEqual({ ambition: 'green', organisation: 'amber' });
    expect(validateAgreement(agreement)).toEqual([]);
    expect(readAgreement(copy(doc))).toEqual({ agreement, problems: [] });
  });

  it('updates text fields with a minimal edit and scalar fields in place', () => {
    const { doc, ids } = buildExample();
    updateItem(doc, 'partners', ids.school, { name: 'OBS De Regenboog', kind: 'school' });
    updateSection(doc, 'ambition', { statement: 'Elk kind in Oosterhout leest met plezier.' });
    const { agreement } = readAgreement(doc);
    expect(agreement.partners[2]?.name).toBe('OBS De Regenboog');
    expect(agreement.ambition.statement).toBe('Elk kind in Oosterhout leest met plezier.');
  });

  it('rejects input outside the schema with a clear error and writes nothing', () => {
    const { doc, ids } = buildExample();
    const before = Y.encodeStateVector(doc);
    expect(() => setScore(doc, ids.library, 'B', 6)).toThrow(AgreementError);
    expect(() => updateItem(doc, 'partners', ids.library, { kind: 'bank' as never })).toThrow(/kind/);
    expect(() => updateItem(doc, 'partners', 'nope', { name: 'x' })).toThrow(expect.objectContaining({ code: 'unknown-item', params: { list: 'partners', id: 'nope' } }));
    expect(() => setChecklist(doc, 'Bad Id!', { status: 'done' })).toThrow(AgreementError);
    expect(() => setScore(doc, ids.library, 'X' as never, 1)).toThrow(expect.objectContaining({ code: 'invalid-value', params: expect.objectContaining({ field: 'scores' }) }));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('removes a partner with its roles and interests, keeping other data', () => {
    const { doc, ids } = buildExample();
    removePartner(doc, ids.school);
    const { agreement } = readAgreement(doc);
    expect(agreement.partners).toHaveLength(2);
    expect(agreement.activities[0]?.roles[ids.school]).toBeUndefined();
    expect(agreement.interests.every((i) => i.partnerId !== ids.school)).toBe(true);
    // The parent evenings lost their Accountable: validation now says so.
    expect(validateAgreement(agreement).map((f) => f.code)).toEqual(['activity.noAccountable']);
  });

  it('validates exactly one Accountable per activity', () => {
    const { doc, ids } = buildExample();
    setRole(doc, ids.readingClub, ids.school, 'A');
    const extra = addItem(doc, 'activities', { name: 'Zomerlezen' });
    const findings = validateAgreement(readAgreement(doc).agreement);
    expect(findings.map((f) => f.code)).toEqual(['activity.multipleAccountable', 'activity.noAccountable']);
    expect(findings[1]?.message).toContain('Zomerlezen');
    removeItem(doc, 'activities', extra);
    setRole(doc, ids.readingClub, ids.school, null);
    expect(validateAgreement(readAgreement(doc).agreement)).toEqual([]);
  });

  it('flags references to removed partners and a period ending before it starts', () => {
    const { doc } = buildExample();
    addItem(doc, 'budgetLines', { description: 'Weg', amount: 100, payerId: 'gone-partner' });
    updateSection(doc, 'period', { start: '2028-01-01', end: '2027-01-01' });
    const codes = validateAgreement(readAgreement(doc).agreement, 'en').map((f) => f.code);
    expect(codes).toEqual(['budget.unknownPayer', 'period.endBeforeStart']);
  });
});

// Completeness, the ambition score and the health-check summary, as a partnership sees them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, setRating, setScore, updateSection, type AmbitionFactor } from '../../../core/agreement/index.js';
import { ambitionScore, completeness, healthSummary } from '../../../core/health/index.js';
import { formatNumber, t } from '../../../core/i18n/index.js';
import { agreementSection, renderSectionText } from '../../../core/render/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const read = (doc: Y.Doc) => readAgreement(doc).agreement;

describe('completeness', () => {
  it('finds an empty draft missing everything, with a question for each gap', () => {
    const result = completeness(read(new Y.Doc()));
    expect(result.overall.done).toBe(0);
    expect(result.byCondition.ambition.missing.map((m) => m.id)).toContain('ambition.statement');
    for (const item of result.items) expect(t('nl', item.question)).toMatch(/\?/);
  });

  it('names exactly what the example still lacks', () => {
    const result = completeness(read(buildExample().doc));
    expect(result.overall.missing.map((m) => m.id)).toEqual([
      'partners.mandate',
      'interests.perPartner',
      'communication.achtje',
      'resources.scheme',
    ]);
    expect(result.byCondition.relationship.share).toBe(1);
    expect(result.bySection.roles).toMatchObject({ done: 2, total: 2 });
  });
});

describe('ambition score', () => {
  it('multiplies promise, commitment and doing, and calls out a zero factor', () => {
    const { doc, ids } = buildExample();
    let score = ambitionScore(read(doc));
    expect(score.partners.map((p) => p.product)).toEqual([80, 36, 32]);
    expect(score.average).toEqual({ B: 13 / 3, C: 11 / 3, D: 3 });
    expect(formatNumber(score.product!, 'nl')).toBe('47,7');
    expect(score.level).toBe('medium');
    setScore(doc, ids.school, 'C', 0);
    score = ambitionScore(read(doc));
    expect(score.level).toBe('zero');
    expect(score.zeroFactors).toEqual([{ partnerId: ids.school, name: 'Basisschool De Regenboog', factor: 'C' }]);
    expect(score.partners[2]?.product).toBe(0);
  });

  it('multiplies the exact averages and rounds only what it shows', () => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Afronding', lang: 'nl' });
    const scores: Record<AmbitionFactor, number[]> = { B: [4, 4, 5], C: [3, 3, 4], D: [3, 3, 4] };
    const partners = [0, 1, 2].map((i) => addItem(doc, 'partners', { name: `Partner ${i + 1}` }));
    for (const [factor, values] of Object.entries(scores) as [AmbitionFactor, number[]][]) {
      values.forEach((v, i) => setScore(doc, partners[i]!, factor, v));
    }
    const score = ambitionScore(read(doc));
    expect(score.product).toBeCloseTo(1300 / 27, 10); // 4,33… × 3,33… × 3,33… = 48,148…, not 4,3 × 3,3 × 3,3 = 46,8
    expect((['B', 'C', 'D'] as const).map((f) => formatNumber(score.average[f]!, 'nl'))).toEqual(['4,3', '3,3', '3,3']);
    expect(renderSectionText(agreementSection(read(doc), 'ambition'))).toMatch(/Samen: A = 4,3 × 3,3 × 3,3 = 48,1\b/);
  });

  it('is unscored until every factor has a score', () => {
    expect(ambitionScore(read(new Y.Doc()))).toMatchObject({ product: null, level: 'unscored' });
  });
});

describe('health summary', () => {
  it('takes each partner’s latest rating, shows the trend and where attention is needed', () => {
    const { doc, ids } = buildExample();
    const later = addItem(doc, 'healthChecks', { date: '2027-02-01', partnerId: ids.library });
    setRating(doc, later, 'ambition', 'amber');
    setRating(doc, later, 'organisation', 'green');
    const school = addItem(doc, 'healthChecks', { date: '2027-02-02', partnerId: ids.school });
    setRating(doc, school, 'relationship', 'red');
    updateSection(doc, 'process', { cadence: 'quarterly' });
    const summary = healthSummary(read(doc));
    const by = Object.fromEntries(summary.conditions.map((c) => [c.conditionId, c]));
    expect(by.ambition).toMatchObject({ counts: { red: 0, amber: 1, green: 0 }, trend: 'worse', needsAttention: true });
    expect(by.organisation).toMatchObject({ worst: 'green', trend: 'better', needsAttention: false });
    expect(by.relationship).toMatchObject({ worst: 'red', trend: null, needsAttention: true });
    expect(by.process?.latest).toEqual([]);
    expect(summary.needsAttention).toEqual(['ambition', 'relationship']);
    expect(summary.dates).toEqual(['2026-11-20', '2027-02-01', '2027-02-02']);
  });
});

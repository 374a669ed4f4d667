// The funding check, a test per rule of the SPUK 2023–2024 scheme on fixtures: the 80/20 split,
// the maximum per activity, the number of activities by inhabitants (and of new branches),
// the staffed hours (a vestiging is more than 15 a week, at least 10 more), the bookmobile
// only without another facility; what it cannot check it says, and never calls the plan
// compliant then. A plan without a scheme gets no check; costs are examples, not a rule.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  checkFunding,
  fundingFindingText,
  fundingOkText,
  fundingUncheckedText,
  readAgreement,
  updateItem,
  updateSection,
} from '../../../core/agreement/index.js';
import { branchMinHours, FUNDING_SCHEMES, SPUK_2023_2024 } from '../../../core/knowledge/funding/index.js';
import { t } from '../../../core/i18n/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';
import { buildSpukExample } from '../../fixtures/agreement/spuk-example.js';

const check = (doc: Y.Doc) => checkFunding(readAgreement(doc).agreement);
const codes = (doc: Y.Doc) => check(doc).findings.map((f) => f.code);
const unchecked = (doc: Y.Doc) => check(doc).unchecked.map((u) => u.code);

describe('funding schemes as data', () => {
  it('keeps the 2023–2024 SPUK closed, as a specific grant the municipality files, with its rounds and sources', () => {
    expect(FUNDING_SCHEMES).toContain(SPUK_2023_2024);
    expect(SPUK_2023_2024).toMatchObject({ kind: 'specifieke-uitkering', filedBy: 'municipality', status: 'closed', maxShare: 0.8, minCoFinancingShare: 0.2 });
    expect(SPUK_2023_2024.rounds.map((r) => r.closes)).toEqual(['2023-06-15', '2023-12-15']);
    expect(SPUK_2023_2024.sources.map((s) => s.title).join(' ')).toMatch(/Staatscourant 2023, 9297/);
    expect(Object.isFrozen(SPUK_2023_2024.activities[0])).toBe(true);
  });

  it('never calls it a subsidy in Dutch', () => {
    const texts = [
      t('nl', 'funding.subsidyTooHigh', { share: '1', max: '2' }),
      t('nl', 'funding.checkOk', { share: '1', max: '2', coShare: '3', min: '4' }),
      t('nl', 'funding.costExamples', { examples: 'x' }),
      t('nl', 'resources.grantTotal'),
      t('nl', 'value.grant'),
    ];
    for (const text of texts) expect(text).not.toMatch(/subsidie/i);
  });
});

describe('funding check', () => {
  it('passes a realistic application and says it checked only what it could', () => {
    const { doc } = buildSpukExample();
    const result = check(doc);
    expect(result).toMatchObject({ total: 200_000_00, subsidy: 160_000_00, coFinancing: 40_000_00, applies: true, ok: true, findings: [] });
    expect(result.applied.map((a) => a.schemeActivity.id)).toEqual(['extra-hours', 'upgrade-branch']);
    expect(unchecked(doc)).toEqual(['costs']);
    const ok = fundingOkText(result, 'nl')!;
    expect(ok).toMatch(/^Het plan voldoet aan de regels die hier zijn nagegaan/);
    expect(fundingUncheckedText(result.unchecked[0]!, 'nl')).toMatch(/^Niet nagegaan: of de begrote kosten/);
  });

  it('does not pass a reading-promotion plan budgeted as extra opening hours', () => {
    // The example is a reading-club programme that chose "extra-hours" on the budget only.
    const { doc } = buildExample();
    const result = check(doc);
    expect(result.ok).toBe(false);
    expect(fundingOkText(result, 'nl')).toBeNull();
    expect(unchecked(doc)).toEqual(['inhabitants', 'hours', 'costs']);
    // Even with the hours filled in, a reading club does not add staffed opening hours.
    const club = readAgreement(doc).agreement.activities[0]!;
    updateItem(doc, 'activities', club.id, { schemeActivity: 'extra-hours', location: 'Vestiging Noord', currentHours: 30, newHours: 30 });
    updateSection(doc, 'resources', { inhabitants: 56_000 });
    expect(codes(doc)).toEqual(['too-few-extra-hours']);
    expect(fundingFindingText(check(doc).findings[0]!, 'nl')).toBe('“Leesclub groep 5” verruimt de bemande uren met 0 uur per week; de regeling vraagt ten minste 10 uur extra.');
  });

  it('gives a plan without a scheme (own means, a municipal subsidy) no check at all', () => {
    const { doc } = buildSpukExample();
    updateSection(doc, 'resources', { scheme: null });
    const result = check(doc);
    expect(result).toMatchObject({ applies: false, ok: false, findings: [], unchecked: [], applied: [] });
    expect(fundingOkText(result, 'nl')).toBeNull();
  });

  it('flags a share above 80 % by a single cent, and co-financing below 20 %', () => {
    const { doc } = buildSpukExample();
    addItem(doc, 'budgetLines', { description: 'Boeken', category: 'collection', amount: 1, payerId: null });
    expect(codes(doc)).toEqual(['subsidy-too-high', 'co-financing-too-low']);
  });

  it('caps the grant at the sum of the maxima of the activities applied for', () => {
    const { doc, ids } = buildSpukExample();
    addItem(doc, 'budgetLines', { description: 'Verbouwing', category: 'housing', amount: 300_000_00, payerId: null });
    addItem(doc, 'budgetLines', { description: 'Cofinanciering', category: 'housing', amount: 75_000_00, payerId: ids.municipality });
    expect(codes(doc)).toEqual(['above-maximum']);
    expect(fundingFindingText(check(doc).findings[0]!, 'nl')).toContain('€\u00a0440.000,00');
    updateItem(doc, 'activities', ids.upgrade, { schemeActivity: 'new-branch', currentHours: 0 });
    expect(codes(doc)).toEqual([]);
  });

  it('treats collection, housing, staff and ICT as examples: other costs are no finding', () => {
    const { doc, ids } = buildSpukExample();
    addItem(doc, 'budgetLines', { description: 'Opening met de wijk', category: 'activities', amount: 4_000_00, payerId: null });
    addItem(doc, 'budgetLines', { description: 'Cofinanciering opening', category: 'activities', amount: 1_000_00, payerId: ids.library });
    expect(codes(doc)).toEqual([]);
  });

  it('allows at most 2 activities below 200,000 inhabitants', () => {
    const { doc } = buildSpukExample();
    addItem(doc, 'activities', { name: 'Bibliobus De Hoeven', schemeActivity: 'extra-bookmobile-hours', currentHours: 6, newHours: 16 });
    updateSection(doc, 'resources', { otherFacility: false });
    expect(codes(doc)).toEqual(['too-many-activities']);
    expect(fundingFindingText(check(doc).findings[0]!, 'nl')).toBe('Het plan vraagt voor 3 activiteiten aan; een gemeente met 48.000 inwoners mag er ten hoogste 2 in één aanvraag opnemen.');
    updateSection(doc, 'resources', { inhabitants: 200_000 });
    expect(codes(doc)).toEqual([]);
  });

  it('allows at most 4 activities from 200,000 inhabitants, of which at most 2 new branches', () => {
    const { doc, ids } = buildSpukExample();
    updateSection(doc, 'resources', { inhabitants: 230_000 });
    updateItem(doc, 'activities', ids.upgrade, { schemeActivity: 'new-branch', currentHours: 0 });
    addItem(doc, 'activities', { name: 'Vestiging Zuid', schemeActivity: 'new-branch', newHours: 24 });
    addItem(doc, 'activities', { name: 'Vestiging Oost', schemeActivity: 'new-branch', newHours: 24 });
    expect(codes(doc)).toEqual(['too-many-new-branches']);
    addItem(doc, 'activities', { name: 'Vestiging West', schemeActivity: 'new-branch', newHours: 24 });
    expect(codes(doc)).toEqual(['too-many-activities', 'too-many-new-branches']);
  });

  it('says it did not check the number of activities while the inhabitants are unknown', () => {
    const { doc } = buildSpukExample();
    updateSection(doc, 'resources', { inhabitants: null });
    expect(check(doc).ok).toBe(false);
    expect(unchecked(doc)).toEqual(['inhabitants', 'costs']);
  });

  it('asks at least 10 more staffed hours of an existing branch', () => {
    const { doc, ids } = buildSpukExample();
    updateItem(doc, 'activities', ids.hours, { newHours: 37.5 });
    expect(codes(doc)).toEqual(['too-few-extra-hours']);
    updateItem(doc, 'activities', ids.hours, { newHours: 38 });
    expect(codes(doc)).toEqual([]);
  });

  it('counts a location as a branch only above 15 staffed hours a week', () => {
    const { doc, ids } = buildSpukExample();
    // Extra hours are for a branch: a 15-hour location is not one yet.
    updateItem(doc, 'activities', ids.hours, { currentHours: 15, newHours: 25 });
    expect(codes(doc)).toEqual(['not-a-branch']);
    updateItem(doc, 'activities', ids.hours, { currentHours: 16, newHours: 26 });
    // An upgrade must end above 15 hours and start at 15 or below.
    updateItem(doc, 'activities', ids.upgrade, { newHours: 15 });
    expect(codes(doc)).toEqual(['no-branch-after']);
    updateItem(doc, 'activities', ids.upgrade, { currentHours: 16, newHours: 24 });
    expect(codes(doc)).toEqual(['already-branch']);
  });

  it('takes the branch threshold from the regulation’s definitions: more than 15 hours, so exactly 15 is no vestiging and 15.5 or 16 is', () => {
    const l = SPUK_2023_2024.locationKinds;
    expect(branchMinHours(SPUK_2023_2024)).toBe(15);
    expect(l.source).toContain('Staatscourant 2023, 9297');
    expect(l.branchWording).toBe('die meer dan vijftien uur per week bemand geopend is');
    const vestiging = l.kinds.find((k) => k.id === 'vestiging')!;
    expect(vestiging).toMatchObject({ minHours: 15, minExclusive: true, maxHours: null });
    // Servicepunt 5–15, mini-servicepunt 1–4: the kinds meet at the branch threshold without a gap.
    expect(l.kinds.map((k) => [k.id, k.minHours, k.maxHours])).toEqual([['vestiging', 15, null], ['servicepunt', 5, 15], ['mini-servicepunt', 1, 4]]);

    const { doc, ids } = buildSpukExample();
    // Exactly 15 hours now: not a vestiging, so its hours cannot be "extended" as one.
    updateItem(doc, 'activities', ids.hours, { currentHours: 15, newHours: 25 });
    const finding = check(doc).findings.find((f) => f.code === 'not-a-branch')!;
    expect(fundingFindingText(finding, 'nl')).toContain('een vestiging is meer dan 15 uur per week bemand open');
    expect(fundingFindingText(finding, 'en')).toContain('more than 15 hours a week');
    for (const hours of [15.5, 16]) {
      updateItem(doc, 'activities', ids.hours, { currentHours: hours, newHours: hours + 10 });
      expect(codes(doc)).toEqual([]);
    }
    // A limited facility that ends at exactly 15 hours is still no vestiging; at 15.5 it is.
    updateItem(doc, 'activities', ids.upgrade, { currentHours: 8, newHours: 15 });
    const after = check(doc).findings.find((f) => f.code === 'no-branch-after')!;
    expect(fundingFindingText(after, 'nl')).toContain('meer dan 15 uur per week');
    updateItem(doc, 'activities', ids.upgrade, { newHours: 15.5 });
    expect(codes(doc)).toEqual([]);
    // Starting at 15 is still a limited facility; at 15.5 it is a vestiging already.
    updateItem(doc, 'activities', ids.upgrade, { currentHours: 15, newHours: 24 });
    expect(codes(doc)).toEqual([]);
    updateItem(doc, 'activities', ids.upgrade, { currentHours: 15.5, newHours: 24 });
    expect(codes(doc)).toEqual(['already-branch']);
  });

  it('says it did not check the hours while they are missing', () => {
    const { doc, ids } = buildSpukExample();
    updateItem(doc, 'activities', ids.upgrade, { currentHours: null });
    expect(check(doc).ok).toBe(false);
    expect(check(doc).findings).toEqual([]);
    expect(fundingUncheckedText(check(doc).unchecked[0]!, 'nl')).toBe('Niet nagegaan: de bemande uren van “Vestiging Vrijhoeve”, want de uren per week nu en straks ontbreken.');
  });

  it('allows the bookmobile activity only where there is no other library facility', () => {
    const { doc, ids } = buildSpukExample();
    updateItem(doc, 'activities', ids.upgrade, { schemeActivity: 'extra-bookmobile-hours', currentHours: 4, newHours: 14 });
    expect(unchecked(doc)).toEqual(['other-facility', 'costs']);
    updateSection(doc, 'resources', { otherFacility: true });
    expect(codes(doc)).toEqual(['other-facility']);
    updateSection(doc, 'resources', { otherFacility: false });
    expect(codes(doc)).toEqual([]);
    expect(check(doc).ok).toBe(true);
  });

  it('asks for an activity when none is applied for', () => {
    const { doc, ids } = buildSpukExample();
    updateItem(doc, 'activities', ids.hours, { schemeActivity: null });
    updateItem(doc, 'activities', ids.upgrade, { schemeActivity: null });
    expect(codes(doc)).toEqual(['no-activity']);
  });

  it('names an activity id the scheme does not know', () => {
    const { doc, ids } = buildSpukExample();
    updateItem(doc, 'activities', ids.hours, { schemeActivity: 'reading-club' });
    expect(codes(doc)).toEqual(['unknown-activity']);
  });

  it('words every finding and unchecked rule in Dutch and English', () => {
    const { doc, ids } = buildSpukExample();
    updateSection(doc, 'resources', { inhabitants: null });
    updateItem(doc, 'activities', ids.hours, { currentHours: 10, newHours: 12 });
    const result = check(doc);
    for (const lang of ['nl', 'en'] as const) {
      for (const f of result.findings) expect(fundingFindingText(f, lang)).not.toMatch(/\{|\}/);
      for (const u of result.unchecked) expect(fundingUncheckedText(u, lang)).not.toMatch(/\{|\}/);
    }
  });
});

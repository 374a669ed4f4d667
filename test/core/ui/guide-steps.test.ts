// The guided start's steps and the overview per condition: the source's order, what is
// filled and open on a real draft, the part each open point leads to, and a short name in
// both languages for every completeness check.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { completeness } from '../../../core/health/index.js';
import { isMessageKey, t } from '../../../core/i18n/index.js';
import { CONDITION_IDS } from '../../../core/knowledge/index.js';
import { SECTION_IDS } from '../../../core/knowledge/section-ids.js';
import { PARTS } from '../../../core/ui/agreement/AgreementScreen.js';
import { checkKey } from '../../../core/ui/guide/ConditionStatus.js';
import { conditionOverview, firstOpenCondition, GUIDE_STEPS, nextStep, PART_OF_SECTION, PARTS_OF_CONDITION, previousStep } from '../../../core/ui/guide/guide-steps.js';

function draft() {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Lezen in de wijk' });
  return doc;
}

describe('guide steps', () => {
  it('starts with the plan and the partners, then the five conditions in the source order', () => {
    expect(GUIDE_STEPS).toEqual(['start', 'ambition', 'interests', 'relationship', 'organisation', 'process']);
    expect(nextStep('start')).toBe('ambition');
    expect(nextStep('process')).toBeNull();
    expect(previousStep('start')).toBeNull();
    expect(previousStep('ambition')).toBe('start');
  });

  it('maps every section to a part of the agreement screen, and every part to one condition', () => {
    for (const s of SECTION_IDS) expect(PARTS).toContain(PART_OF_SECTION[s]);
    const all = CONDITION_IDS.flatMap((c) => PARTS_OF_CONDITION[c]);
    expect([...all].sort()).toEqual([...PARTS].sort());
  });
});

describe('overview per condition', () => {
  it('lists what is filled and what is open, with the question, on an empty and a filled draft', () => {
    const doc = draft();
    const empty = conditionOverview(readAgreement(doc).agreement);
    expect(empty.map((o) => o.conditionId)).toEqual([...CONDITION_IDS]);
    expect(empty.every((o) => o.filled.length === 0 && o.open.length > 0)).toBe(true);
    expect(firstOpenCondition(readAgreement(doc).agreement)).toBe('ambition');

    updateSection(doc, 'ambition', { statement: 'Elk kind leest.', promise: 'Een pas voor ieder kind.' });
    updateSection(doc, 'relationship', { meetingRhythm: 'Elke maand koffie', conflicts: 'Eerst samen praten' });
    addItem(doc, 'partners', { name: 'Bibliotheek Noorderwijk', kind: 'library' });
    const a = readAgreement(doc).agreement;
    const o = conditionOverview(a);
    const ambition = o.find((x) => x.conditionId === 'ambition')!;
    expect(ambition.filled.map((i) => i.id)).toEqual(['ambition.statement', 'ambition.promise']);
    expect(ambition.open.map((i) => i.id)).toContain('ambition.commitment');
    expect(ambition.open.find((i) => i.id === 'ambition.commitment')!.question).toBe('missing.ambition.commitment');
    const relationship = o.find((x) => x.conditionId === 'relationship')!;
    expect(relationship.open).toEqual([]);
    expect(relationship.share).toBe(1);
    // The overview holds exactly the completeness checks, each once.
    expect(o.flatMap((x) => [...x.filled, ...x.open]).map((i) => i.id).sort()).toEqual(completeness(a).items.map((i) => i.id).sort());
  });

  it('has a short name in both languages for every completeness check', () => {
    const doc = draft();
    updateSection(doc, 'meta', { planKind: 'spuk-plan' });
    for (const item of completeness(readAgreement(doc).agreement).items) {
      expect(isMessageKey(checkKey(item.id)), item.id).toBe(true);
      expect(t('en', checkKey(item.id) as never)).not.toBe(t('nl', checkKey(item.id) as never));
    }
  });
});

// Health over time: each rater's ratings per condition across the dated checks, and the
// next reflection moment from the process calendar or the cadence.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, setRating, updateSection } from '../../../core/agreement/index.js';
import { addMonths, healthTimeline, nextReflection } from '../../../core/health/index.js';

function draft() {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Gezondheid' });
  const lib = addItem(doc, 'partners', { name: 'Bibliotheek' });
  const school = addItem(doc, 'partners', { name: 'School' });
  return { doc, lib, school };
}

function check(doc: Y.Doc, date: string | null, partnerId: string | null, ratings: Record<string, 'red' | 'amber' | 'green'>) {
  const id = addItem(doc, 'healthChecks', { date, partnerId });
  for (const [c, r] of Object.entries(ratings)) setRating(doc, id, c as 'ambition', r);
  return id;
}

describe('health over time', () => {
  it('lays out each rater per condition across the dated checks, oldest first', () => {
    const { doc, lib, school } = draft();
    check(doc, '2027-03-01', school, { ambition: 'amber' });
    check(doc, '2027-01-15', lib, { ambition: 'green', process: 'red' });
    check(doc, '2027-03-01', lib, { ambition: 'green', process: 'amber' });
    check(doc, null, lib, { ambition: 'red' }); // undated: no place in time
    check(doc, '2027-06-01', null, { relationship: 'green' });
    const timeline = healthTimeline(readAgreement(doc).agreement);
    expect(timeline.dates).toEqual(['2027-01-15', '2027-03-01', '2027-06-01']);
    const of = (id: string) => timeline.conditions.find((c) => c.conditionId === id)!.rows;
    expect(of('ambition')).toEqual([
      { partnerId: lib, ratings: ['green', 'green', null] },
      { partnerId: school, ratings: [null, 'amber', null] },
    ]);
    expect(of('process')).toEqual([{ partnerId: lib, ratings: ['red', 'amber', null] }]);
    expect(of('relationship')).toEqual([{ partnerId: null, ratings: [null, null, 'green'] }]);
    expect(of('interests')).toEqual([]);
  });

  it('lets the later of two checks by one rater on one day count', () => {
    const { doc, lib } = draft();
    check(doc, '2027-02-01', lib, { ambition: 'red' });
    check(doc, '2027-02-01', lib, { ambition: 'green' });
    const rows = healthTimeline(readAgreement(doc).agreement).conditions[0]!.rows;
    expect(rows).toEqual([{ partnerId: lib, ratings: ['green'] }]);
  });

  it('adds months the calendar way', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });

  it('finds the next reflection moment: a planned one first, else the cadence after the last check', () => {
    const { doc, lib } = draft();
    const read = () => readAgreement(doc).agreement;
    expect(nextReflection(read(), '2027-04-01')).toBeNull();
    check(doc, '2027-01-15', lib, { ambition: 'green' });
    expect(nextReflection(read(), '2027-04-01')).toBeNull(); // no cadence agreed
    updateSection(doc, 'process', { cadence: 'quarterly' });
    expect(nextReflection(read(), '2027-02-01')).toEqual({ kind: 'cadence', date: '2027-04-15', cadence: 'quarterly', after: '2027-01-15' });
    // Passed unobserved: it moves on by the cadence.
    expect(nextReflection(read(), '2027-05-01')?.date).toBe('2027-07-15');
    addItem(doc, 'milestones', { kind: 'reflection', date: '2027-03-10', title: 'Reflectie voorjaar', done: true });
    addItem(doc, 'milestones', { kind: 'celebration', date: '2027-02-20', title: 'Feest' });
    addItem(doc, 'milestones', { kind: 'reflection', date: '2027-01-05', title: 'Al geweest' });
    const id = addItem(doc, 'milestones', { kind: 'reflection', date: '2027-05-20', title: 'Reflectie mei' });
    expect(nextReflection(read(), '2027-02-01')).toEqual({ kind: 'milestone', date: '2027-05-20', milestoneId: id, title: 'Reflectie mei' });
  });
});

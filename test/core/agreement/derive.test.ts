// The shared derivations: one Accountable per activity, partner and activity labels with
// their fallbacks in Dutch and English.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  accountablesOf,
  activityLabel,
  addItem,
  checkFunding,
  createDraft,
  partnerLabel,
  raciProblem,
  raciProblemText,
  readAgreement,
  setRole,
  updateSection,
} from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

function draftWithPartners() {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Test' });
  const named = addItem(doc, 'partners', { name: '  Bibliotheek Zuid  ' });
  const unnamed = addItem(doc, 'partners', { name: '   ' });
  const other = addItem(doc, 'partners', { name: 'Gemeente' });
  const activity = addItem(doc, 'activities', { name: 'Voorlezen' });
  return { doc, named, unnamed, other, activity, read: () => readAgreement(doc).agreement };
}

describe('exactly one Accountable', () => {
  it('finds none, one or two', () => {
    const { doc, named, unnamed, other, activity, read } = draftWithPartners();
    const current = () => read().activities[0]!;
    setRole(doc, activity, named, 'R');
    expect(accountablesOf(current())).toEqual([]);
    expect(raciProblem(current())).toEqual({ code: 'noAccountable' });

    setRole(doc, activity, unnamed, 'A');
    expect(accountablesOf(current())).toEqual([unnamed]);
    expect(raciProblem(current())).toBeNull();

    setRole(doc, activity, other, 'A');
    expect(accountablesOf(current()).sort()).toEqual([unnamed, other].sort());
    expect(raciProblem(current())).toEqual({ code: 'multipleAccountable', count: 2 });
  });

  it('says so in Dutch and English', () => {
    expect(raciProblemText({ code: 'noAccountable' }, 'Voorlezen', 'nl')).toBe('Let op: “Voorlezen” heeft nog geen eindverantwoordelijke (A).');
    expect(raciProblemText({ code: 'multipleAccountable', count: 2 }, 'Voorlezen', 'en')).toBe(
      'Note: “Voorlezen” has 2 accountable partners; agree on one.',
    );
  });
});

describe('labels', () => {
  it('names a partner by its trimmed name, by position while unnamed, and an unknown id as unknown', () => {
    const { named, unnamed, read } = draftWithPartners();
    const agreement = read();
    expect(partnerLabel(agreement, named, 'nl')).toBe('Bibliotheek Zuid');
    expect(partnerLabel(agreement, unnamed, 'nl')).toBe('Partner 2');
    expect(partnerLabel(agreement, 'gone-partner', 'nl')).toBe('onbekende partner');
    expect(partnerLabel(agreement, 'gone-partner', 'en')).toBe('unknown partner');
  });

  it('names an activity by its name, or by position while unnamed', () => {
    const { doc, read } = draftWithPartners();
    addItem(doc, 'activities', { name: '' });
    const agreement = read();
    expect(activityLabel(agreement, agreement.activities[0]!, 'nl')).toBe('Voorlezen');
    expect(activityLabel(agreement, agreement.activities[1]!, 'nl')).toBe('Activiteit 2');
    expect(activityLabel(agreement, agreement.activities[1]!, 'en')).toBe('Activity 2');
  });
});

// Two partners edit the same draft offline, then sync: the docs converge, nothing is lost
// or duplicated, and concurrent typing in one field merges character by character.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readAgreement, removeItem, setRole, updateItem, updateSection, validateAgreement } from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

function sync(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('concurrent editing', () => {
  it('merges offline edits of two partners without conflicts', () => {
    const { doc: alice, ids } = buildExample();
    const bob = new Y.Doc();
    sync(alice, bob);

    // Both type into the same ambition statement.
    updateSection(alice, 'ambition', { statement: 'Elk kind in Oosterhout-Noord leest met veel plezier en op niveau.' });
    updateSection(bob, 'ambition', { statement: 'Elk kind in Oosterhout-Noord leest met plezier en op niveau, ook thuis.' });
    // Both add a partner; Alice removes an activity Bob is editing.
    addItem(alice, 'partners', { name: 'Kinderopvang Zonnetje', kind: 'childcare' });
    addItem(bob, 'partners', { name: 'Welzijn Oosterhout', kind: 'welfare' });
    removeItem(alice, 'activities', ids.parentEvenings);
    updateItem(bob, 'activities', ids.parentEvenings, { name: 'Ouderavonden' });
    setRole(bob, ids.readingClub, ids.municipality, 'C');

    sync(alice, bob);
    const a = readAgreement(alice);
    const b = readAgreement(bob);
    expect(a).toEqual(b);
    expect(a.problems).toEqual([]);
    expect(a.agreement.ambition.statement).toBe('Elk kind in Oosterhout-Noord leest met veel plezier en op niveau, ook thuis.');
    expect(a.agreement.partners.map((p) => p.name).sort()).toEqual(
      ['Basisschool De Regenboog', 'Bibliotheek Oosterhout', 'Gemeente Oosterhout', 'Kinderopvang Zonnetje', 'Welzijn Oosterhout'],
    );
    expect(a.agreement.activities.map((x) => x.name)).toEqual(['Leesclub groep 5']);
    expect(a.agreement.activities[0]?.roles[ids.municipality]).toBe('C');
    expect(validateAgreement(a.agreement)).toEqual([]);
  });

  it('never duplicates content when a second client joins an existing draft', () => {
    const { doc: alice } = buildExample();
    const bob = new Y.Doc();
    // Bob opens the draft (reads, nothing seeded) before and after syncing twice.
    readAgreement(bob);
    sync(alice, bob);
    sync(alice, bob);
    expect(readAgreement(bob).agreement.partners).toHaveLength(3);
  });
});

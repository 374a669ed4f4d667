// The incremental reader the workspace renders from: after any mix of local and remote edits
// (including items a foreign client wrote wrongly) it reads exactly what readAgreement reads,
// problems included, and keeps the objects of everything that did not change.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  createDraft,
  readAgreement,
  removeItem,
  removePartner,
  setChecklist,
  setRole,
  setScore,
  updateItem,
  updateSection,
} from '../../../core/agreement/index.js';
import { AgreementReader } from '../../../core/agreement/read-incremental.js';
import { largeAgreement } from '../../../bench/large-agreement.js';

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const ids = (doc: Y.Doc, list: 'partners' | 'activities' | 'interests'): string[] => readAgreement(doc).agreement[list].map((x) => x.id);

describe('AgreementReader', () => {
  it('reads what readAgreement reads after every one of 600 random local and remote edits', () => {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    // Remote edits arrive as updates, as from a partner.
    remote.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
    doc.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(remote, u, 'remote'));
    createDraft(doc, { title: 'Leesplan' });
    const reader = new AgreementReader(doc);
    const rand = random(1234);
    const pick = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
    const steps: ((d: Y.Doc) => void)[] = [
      (d) => addItem(d, 'partners', { name: `P${Math.floor(rand() * 100)}` }),
      (d) => addItem(d, 'activities', { name: `A${Math.floor(rand() * 100)}` }),
      (d) => {
        const p = pick(ids(d, 'partners'));
        if (p) addItem(d, 'interests', { text: 'belang', partnerId: p });
      },
      (d) => addItem(d, 'budgetLines', { description: 'post', amount: 100 }),
      (d) => {
        const a = pick(ids(d, 'activities'));
        const p = pick(ids(d, 'partners'));
        if (a && p) setRole(d, a, p, pick(['A', 'R', 'C', 'I', null] as const)!);
      },
      (d) => {
        const p = pick(ids(d, 'partners'));
        if (p) setScore(d, p, 'B', Math.floor(rand() * 6));
      },
      (d) => {
        const p = pick(ids(d, 'partners'));
        if (p) updateItem(d, 'partners', p, { name: `Partner ${Math.floor(rand() * 1000)}` });
      },
      (d) => {
        const p = pick(ids(d, 'partners'));
        if (p && rand() < 0.3) removePartner(d, p);
      },
      (d) => {
        const a = pick(ids(d, 'activities'));
        if (a && rand() < 0.3) removeItem(d, 'activities', a);
      },
      (d) => updateSection(d, 'ambition', { statement: `Samen ${Math.floor(rand() * 1000)}` }),
      (d) => updateSection(d, 'meta', { title: `Titel ${Math.floor(rand() * 10)}` }),
      (d) => updateSection(d, 'decisions', { rule: pick(['consent', 'majority', null] as const)! }),
      (d) => setChecklist(d, pick(['ambition.q1', 'process.q2', 'org.q3'])!, { status: pick(['open', 'done', 'not-applicable'] as const)!, note: rand() < 0.5 ? 'noot' : '' }),
      // A foreign client's mistakes: an item without an id, a wrongly typed field, a duplicate id.
      (d) => d.getArray('partners').push([new Y.Map([['name', 'zonder id']])]),
      (d) => {
        const item = d.getArray<Y.Map<unknown>>('activities').get(0);
        if (item instanceof Y.Map) item.set('name', 42);
      },
      (d) => {
        const first = d.getArray<Y.Map<unknown>>('interests').get(0);
        if (first instanceof Y.Map) d.getArray('interests').push([new Y.Map([['id', first.get('id')], ['text', new Y.Text('dubbel')]])]);
      },
      (d) => d.getMap('checklist').set('ambition.q1', 'maybe'),
    ];
    for (let i = 0; i < 600; i++) {
      const step = pick(steps)!;
      try {
        step(rand() < 0.5 ? doc : remote);
      } catch {
        // A step may be refused (a list at its limit, an item just removed): the reads must still agree.
      }
      if (rand() < 0.7 || i === 599) {
        const got = reader.read();
        const want = readAgreement(doc);
        expect(got.agreement).toEqual(want.agreement);
        expect(got.problems).toEqual(want.problems);
      }
    }
    reader.destroy();
  });

  it('keeps unchanged sections, lists and items identical, and the whole result when nothing changed', () => {
    const doc = largeAgreement({ partners: 20, activities: 40, edits: 200 });
    const reader = new AgreementReader(doc);
    const before = reader.read().agreement;
    expect(reader.read().agreement).toBe(before);

    updateSection(doc, 'ambition', { statement: 'Nieuw' });
    const typed = reader.read().agreement;
    expect(typed).not.toBe(before);
    expect(typed.ambition.statement).toBe('Nieuw');
    for (const key of ['partners', 'activities', 'interests', 'meta', 'decisions', 'process', 'resources', 'checklist'] as const) expect(typed[key]).toBe(before[key]);

    const [p0, p1] = typed.partners;
    updateItem(doc, 'partners', p1!.id, { name: 'Andere naam' });
    const renamed = reader.read().agreement;
    expect(renamed.partners).not.toBe(typed.partners);
    expect(renamed.partners[0]).toBe(p0);
    expect(renamed.partners[1]!.name).toBe('Andere naam');
    // The partners' ids did not change, so neither did any activity.
    expect(renamed.activities).toBe(typed.activities);
    expect(renamed.ambition).toBe(typed.ambition);

    const a3 = renamed.activities[3]!;
    setRole(doc, a3.id, p0!.id, 'C');
    const roled = reader.read().agreement;
    expect(roled.activities[3]).not.toBe(a3);
    expect(roled.activities[3]!.roles[p0!.id]).toBe('C');
    expect(roled.activities[2]).toBe(renamed.activities[2]);
    expect(roled.partners).toBe(renamed.partners);
    reader.destroy();
  });

  it('stops following the doc once destroyed', () => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Een' });
    const reader = new AgreementReader(doc);
    const first = reader.read().agreement;
    reader.destroy();
    updateSection(doc, 'meta', { title: 'Twee' });
    expect(reader.read().agreement).toBe(first);
  });
});

// A large, realistic agreement for benchmarks: 50 partners, 200 activities with RACI roles,
// interests, budget lines and milestones, plus a history of 10,000 edits made through the
// real mutations (typing, scores, roles), so the Y.Doc carries real history.
import * as Y from 'yjs';
import {
  addItem,
  createDraft,
  readAgreement,
  setRole,
  setScore,
  updateItem,
  updateSection,
  type RaciRole,
} from '../core/agreement/index.js';

/** Deterministic pseudo-random numbers, so every run benchmarks the same document. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

export function largeAgreement(opts = { partners: 50, activities: 200, edits: 10_000 }): Y.Doc {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Regionaal leesoffensief', planKind: 'convenant' });
  const kinds = ['library', 'municipality', 'school', 'childcare', 'welfare', 'culture'] as const;
  const partners = Array.from({ length: opts.partners }, (_, i) =>
    addItem(doc, 'partners', {
      name: `Partner ${i + 1}`,
      kind: pick(kinds),
      representative: `Vertegenwoordiger ${i + 1}`,
      brings: 'Kennis, mensen en ruimte',
      gets: 'Meer bereik in de wijk',
      alignment: 'Maandelijks afstemmen tussen directie en werkvloer',
    }),
  );
  const activities = Array.from({ length: opts.activities }, (_, i) => {
    const id = addItem(doc, 'activities', { name: `Activiteit ${i + 1}`, description: 'Wekelijks, na schooltijd' });
    setRole(doc, id, pick(partners), 'A');
    return id;
  });
  for (let i = 0; i < opts.partners * 2; i++) {
    addItem(doc, 'interests', { partnerId: pick(partners), level: rand() < 0.3 ? 'collective' : 'organisational', text: `Belang ${i + 1}` });
    addItem(doc, 'budgetLines', { description: `Post ${i + 1}`, category: 'staff', amount: Math.floor(rand() * 1e7), payerId: rand() < 0.5 ? null : pick(partners) });
  }
  for (let i = 0; i < 20; i++) addItem(doc, 'milestones', { kind: 'reflection', date: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`, title: `Moment ${i + 1}` });
  let statement = 'Samen zorgen we dat iedereen mee kan doen.';
  const roles: (RaciRole | null)[] = ['R', 'C', 'I', null];
  for (let i = 0; i < opts.edits; i++) {
    const r = rand();
    if (r < 0.5) {
      const at = Math.floor(rand() * statement.length);
      statement = statement.slice(0, at) + pick([...'abcdefghij ']) + statement.slice(at);
      updateSection(doc, 'ambition', { statement });
    } else if (r < 0.7) setScore(doc, pick(partners), pick(['B', 'C', 'D'] as const), Math.floor(rand() * 6));
    else if (r < 0.9) setRole(doc, pick(activities), pick(partners), pick(roles));
    else updateItem(doc, 'activities', pick(activities), { name: `Activiteit ${Math.floor(rand() * 1000)}` });
  }
  return doc;
}

export { readAgreement };

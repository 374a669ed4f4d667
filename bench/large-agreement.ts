// Realistic agreements for benchmarks, written through the real mutations. largeAgreement:
// 50 partners, 200 activities with RACI roles, interests, budget lines and milestones, plus
// a history of 10,000 edits (typing, scores, roles), so the Y.Doc carries real history.
// fullAgreement: every list filled to exactly its limit (LIST_LIMITS) — 100 partners, 200
// activities with a role for every partner, 500 interests, 500 decisions, 100 rules, 100
// milestones, 200 budget lines, 500 health checks, 500 actions — with the same kind of history.
import * as Y from 'yjs';
import {
  addItem,
  CONDITION_IDS,
  createDraft,
  LIST_LIMITS,
  readAgreement,
  setRole,
  setScore,
  updateItem,
  updateSection,
  type ListName,
  type RaciRole,
} from '../core/agreement/index.js';

/** Deterministic pseudo-random numbers, so every run benchmarks the same document. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** How many items each list gets, whether every partner has a role in every activity, and how many edits follow. */
export type AgreementShape = Record<ListName, number> & { everyRole: boolean; edits: number };

export const LARGE_SHAPE: AgreementShape = {
  partners: 50,
  activities: 200,
  interests: 100,
  budgetLines: 100,
  milestones: 20,
  decisionLog: 0,
  rules: 0,
  healthChecks: 0,
  actions: 0,
  everyRole: false,
  edits: 10_000,
};
export const FULL_SHAPE: AgreementShape = { ...LIST_LIMITS, everyRole: true, edits: 10_000 };

const date = (i: number) => `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

/** An agreement of `shape` (the large one by default; a caller may override some counts), written into `doc`. */
export function largeAgreement(opts: Partial<AgreementShape> = {}, doc = new Y.Doc()): Y.Doc {
  const shape = { ...LARGE_SHAPE, ...opts };
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  createDraft(doc, { title: 'Regionaal leesoffensief', planKind: 'convenant' });
  const kinds = ['library', 'municipality', 'school', 'childcare', 'welfare', 'culture'] as const;
  const partners = Array.from({ length: shape.partners }, (_, i) =>
    addItem(doc, 'partners', {
      name: `Partner ${i + 1}`,
      kind: pick(kinds),
      representative: `Vertegenwoordiger ${i + 1}`,
      brings: 'Kennis, mensen en ruimte',
      gets: 'Meer bereik in de wijk',
      alignment: 'Maandelijks afstemmen tussen directie en werkvloer',
    }),
  );
  // Every role but the one accountable partner's: mostly informed, some consulted, a few responsible.
  const otherRole = (): RaciRole => (rand() < 0.6 ? 'I' : rand() < 0.75 ? 'C' : 'R');
  const activities = Array.from({ length: shape.activities }, (_, i) => {
    const accountable = pick(partners);
    const roles = shape.everyRole ? Object.fromEntries(partners.map((p) => [p, p === accountable ? 'A' : otherRole()])) : {};
    const id = addItem(doc, 'activities', { name: `Activiteit ${i + 1}`, description: 'Wekelijks, na schooltijd', roles });
    if (!shape.everyRole) setRole(doc, id, accountable, 'A');
    return id;
  });
  for (let i = 0; i < Math.max(shape.interests, shape.budgetLines); i++) {
    if (i < shape.interests) addItem(doc, 'interests', { partnerId: pick(partners), level: rand() < 0.3 ? 'collective' : 'organisational', text: `Belang ${i + 1}` });
    if (i < shape.budgetLines) addItem(doc, 'budgetLines', { description: `Post ${i + 1}`, category: 'staff', amount: Math.floor(rand() * 1e7), payerId: rand() < 0.5 ? null : pick(partners) });
  }
  for (let i = 0; i < shape.milestones; i++) addItem(doc, 'milestones', { kind: 'reflection', date: `2027-${String((i % 12) + 1).padStart(2, '0')}-01`, title: `Moment ${i + 1}` });
  for (let i = 0; i < shape.decisionLog; i++) {
    addItem(doc, 'decisionLog', { date: date(i), decision: `Besluit ${i + 1}: we starten de leesclub in de wijk`, rationale: 'Afgesproken in het partneroverleg' });
  }
  for (let i = 0; i < shape.rules; i++) addItem(doc, 'rules', { text: `Spelregel ${i + 1}: we melden wijzigingen vooraf in het overleg` });
  const rags = ['red', 'amber', 'green'] as const;
  for (let i = 0; i < shape.healthChecks; i++) {
    const ratings = Object.fromEntries(CONDITION_IDS.map((c) => [c, pick(rags)]));
    addItem(doc, 'healthChecks', { date: date(i), partnerId: pick(partners), ratings, note: `Gezondheidscheck ${i + 1}: loopt, aandacht voor de planning` });
  }
  for (let i = 0; i < shape.actions; i++) {
    addItem(doc, 'actions', { text: `Actie ${i + 1}: de planning bespreken in het overleg`, partnerId: pick(partners), person: '', due: date(i), done: rand() < 0.3 });
  }
  let statement = 'Samen zorgen we dat iedereen mee kan doen.';
  // With a role for every partner, edits change roles but never unset them.
  const roles: (RaciRole | null)[] = shape.everyRole ? ['R', 'C', 'I'] : ['R', 'C', 'I', null];
  for (let i = 0; i < shape.edits; i++) {
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

/** Every list at exactly its limit, a role for every partner in every activity, and 10,000 edits. */
export function fullAgreement(opts: Partial<AgreementShape> = {}, doc = new Y.Doc()): Y.Doc {
  return largeAgreement({ ...FULL_SHAPE, ...opts }, doc);
}

export { readAgreement };

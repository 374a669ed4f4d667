// Test support: a draft as a hostile client could write it with raw Yjs calls, every name of
// Object.prototype (and `__proto__`) used as an id or key in every keyed field of the shared
// doc and the private doc, plus a snapshot of Object and Object.prototype to prove that
// reading and rendering such a draft changed neither.
import * as Y from 'yjs';
import { RACI_ROLES } from '../../core/agreement/index.js';

/** Object.prototype's own names, `__proto__` among them, each a valid id. */
export const PROTO_NAMES: readonly string[] = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** The role partner `p` has in activity `a`: exactly one Accountable per activity, the rest R, C, I in turn. */
export const roleOf = (a: number, p: number) => (a === p ? 'A' : (RACI_ROLES.filter((r) => r !== 'A')[(a + p) % 3] as string));

const text = (s: string) => new Y.Text(s);
const map = (entries: Record<string, unknown>) => {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(entries)) m.set(k, v);
  return m;
};
/** A nested Y.Map keyed by every prototype name, plus `extra`. */
const keyed = (value: (name: string, i: number) => unknown, extra: Record<string, unknown> = {}) => {
  const m = map(extra);
  PROTO_NAMES.forEach((name, i) => m.set(name, value(name, i)));
  return m;
};
/** A value that carries an own `__proto__` key, as JSON.parse makes it and the wire keeps it. */
const withProtoKey = (value: Record<string, unknown>) => JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(value).slice(1)}`) as unknown;

function annotation(name: string, i: number): Y.Map<unknown> {
  return map({
    id: name,
    url: `https://school${i}.example/plan`,
    title: `Schoolplan ${name}`,
    selectors: [{ type: 'TextQuoteSelector', exact: `leesplezier ${name}`, prefix: '', suffix: '' }],
    partnerId: name,
    level: 'organisational',
    conditionId: null,
    note: text(`Notitie ${name}`),
    created: '2027-01-01T10:00:00.000Z',
    modified: '2027-01-01T10:00:00.000Z',
  });
}

/** Writes the hostile items into `doc` (the shared doc) in one transaction. */
export function writeHostileShared(doc: Y.Doc): void {
  doc.transact(() => {
    const push = (list: string, item: (name: string, i: number) => Y.Map<unknown>) => doc.getArray(list).push(PROTO_NAMES.map(item));
    push('partners', (name, i) =>
      map({
        id: name,
        name: text(`Partner ${name}`),
        kind: 'school',
        brings: text(`Ruimte van ${name}`),
        directorContact: text(`Directeur ${name}`),
        scores: keyed(() => 1, { B: 3, C: 4, D: 1 + (i % 5) }),
      }),
    );
    push('activities', (name, a) => map({ id: name, name: text(`Activiteit ${name}`), roles: keyed((_, p) => roleOf(a, p)) }));
    push('interests', (name, i) =>
      map({
        id: name,
        partnerId: name,
        level: 'collective',
        text: text(`Belang van ${name}`),
        source: withProtoKey({ annotationId: name, url: `https://school${i}.example/plan`, title: `Bron ${name}`, quote: 'lezen' }),
      }),
    );
    push('decisionLog', (name, d) =>
      map({
        id: name,
        date: '2027-02-01',
        decision: text(`Besluit ${name}`),
        rationale: text(''),
        daci: keyed((_, p) => (p === d ? 'D' : p === (d + 1) % PROTO_NAMES.length ? 'A' : 'I')),
        daciPeople: keyed((partner) => `Persoon ${partner}`),
      }),
    );
    push('rules', (name) => map({ id: name, text: text(`Spelregel ${name}`) }));
    push('milestones', (name) => map({ id: name, kind: 'reflection', date: '2027-03-01', title: text(`Mijlpaal ${name}`), done: false }));
    push('budgetLines', (name, i) => map({ id: name, description: text(`Post ${name}`), category: 'staff', amount: 1000_00 * (i + 1), kind: 'money', payerId: name }));
    push('healthChecks', (name) => map({ id: name, date: '2027-04-01', partnerId: name, ratings: keyed(() => 'red', { ambition: 'green' }), note: text(`Check ${name}`) }));
    push('actions', (name) => map({ id: name, text: text(`Actie ${name}`), partnerId: name, person: text(`Persoon ${name}`), due: '2027-05-01', done: false, checkId: name, conditionId: 'ambition' }));
    push('annotations', annotation);
    for (const name of PROTO_NAMES) {
      doc.getMap('checklist').set(name, 'done');
      doc.getText(`checklist.note.${name}`).insert(0, `Notitie bij ${name}`);
      for (const section of ['meta', 'ambition', 'decisions', 'process', 'resources', 'period']) doc.getMap(section).set(name, 'x');
    }
  });
}

/** Writes the hostile items into a draft's private doc. */
export function writeHostilePrivate(doc: Y.Doc): void {
  doc.transact(() => {
    doc.getArray('personalInterests').push(PROTO_NAMES.map((name) => map({ id: name, partnerId: name, person: text(`Persoon ${name}`), text: text(`Persoonlijk ${name}`) })));
    doc.getArray('privateNotes').push(PROTO_NAMES.map((name) => map({ id: name, sectionId: name, text: text(`Privé ${name}`) })));
    doc.getArray('privateAnnotations').push(PROTO_NAMES.map(annotation));
  });
}

/** Every own property of Object and Object.prototype with its descriptor, to compare before and after. */
export function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Reflect.ownKeys(o)
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        return `${String(k)}:${typeof d.value}:${String(d.value).slice(0, 40)}:${d.get ? 'get' : ''}${d.set ? 'set' : ''}`;
      })
      .sort()
      .join('\n');
  return `${describe(Object)}\n--\n${describe(Object.prototype)}\n--${String(Object.getPrototypeOf(Object.prototype))}`;
}

// Reading a draft again after a change, re-reading only what changed: an AgreementReader
// follows the doc's transactions, marks the sections (and, in lists, the items) they touched,
// and on read() re-reads just those. Everything unchanged keeps its object identity — the same
// section, list and item objects as the read before — so views can skip what did not change
// (`prev.partners === next.partners`). The result always equals readAgreement(doc).
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, type Agreement } from './schema.js';
import { readEntity, type Entity } from './fields.js';
import { tryArray } from './doc-access.js';
import { CHECKLIST_MAP, CHECKLIST_NOTE_PREFIX, ENTITY_SPECS, LISTS, SINGLETON_SPECS, type ListName, type SingletonName } from './entities.js';
import { schemaVersion } from './migrate.js';
import { problem, type ReadProblem } from './problems.js';
import { readChecklist, singleton, withLivePartners, type ReadResult } from './read.js';

/** The parts of an Agreement, in the order readAgreement reports their problems. */
const SECTIONS = [
  'partners',
  'activities',
  'meta',
  'ambition',
  'interests',
  'decisions',
  'rules',
  'communication',
  'process',
  'relationship',
  'resources',
  'period',
  'checklist',
  'healthChecks',
  'actions',
] as const;
type Section = (typeof SECTIONS)[number];

/** Which section each list belongs to (decisions, process and resources carry a list beside their fields). */
const LIST_SECTION: Record<ListName, Section> = {
  partners: 'partners',
  activities: 'activities',
  interests: 'interests',
  decisionLog: 'decisions',
  rules: 'rules',
  milestones: 'process',
  budgetLines: 'resources',
  healthChecks: 'healthChecks',
  actions: 'actions',
};
const LIST_BY_TYPE_NAME = new Map<string, ListName>(Object.entries(LISTS).map(([list, name]) => [name, list as ListName]));

/** The section a top-level type of the doc feeds, or null when no section reads it. */
function sectionOf(name: string): Section | null {
  const list = LIST_BY_TYPE_NAME.get(name);
  if (list) return LIST_SECTION[list];
  if (name === CHECKLIST_MAP || name.startsWith(CHECKLIST_NOTE_PREFIX)) return 'checklist';
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  return Object.hasOwn(SINGLETON_SPECS, head) ? (head as SingletonName) : null;
}

/** The same own keys holding identical values. */
function shallowSame(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(b, k) && ra[k] === rb[k]);
}
const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A list item of any list, as the item cache holds it (each list's cache holds only its own kind). */
type AnyEntity = object;

export class AgreementReader {
  private result: ReadResult | null = null;
  private readonly dirty = new Set<Section>(SECTIONS);
  private readonly problems = new Map<Section, ReadProblem[]>();
  /** Items read without problems, per list, by their Y.Map; dropped when the item changes. */
  private readonly items = new Map<ListName, WeakMap<Y.Map<unknown>, AnyEntity>>();
  /** Activities with the roles of absent partners taken out, for the partner ids they were filtered by. */
  private readonly filtered = new WeakMap<object, { partners: string; out: Agreement['activities'][number] }>();
  private partnersKey = '';
  private readonly names = new Map<Y.AbstractType<any>, string>();

  constructor(readonly doc: Y.Doc) {
    for (const list of Object.keys(LISTS) as ListName[]) this.items.set(list, new WeakMap());
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
  }

  /** The draft as readAgreement reads it, re-reading only the sections changed since the last call. */
  read(): ReadResult {
    if (this.result && this.dirty.size === 0) return this.result;
    const prev = this.result?.agreement;
    const doc = this.doc;
    const next = { ...(prev ?? {}) } as Agreement;
    const take = (section: Section, read: (problems: ReadProblem[]) => unknown) => {
      if (!this.dirty.has(section) && prev) return;
      const problems: ReadProblem[] = [];
      const value = read(problems);
      const before = prev?.[section] as object | undefined;
      (next as unknown as Record<string, unknown>)[section] = before !== undefined && same(before, value as object) ? before : value;
      this.problems.set(section, problems);
    };
    const same = (a: object, b: object) => (Array.isArray(a) && Array.isArray(b) ? sameItems(a, b) : shallowSame(a, b));

    if (!prev || this.dirty.has('meta')) next.schemaVersion = schemaVersion(doc) ?? CURRENT_SCHEMA_VERSION;
    take('partners', (p) => this.list('partners', p, prev?.partners));
    const partnersKey = next.partners.map((x) => x.id).join(' ');
    if (partnersKey !== this.partnersKey) {
      this.partnersKey = partnersKey;
      this.dirty.add('activities');
    }
    take('activities', (p) => {
      const ids = new Set(next.partners.map((x) => x.id));
      return this.list('activities', p, undefined).map((activity) => {
        const known = this.filtered.get(activity);
        if (known?.partners === partnersKey) return known.out;
        const out = withLivePartners(activity, ids);
        this.filtered.set(activity, { partners: partnersKey, out });
        return out;
      });
    });
    take('meta', (p) => singleton(doc, 'meta', p));
    take('ambition', (p) => singleton(doc, 'ambition', p));
    take('interests', (p) => this.list('interests', p, prev?.interests));
    take('decisions', (p) => ({ ...singleton(doc, 'decisions', p), log: this.list('decisionLog', p, prev?.decisions.log) }));
    take('rules', (p) => this.list('rules', p, prev?.rules));
    take('communication', (p) => singleton(doc, 'communication', p));
    take('process', (p) => ({ ...singleton(doc, 'process', p), milestones: this.list('milestones', p, prev?.process.milestones) }));
    take('relationship', (p) => singleton(doc, 'relationship', p));
    take('resources', (p) => ({ ...singleton(doc, 'resources', p), lines: this.list('budgetLines', p, prev?.resources.lines) }));
    take('period', (p) => singleton(doc, 'period', p));
    take('checklist', (p) => this.checklist(p, prev?.checklist));
    take('healthChecks', (p) => this.list('healthChecks', p, prev?.healthChecks));
    take('actions', (p) => this.list('actions', p, prev?.actions));
    this.dirty.clear();

    const agreement = prev && SECTIONS.every((s) => prev[s] === next[s]) && prev.schemaVersion === next.schemaVersion ? prev : next;
    this.result = { agreement, problems: SECTIONS.flatMap((s) => this.problems.get(s) ?? []) };
    return this.result;
  }

  /**
   * A list as readEntities reads it (invalid items and later duplicates skipped), unchanged
   * items from the cache; `prev` itself when it holds the same items.
   */
  private list<L extends ListName>(name: L, problems: ReadProblem[], prev: readonly Entity<(typeof ENTITY_SPECS)[L]>[] | undefined): Entity<(typeof ENTITY_SPECS)[L]>[] {
    type E = Entity<(typeof ENTITY_SPECS)[L]>;
    const array = tryArray(this.doc, LISTS[name], problems);
    const out: E[] = [];
    if (!array) return out;
    const cache = this.items.get(name)!;
    const seen = new Set<string>();
    array.forEach((raw, index) => {
      let item = raw instanceof Y.Map ? (cache.get(raw) as E | undefined) : undefined;
      if (!item) {
        const found: ReadProblem[] = [];
        const read = readEntity(raw, ENTITY_SPECS[name], `${name}[${index}]`, found);
        problems.push(...found);
        if (!read) return;
        item = read as E;
        // Only items read cleanly are kept: a problem names the item's index, which may move.
        if (found.length === 0 && raw instanceof Y.Map) cache.set(raw, item);
      }
      if (seen.has(item.id)) {
        problems.push(problem(`${name}[${index}]`, 'duplicate-id', { id: item.id }));
        return;
      }
      seen.add(item.id);
      out.push(item);
    });
    return prev && sameItems(prev, out) ? (prev as E[]) : out;
  }

  /** The checklist, keeping the previous entry object for every question whose status and note did not change. */
  private checklist(problems: ReadProblem[], prev: Agreement['checklist'] | undefined): Agreement['checklist'] {
    const read = readChecklist(this.doc, problems);
    if (!prev) return read;
    for (const [id, item] of Object.entries(read)) {
      const before = Object.hasOwn(prev, id) ? prev[id] : undefined;
      if (before && before.status === item.status && before.note === item.note) read[id] = before;
    }
    return read;
  }

  private readonly onTransaction = (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) this.touched(type);
  };

  /** Marks what a changed type feeds: its section, and the list item it lies in. */
  private touched(type: Y.AbstractType<any>): void {
    let root = type;
    let child: Y.AbstractType<any> | null = null;
    while (root._item) {
      child = root;
      root = root._item.parent as Y.AbstractType<any>;
    }
    const name = this.nameOf(root);
    const section = name === null ? undefined : sectionOf(name);
    if (section === undefined) {
      // A type we cannot place (not in the doc's share): read everything again.
      for (const s of SECTIONS) this.dirty.add(s);
      for (const list of Object.keys(LISTS) as ListName[]) this.items.set(list, new WeakMap());
      return;
    }
    if (section === null) return;
    this.dirty.add(section);
    const list = name === null ? undefined : LIST_BY_TYPE_NAME.get(name);
    if (list && child instanceof Y.Map) this.items.get(list)!.delete(child);
  }

  /** The top-level name of a root type (the share map is looked through again when a type is new to us). */
  private nameOf(root: Y.AbstractType<any>): string | null {
    let name = this.names.get(root);
    if (name === undefined) {
      this.names.clear();
      for (const [key, type] of this.doc.share) this.names.set(type, key);
      name = this.names.get(root);
    }
    return name ?? null;
  }
}

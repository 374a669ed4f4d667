// Writing a draft: every change goes through these functions, each one Yjs transaction
// tagged with AGREEMENT_ORIGIN (so an UndoManager can track local edits) and validated
// against the entity specs before anything is written.
import * as v from 'valibot';
import type * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  type Activity,
  type Ambition,
  type AmbitionFactor,
  type BudgetLine,
  type CheckStatus,
  type Communication,
  type ConditionId,
  type DecisionLogEntry,
  type Decisions,
  type HealthCheck,
  type Interest,
  type Meta,
  type Milestone,
  type Partner,
  type Period,
  type Process,
  type RaciRole,
  type Rag,
  type Relationship,
  type Resources,
  type RuleOfPlay,
} from './schema.js';
import { AgreementError, createEntity, newId, patchEntity, patchSingleton, type EntitySpec } from './fields.js';
import {
  CHECKLIST_MAP,
  CHECKLIST_NOTE_PREFIX,
  ENTITY_SPECS,
  LISTS,
  SINGLETON_SPECS,
  checkStatusSchema,
  questionIdSchema,
  type ListName,
  type SingletonName,
} from './entities.js';
import { schemaStatus } from './migrate.js';
import { replaceText } from './text-diff.js';

export const AGREEMENT_ORIGIN = 'samenspel:edit';

interface ListTypes {
  partners: Partner;
  interests: Interest;
  activities: Activity;
  decisionLog: DecisionLogEntry;
  rules: RuleOfPlay;
  milestones: Milestone;
  budgetLines: BudgetLine;
  healthChecks: HealthCheck;
}
interface SectionTypes {
  meta: Meta;
  ambition: Ambition;
  decisions: Omit<Decisions, 'log'>;
  communication: Communication;
  process: Omit<Process, 'milestones'>;
  relationship: Relationship;
  resources: Omit<Resources, 'lines'>;
  period: Period;
}
/** What a new list item may be given; nested maps (scores, roles, ratings) may hold nulls for "unset". */
export type ItemInput<L extends ListName> = {
  [K in keyof Omit<ListTypes[L], 'id'>]?: ListTypes[L][K] extends Record<string, infer V>
    ? ListTypes[L][K] extends string[]
      ? ListTypes[L][K]
      : Record<string, V | null>
    : ListTypes[L][K];
};
export type SectionPatch<S extends SingletonName> = Partial<SectionTypes[S]>;

/** Whether this client may write the draft at all (not a newer or unreadable schema). */
export function canWrite(doc: Y.Doc): boolean {
  const status = schemaStatus(doc);
  return status !== 'newer' && status !== 'unreadable';
}

function edit(doc: Y.Doc, change: () => void, origin: unknown = AGREEMENT_ORIGIN): void {
  if (!canWrite(doc)) throw new AgreementError('Dit concept kan met deze versie van Samenspel alleen gelezen worden.');
  doc.transact(change, origin);
}

/**
 * A change made by a text binding (an editor bound to one field's Y.Text), through the same
 * write gate as every other change. The binding's own origin lets its undo manager track
 * exactly its own edits.
 */
export function editText(doc: Y.Doc, origin: object, change: () => void): void {
  edit(doc, change, origin);
}

function findItem(doc: Y.Doc, list: ListName, id: string): { index: number; map: Y.Map<unknown> } {
  const array = doc.getArray<Y.Map<unknown>>(LISTS[list]);
  let index = 0;
  for (const item of array) {
    if (item && typeof item.get === 'function' && item.get('id') === id) return { index, map: item };
    index++;
  }
  throw new AgreementError(`Geen ${list}-item met id ${id}`);
}

/** Start a new draft: stamp the schema version and the meta data. Call once, by the creator only. */
export function createDraft(doc: Y.Doc, input: Partial<Omit<Meta, 'created'>> & { created?: string }): void {
  edit(doc, () => {
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION);
    patchSingleton((k) => doc.getText(k), doc.getMap('meta'), SINGLETON_SPECS.meta, 'meta', {
      created: new Date().toISOString(),
      ...input,
    });
  });
}

/** Change fields of a fixed section (meta, ambition, decisions, …). Text fields merge per character. */
export function updateSection<S extends SingletonName>(doc: Y.Doc, section: S, patch: SectionPatch<S>): void {
  edit(doc, () =>
    patchSingleton((k) => doc.getText(k), doc.getMap(section), SINGLETON_SPECS[section] as EntitySpec, section, patch),
  );
}

export function addItem<L extends ListName>(doc: Y.Doc, list: L, input: ItemInput<L>): string {
  const id = newId();
  const map = createEntity(ENTITY_SPECS[list] as EntitySpec, id, input as Record<string, unknown>);
  edit(doc, () => doc.getArray(LISTS[list]).push([map]));
  return id;
}

export function updateItem<L extends ListName>(doc: Y.Doc, list: L, id: string, patch: ItemInput<L>): void {
  edit(doc, () => patchEntity(findItem(doc, list, id).map, ENTITY_SPECS[list] as EntitySpec, patch as Record<string, unknown>));
}

export function removeItem(doc: Y.Doc, list: ListName, id: string): void {
  edit(doc, () => doc.getArray(LISTS[list]).delete(findItem(doc, list, id).index, 1));
}

/** Remove a partner together with its roles and its interests; budget lines and health checks stay (flagged). */
export function removePartner(doc: Y.Doc, partnerId: string): void {
  edit(doc, () => {
    removeItem(doc, 'partners', partnerId);
    for (const activity of doc.getArray<Y.Map<unknown>>(LISTS.activities)) {
      const roles = activity?.get?.('roles');
      if (roles && typeof (roles as Y.Map<unknown>).delete === 'function') (roles as Y.Map<unknown>).delete(partnerId);
    }
    const interests = doc.getArray<Y.Map<unknown>>(LISTS.interests);
    for (let i = interests.length - 1; i >= 0; i--) {
      if (interests.get(i)?.get?.('partnerId') === partnerId) interests.delete(i, 1);
    }
  });
}

export function setScore(doc: Y.Doc, partnerId: string, factor: AmbitionFactor, score: number | null): void {
  updateItem(doc, 'partners', partnerId, { scores: { [factor]: score } });
}

export function setRole(doc: Y.Doc, activityId: string, partnerId: string, role: RaciRole | null): void {
  updateItem(doc, 'activities', activityId, { roles: { [partnerId]: role } });
}

export function setRating(doc: Y.Doc, checkId: string, condition: ConditionId, rating: Rag | null): void {
  updateItem(doc, 'healthChecks', checkId, { ratings: { [condition]: rating } });
}

/** Set a checklist question's status and/or note. */
export function setChecklist(doc: Y.Doc, questionId: string, change: { status?: CheckStatus; note?: string }): void {
  if (!v.safeParse(questionIdSchema, questionId).success) throw new AgreementError(`Ongeldige vraag-id '${questionId}'`);
  if (change.status !== undefined && !v.safeParse(checkStatusSchema, change.status).success) {
    throw new AgreementError(`Ongeldige status '${String(change.status)}'`);
  }
  edit(doc, () => {
    if (change.status !== undefined) doc.getMap(CHECKLIST_MAP).set(questionId, change.status);
    if (change.note !== undefined) replaceText(doc.getText(CHECKLIST_NOTE_PREFIX + questionId), change.note);
  });
}

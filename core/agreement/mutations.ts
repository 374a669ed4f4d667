// Writing a draft: every change to its docs passes the one write gate `edit` (which refuses a
// draft this client may not write), as one Yjs transaction tagged with AGREEMENT_ORIGIN (so
// an UndoManager can track local edits), validated against the entity specs first.
import * as v from 'valibot';
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  type AmbitionFactor,
  type CheckStatus,
  type ConditionId,
  type Meta,
  type RaciRole,
  type Rag,
} from './schema.js';
import { AgreementError, createEntity, patchEntity, patchSingleton, type EntityInput, type Fields } from './fields.js';
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
import { newId } from '../base/ids.js';
import { LIST_LIMITS } from './limits.js';
import { writeRefusal } from './migrate.js';
import { replaceText } from './text-diff.js';
import { todayIso } from '../base/today.js';

export const AGREEMENT_ORIGIN = 'samenspel:edit';

/** What a new list item may be given; nested maps (scores, roles, ratings) may hold nulls for "unset". */
export type ItemInput<L extends ListName> = EntityInput<(typeof ENTITY_SPECS)[L]>;
export type SectionPatch<S extends SingletonName> = Partial<Fields<(typeof SINGLETON_SPECS)[S]>>;

/** Whether this client may write the draft at all (not a newer or unreadable schema). */
export function canWrite(doc: Y.Doc): boolean {
  return writeRefusal(doc) === null;
}

/** Throws the AgreementError ('newer-schema' or 'unreadable-schema') when this client may not write `doc`. */
export function assertWritable(doc: Y.Doc): void {
  const refusal = writeRefusal(doc);
  if (refusal) throw refusal;
}

/**
 * The one write gate: every change to a draft's docs (the shared doc and the private doc)
 * passes here. It refuses a doc this client may not write, then runs `change` as one
 * transaction with `origin`.
 */
export function edit(doc: Y.Doc, change: () => void, origin: unknown = AGREEMENT_ORIGIN): void {
  assertWritable(doc);
  doc.transact((tr) => {
    change();
    stampUpdated(doc, tr);
  }, origin);
}

/**
 * Keeps `meta.updated` (the day of the last change, printed as "bijgewerkt op") in the same
 * transaction as the change; written only when the day differs, so once a day per client.
 * Docs that are no draft (the private doc has no schema version) are left alone, and so is a change that sets
 * it itself.
 */
function stampUpdated(doc: Y.Doc, tr: Y.Transaction): void {
  const meta = doc.share.has('meta') ? doc.getMap('meta') : null;
  if (!meta?.has('schemaVersion')) return;
  for (const [type, keys] of tr.changed) if ((type as unknown) === meta && keys.has('updated')) return; // set by the change itself (an import, a restore)
  const today = todayIso();
  if (meta.get('updated') !== today) meta.set('updated', today);
}

/**
 * A change made by a text binding (an editor bound to one field's Y.Text), through the same
 * write gate as every other change. The binding's own origin lets its undo manager track
 * exactly its own edits.
 */
export function editText(doc: Y.Doc, origin: object, change: () => void): void {
  edit(doc, change, origin);
}

/** The item with `id` in a top-level array of maps (the shared doc's lists, the private doc's). */
export function findItem(doc: Y.Doc, arrayName: string, id: string): { index: number; map: Y.Map<unknown> } {
  let index = 0;
  for (const item of doc.getArray<unknown>(arrayName)) {
    if (item instanceof Y.Map && item.get('id') === id) return { index, map: item };
    index++;
  }
  throw new AgreementError('unknown-item', { list: arrayName, id });
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
    patchSingleton((k) => doc.getText(k), doc.getMap(section), SINGLETON_SPECS[section], section, patch),
  );
}

/** Add an item to a list; refused ('list-full') when the list holds LIST_LIMITS[list] items already. */
export function addItem<L extends ListName>(doc: Y.Doc, list: L, input: ItemInput<L>): string {
  const id = newId();
  const map = createEntity(ENTITY_SPECS[list], id, input);
  edit(doc, () => {
    const array = doc.getArray(LISTS[list]);
    if (array.length >= LIST_LIMITS[list]) throw new AgreementError('list-full', { list, max: LIST_LIMITS[list] });
    array.push([map]);
  });
  return id;
}

export function updateItem<L extends ListName>(doc: Y.Doc, list: L, id: string, patch: ItemInput<L>): void {
  edit(doc, () => patchEntity(findItem(doc, LISTS[list], id).map, ENTITY_SPECS[list], patch));
}

export function removeItem(doc: Y.Doc, list: ListName, id: string): void {
  edit(doc, () => doc.getArray(LISTS[list]).delete(findItem(doc, LISTS[list], id).index, 1));
}

/** Remove a partner together with its roles (RACI and DACI, with the person named for it) and its interests; budget lines, health checks and actions stay (flagged). */
export function removePartner(doc: Y.Doc, partnerId: string): void {
  edit(doc, () => {
    removeItem(doc, 'partners', partnerId);
    for (const activity of doc.getArray<Y.Map<unknown>>(LISTS.activities)) {
      const roles = activity?.get?.('roles');
      if (roles && typeof (roles as Y.Map<unknown>).delete === 'function') (roles as Y.Map<unknown>).delete(partnerId);
    }
    for (const decision of doc.getArray<Y.Map<unknown>>(LISTS.decisionLog)) {
      for (const key of ['daci', 'daciPeople']) {
        const nested = decision?.get?.(key);
        if (nested && typeof (nested as Y.Map<unknown>).delete === 'function') (nested as Y.Map<unknown>).delete(partnerId);
      }
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
  if (!v.is(questionIdSchema, questionId)) throw new AgreementError('invalid-value', { field: CHECKLIST_MAP, reason: 'not a question id' });
  if (change.status !== undefined && !v.is(checkStatusSchema, change.status)) {
    throw new AgreementError('invalid-value', { field: `${CHECKLIST_MAP}.${questionId}`, reason: 'not a checklist status' });
  }
  edit(doc, () => {
    if (change.status !== undefined) doc.getMap(CHECKLIST_MAP).set(questionId, change.status);
    if (change.note !== undefined) replaceText(doc.getText(CHECKLIST_NOTE_PREFIX + questionId), change.note);
  });
}

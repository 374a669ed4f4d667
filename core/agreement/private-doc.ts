// The private doc of a draft: personal interests and private notes. It lives only in the
// local store of the person who wrote it and is never handed to a sync provider.
import type * as Y from 'yjs';
import type { Problem } from './schema.js';
import { AGREEMENT_ORIGIN } from './mutations.js';
import { AgreementError, createEntity, newId, patchEntity, readEntities, text, value, type EntitySpec } from './fields.js';
import { tryArray } from './doc-access.js';
import * as v from 'valibot';

export const PRIVATE_LISTS = { personalInterests: 'personalInterests', notes: 'privateNotes' } as const;
type PrivateList = keyof typeof PRIVATE_LISTS;

const idRef = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

const PRIVATE_SPECS: Record<PrivateList, EntitySpec> = {
  personalInterests: { partnerId: value(idRef, ''), person: text(), text: text() },
  notes: { sectionId: value(v.pipe(v.string(), v.maxLength(64)), ''), text: text() },
};

export interface PersonalInterest {
  id: string;
  partnerId: string;
  /** Whose personal interest, e.g. "de schooldirecteur". */
  person: string;
  text: string;
}
export interface PrivateNote {
  id: string;
  sectionId: string;
  text: string;
}
export interface PrivateContent {
  personalInterests: PersonalInterest[];
  notes: PrivateNote[];
}
type Inputs = { personalInterests: Partial<Omit<PersonalInterest, 'id'>>; notes: Partial<Omit<PrivateNote, 'id'>> };

/** Name under which a draft's private doc is stored locally (never a sync document name). */
export const privateDocName = (draftId: string) => `samenspel-private:${draftId}`;

export function readPrivate(doc: Y.Doc): { content: PrivateContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (list: PrivateList) => readEntities(tryArray(doc, PRIVATE_LISTS[list], problems), PRIVATE_SPECS[list], list, problems);
  return {
    content: {
      personalInterests: read('personalInterests') as unknown as PersonalInterest[],
      notes: read('notes') as unknown as PrivateNote[],
    },
    problems,
  };
}

export function addPrivate<L extends PrivateList>(doc: Y.Doc, list: L, input: Inputs[L]): string {
  const id = newId();
  const map = createEntity(PRIVATE_SPECS[list], id, input as Record<string, unknown>);
  doc.transact(() => doc.getArray(PRIVATE_LISTS[list]).push([map]), AGREEMENT_ORIGIN);
  return id;
}

function indexOf(doc: Y.Doc, list: PrivateList, id: string): number {
  const index = doc.getArray<Y.Map<unknown>>(PRIVATE_LISTS[list]).toArray().findIndex((m) => m?.get?.('id') === id);
  if (index < 0) throw new AgreementError(`Geen privé-item met id ${id}`);
  return index;
}

export function updatePrivate<L extends PrivateList>(doc: Y.Doc, list: L, id: string, patch: Inputs[L]): void {
  doc.transact(() => {
    const map = doc.getArray<Y.Map<unknown>>(PRIVATE_LISTS[list]).get(indexOf(doc, list, id));
    patchEntity(map, PRIVATE_SPECS[list], patch as Record<string, unknown>);
  }, AGREEMENT_ORIGIN);
}

export function removePrivate(doc: Y.Doc, list: PrivateList, id: string): void {
  doc.transact(() => doc.getArray(PRIVATE_LISTS[list]).delete(indexOf(doc, list, id), 1), AGREEMENT_ORIGIN);
}

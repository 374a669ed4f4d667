// The private doc of a draft: personal interests and private notes. It lives only in the
// local store of the person who wrote it and is never handed to a sync provider. Its writes
// pass the same write gate as the shared doc's (mutations.ts `edit`). A personal interest
// stays private unless the person consciously shares it: sharePersonalInterest copies it to
// the shared interests (the front asks for confirmation first); nothing else ever does.
import * as v from 'valibot';
import type * as Y from 'yjs';
import { AgreementError, createEntity, patchEntity, readEntities, text, value, type Entity, type EntityInput, type EntitySpec } from './fields.js';
import { tryArray } from './doc-access.js';
import { idSchema, newId } from '../base/ids.js';
import { addItem, assertWritable, edit, findItem } from './mutations.js';
import type { ReadProblem } from './problems.js';

export const PRIVATE_LISTS = { personalInterests: 'personalInterests', notes: 'privateNotes' } as const;
type PrivateList = keyof typeof PRIVATE_LISTS;

const PRIVATE_SPECS = {
  personalInterests: {
    partnerId: value(idSchema, ''),
    /** Whose personal interest, e.g. "de schooldirecteur". */
    person: text(),
    text: text(),
    /** The shared interest it was consciously copied to, or null while it is only here. */
    sharedAs: value(v.nullable(idSchema), null),
  },
  notes: { sectionId: value(v.pipe(v.string(), v.maxLength(64)), ''), text: text() },
} as const satisfies Record<PrivateList, EntitySpec>;
type Specs = typeof PRIVATE_SPECS;

export type PersonalInterest = Entity<Specs['personalInterests']>;
export type PrivateNote = Entity<Specs['notes']>;
export interface PrivateContent {
  personalInterests: PersonalInterest[];
  notes: PrivateNote[];
}

/** Name under which a draft's private doc is stored locally (never a sync document name). */
export const privateDocName = (draftId: string) => `samenspel-private:${draftId}`;

export function readPrivate(doc: Y.Doc): { content: PrivateContent; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const read = <L extends PrivateList>(list: L) => readEntities(tryArray(doc, PRIVATE_LISTS[list], problems), PRIVATE_SPECS[list], list, problems);
  return { content: { personalInterests: read('personalInterests'), notes: read('notes') }, problems };
}

export function addPrivate<L extends PrivateList>(doc: Y.Doc, list: L, input: EntityInput<Specs[L]>): string {
  const id = newId();
  const map = createEntity(PRIVATE_SPECS[list], id, input);
  edit(doc, () => doc.getArray(PRIVATE_LISTS[list]).push([map]));
  return id;
}

export function updatePrivate<L extends PrivateList>(doc: Y.Doc, list: L, id: string, patch: EntityInput<Specs[L]>): void {
  edit(doc, () => patchEntity(findItem(doc, PRIVATE_LISTS[list], id).map, PRIVATE_SPECS[list], patch));
}

export function removePrivate(doc: Y.Doc, list: PrivateList, id: string): void {
  edit(doc, () => doc.getArray(PRIVATE_LISTS[list]).delete(findItem(doc, PRIVATE_LISTS[list], id).index, 1));
}

/**
 * Share a personal interest on purpose: copy its text to the partner's shared interests
 * (organisational level, with `note` as its note, e.g. whose interest it is) and remember the
 * copy here. Call it only after the person confirmed; both docs are checked before either is
 * written. Returns the new shared interest's id; sharing the same one twice is refused.
 */
export function sharePersonalInterest(docs: { doc: Y.Doc; privateDoc: Y.Doc }, id: string, note = ''): string {
  const { content } = readPrivate(docs.privateDoc);
  const personal = content.personalInterests.find((x) => x.id === id);
  if (!personal) throw new AgreementError('unknown-item', { list: PRIVATE_LISTS.personalInterests, id });
  if (personal.sharedAs) throw new AgreementError('invalid-value', { field: 'sharedAs', reason: 'already shared' });
  if (!personal.text.trim()) throw new AgreementError('invalid-value', { field: 'text', reason: 'empty' });
  assertWritable(docs.doc);
  assertWritable(docs.privateDoc);
  const sharedId = addItem(docs.doc, 'interests', { partnerId: personal.partnerId, level: 'organisational', text: personal.text.trim(), note });
  updatePrivate(docs.privateDoc, 'personalInterests', id, { sharedAs: sharedId });
  return sharedId;
}

// Where each free-text field of a draft lives, so a front can bind an editor straight to its
// Y.Text (typing then merges per character, embeds and formatting counted as Yjs counts
// them), plus the stable key of a field that presence uses to say who is where.
import * as Y from 'yjs';
import { CHECKLIST_NOTE_PREFIX, LISTS, SINGLETON_SPECS, type ListName, type SingletonName } from './entities.js';
import { PRIVATE_LISTS } from './private-doc.js';

/**
 * Most characters one field may hold. At most 4 bytes each in UTF-8, a whole field still fits
 * in one message under the server's default limit (1 MiB), so no paste the field accepts can
 * be refused on the wire.
 */
export const MAX_FIELD_CHARS = 100_000;

export type TextRef =
  | { section: SingletonName; field: string }
  | { list: ListName; id: string; field: string }
  | { privateList: keyof typeof PRIVATE_LISTS; id: string; field: string }
  | { checklistNote: string };

/** The stable key of a field, the same on every device: `ambition.statement`, `partners/<id>/name`. */
export function textKey(ref: TextRef): string {
  if ('section' in ref) return `${ref.section}.${ref.field}`;
  if ('list' in ref) return `${ref.list}/${ref.id}/${ref.field}`;
  if ('privateList' in ref) return `private:${ref.privateList}/${ref.id}/${ref.field}`;
  return `${CHECKLIST_NOTE_PREFIX}${ref.checklistNote}`;
}

function itemMap(doc: Y.Doc, arrayName: string, id: string): Y.Map<unknown> | null {
  let array: Y.Array<unknown>;
  try {
    array = doc.getArray<unknown>(arrayName);
  } catch {
    return null;
  }
  for (const item of array) {
    if (item instanceof Y.Map && item.get('id') === id) return item;
  }
  return null;
}

/**
 * The Y.Text behind a field, or null when the field does not exist (an unknown item, a
 * top-level name of another type). A list item whose text was never created gets one here,
 * in `create` (a write, so only for a client that may write).
 */
export function findText(doc: Y.Doc, ref: TextRef, create?: (change: () => void) => void): Y.Text | null {
  if ('section' in ref || 'checklistNote' in ref) {
    if ('section' in ref && !Object.hasOwn(SINGLETON_SPECS[ref.section], ref.field)) return null;
    try {
      return doc.getText(textKey(ref));
    } catch {
      return null;
    }
  }
  const map = itemMap(doc, 'list' in ref ? LISTS[ref.list] : PRIVATE_LISTS[ref.privateList], ref.id);
  if (!map) return null;
  const current = map.get(ref.field);
  if (current instanceof Y.Text) return current;
  if (current !== undefined || !create) return null;
  const made = new Y.Text();
  create(() => map.set(ref.field, made));
  return made;
}

/** A Y.Text's content as a plain string in which every embed counts as one character (U+FFFC), as in Yjs' own indexes. */
export function textWithEmbeds(ytext: Y.Text): string {
  let out = '';
  for (const op of ytext.toDelta() as { insert: unknown }[]) out += typeof op.insert === 'string' ? op.insert : '\uFFFC';
  return out;
}

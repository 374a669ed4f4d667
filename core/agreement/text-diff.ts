// Turn "set this field to a new string" into the smallest Y.Text edit (common prefix and
// suffix kept, via lib0's simpleDiffString, which never splits a surrogate pair), so two
// partners typing in one field at once merge character by character.
import { simpleDiffString } from 'lib0/diff';
import type * as Y from 'yjs';

/** Make `ytext` read `next` with a minimal delete + insert. */
export function replaceText(ytext: Y.Text, next: string): void {
  const current = ytext.toString();
  if (current === next) return;
  const { index, remove, insert } = simpleDiffString(current, next);
  if (remove > 0) ytext.delete(index, remove);
  if (insert) ytext.insert(index, insert);
}

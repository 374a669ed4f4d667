// Turn "set this field to a new string" into the smallest Y.Text edit (common prefix and
// suffix kept, via lib0's simpleDiffString, which never splits a surrogate pair), so two
// partners typing in one field at once merge character by character. The string is the
// field as read (Y.Text#toString, which leaves embeds out); the edit is placed at Yjs'
// indexes, where every embed counts as one, so text around an embed lands where it belongs.
import { simpleDiffString } from 'lib0/diff';
import type * as Y from 'yjs';

/**
 * The Yjs index of `offset` in `ytext.toString()`. At an embed, `after` says on which side
 * the offset lands: a deletion starts after the embeds before it and ends before those after it.
 */
function yjsIndex(ytext: Y.Text, offset: number, after: boolean): number {
  let index = 0;
  let left = offset;
  for (const { insert } of ytext.toDelta() as { insert: unknown }[]) {
    if (typeof insert !== 'string') index += 1;
    else if (left < insert.length || (left === insert.length && !after)) return index + left;
    else {
      index += insert.length;
      left -= insert.length;
    }
  }
  return index + left;
}

/** Make `ytext` read `next` (embeds left where they are) with a minimal delete + insert. */
export function replaceText(ytext: Y.Text, next: string): void {
  const current = ytext.toString();
  if (current === next) return;
  const { index, remove, insert } = simpleDiffString(current, next);
  const start = yjsIndex(ytext, index, true);
  if (remove > 0) ytext.delete(start, yjsIndex(ytext, index + remove, false) - start);
  if (insert) ytext.insert(start, insert);
}

// Turn "set this field to a new string" into the smallest Y.Text edit (common prefix and
// suffix kept), so two partners typing in one field at once merge character by character.
import type * as Y from 'yjs';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The changed middle of `before` → `after`: [start, deleteCount, insert]. Never splits a surrogate pair. */
export function textDiff(before: string, after: string): [number, number, string] {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) end++;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return [start, before.length - start - end, after.slice(start, after.length - end)];
}

/** Make `ytext` read `next` with a minimal delete + insert. */
export function replaceText(ytext: Y.Text, next: string): void {
  const current = ytext.toString();
  if (current === next) return;
  const [index, remove, insert] = textDiff(current, next);
  if (remove > 0) ytext.delete(index, remove);
  if (insert) ytext.insert(index, insert);
}

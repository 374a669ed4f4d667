// Restoring a version as a new change: the live doc is edited, in one transaction, until its
// shared content equals the version's (texts by the smallest edit, list items matched by id,
// values only where they differ). Nothing is rewritten: the history keeps every earlier change,
// and restoring the version saved before (the server saves one) undoes the restore.
import * as Y from 'yjs';
import { LISTS } from '../agreement/entities.js';
import { SHARED_ANNOTATIONS } from '../agreement/annotations.js';
import { replaceText } from '../agreement/text-diff.js';
import { SERVER_MAP } from './contract.js';

type Kind = 'text' | 'array' | 'map';
const ARRAYS = new Set<string>([...Object.values(LISTS), SHARED_ANNOTATIONS]);

/** The kind of a top-level type by the schema's naming: `<section>.<field>` texts, the lists, else maps. */
function kindOf(name: string): Kind {
  if (ARRAYS.has(name)) return 'array';
  return name.includes('.') ? 'text' : 'map';
}

function topLevel(doc: Y.Doc, name: string, kind: Kind): Y.Text | Y.Array<unknown> | Y.Map<unknown> {
  if (kind === 'text') return doc.getText(name);
  return kind === 'array' ? doc.getArray<unknown>(name) : doc.getMap<unknown>(name);
}

const isPlainEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const cloneValue = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.clone() : v);
const idOf = (v: unknown): string | null => (v instanceof Y.Map && typeof v.get('id') === 'string' ? (v.get('id') as string) : null);

function syncMap(live: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const [key, want] of target.entries()) {
    const have = live.get(key);
    if (want instanceof Y.Text && have instanceof Y.Text) replaceText(have, want.toString());
    else if (want instanceof Y.Map && have instanceof Y.Map) syncMap(have, want);
    else if (want instanceof Y.Array && have instanceof Y.Array) syncArray(have, want);
    else if (want instanceof Y.AbstractType || have instanceof Y.AbstractType || !isPlainEqual(have, want) || !live.has(key)) live.set(key, cloneValue(want));
  }
  for (const key of [...live.keys()]) if (!target.has(key)) live.delete(key);
}

function syncArray(live: Y.Array<unknown>, target: Y.Array<unknown>): void {
  const want = target.toArray();
  const have = live.toArray();
  const byId = want.every((w) => idOf(w) !== null) && have.every((h) => idOf(h) !== null);
  if (!byId) {
    if (isPlainEqual(live.toJSON(), target.toJSON())) return;
    live.delete(0, live.length);
    live.insert(0, want.map(cloneValue));
    return;
  }
  // Keep the live items that are in the version and in its order; the rest goes.
  const wantIndex = new Map(want.map((w, i) => [idOf(w) as string, i]));
  let last = -1;
  const keep = have.map((h) => {
    const i = wantIndex.get(idOf(h) as string);
    if (i === undefined || i <= last) return false;
    last = i;
    return true;
  });
  for (let i = have.length - 1; i >= 0; i--) if (!keep[i]) live.delete(i, 1);
  let at = 0;
  for (const w of want) {
    const here = live.length > at ? live.get(at) : undefined;
    if (here !== undefined && idOf(here) === idOf(w)) syncMap(here as Y.Map<unknown>, w as Y.Map<unknown>);
    else live.insert(at, [cloneValue(w)]);
    at++;
  }
}

/** Edits `live` (one transaction, `origin`) until its shared content equals `version`'s. */
export function restoreInto(live: Y.Doc, version: Y.Doc, origin: unknown = null): void {
  const names = new Set([...version.share.keys(), ...live.share.keys()]);
  names.delete(SERVER_MAP);
  live.transact(() => {
    for (const name of names) {
      const kind = kindOf(name);
      const have = topLevel(live, name, kind);
      const want = topLevel(version, name, kind);
      if (have instanceof Y.Text) replaceText(have, (want as Y.Text).toString());
      else if (have instanceof Y.Array) syncArray(have, want as Y.Array<unknown>);
      else syncMap(have, want as Y.Map<unknown>);
    }
  }, origin);
}

// Checks an incoming update against the draft's rules before it is stored: it may not change
// meta.schemaVersion (except as a recognised migration), nor grow a list past its limit, nor
// write or delete anything in the Y.Map `server` (core/consent/contract.ts: the server's alone).
//
// Cheap per keystroke: only the update itself is decoded (never the whole document), and the
// place of each new item — which root type and key it lands in — is resolved the way Yjs
// resolves it when integrating: the parent written in the item, or else the parent of its
// left origin (or right origin), looked up in the document's struct store, earlier in the same
// update, or in the structs the document keeps pending. Pending structs (waiting for a missing
// origin) are checked again with every update, so they cannot slip in once their origin arrives.
import * as Y from 'yjs';
import { LISTS, type ListName } from '../core/agreement/entities.js';
import { HARD_LIST_LIMITS } from '../core/agreement/limits.js';
import { MIGRATIONS, schemaStatus, schemaVersion } from '../core/agreement/migrate.js';
import { CURRENT_SCHEMA_VERSION } from '../core/agreement/schema.js';
import { SERVER_MAP } from '../core/consent/contract.js';
import { CLOSE } from '../core/sync/close-codes.js';

export type GuardRefusal = (typeof CLOSE)['schemaChangeRefused' | 'listLimit' | 'serverMapRefused'];

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];
type RootType = NonNullable<ReturnType<Y.Doc['share']['get']>>;
/** Where an item lands: a root type (its name; '' for one we do not watch) and map key, or null when it does not land (yet). */
type Place = { root: string; sub: string | null } | null;

const META = 'meta';
const VERSION_KEY = 'schemaVersion';
const LIST_OF_ROOT = new Map<string, ListName>(Object.entries(LISTS).map(([list, root]) => [root, list as ListName]));

/** Versions `meta.schemaVersion` may be set to on this draft: its own, a step this server can migrate to, or back to the current one from a value no client can write under. */
function allowedVersions(doc: Y.Doc): Set<number> {
  const status = schemaStatus(doc);
  const from = schemaVersion(doc);
  if (status === 'new' || status === 'unreadable' || status === 'newer') return new Set([from, CURRENT_SCHEMA_VERSION].filter((v): v is number => v !== null));
  const allowed = new Set<number>([from as number]);
  for (let v = from as number; v < CURRENT_SCHEMA_VERSION && MIGRATIONS[v]; v++) allowed.add(v + 1);
  return allowed;
}

/** Clocks of [from, to) of `client` that one of the delete sets covers. */
function deletedWithin(sets: DeleteSet[], client: number, from: number, to: number): number {
  let n = 0;
  for (const ds of sets) {
    for (const d of ds.clients.get(client) ?? []) n += Math.max(0, Math.min(to, d.clock + d.len) - Math.max(from, d.clock));
  }
  return Math.min(n, to - from);
}

/** Index of the struct holding `clock` in clock-sorted `structs`, or -1. */
function indexOf(structs: readonly Struct[], clock: number): number {
  let lo = 0;
  let hi = structs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = structs[mid]!;
    if (clock < s.id.clock) hi = mid - 1;
    else if (clock >= s.id.clock + s.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The close code to refuse `update` with, or null when it may be stored. */
export function refusalFor(doc: Y.Doc, update: Uint8Array): GuardRefusal | null {
  const incoming = Y.decodeUpdate(update);
  const structs: Struct[] = [...incoming.structs];
  const deleteSets: DeleteSet[] = [incoming.ds];
  const pending = doc.store.pendingStructs;
  if (pending) structs.push(...Y.decodeUpdateV2(pending.update).structs);
  if (doc.store.pendingDs) deleteSets.push(Y.decodeUpdateV2(doc.store.pendingDs).ds);

  const byClient = new Map<number, Struct[]>();
  for (const s of structs) {
    const list = byClient.get(s.id.client);
    if (list) list.push(s);
    else byClient.set(s.id.client, [s]);
  }
  if (pending) {
    // The pending structs may repeat ones the update brings again (a client resending them): keep each clock once.
    for (const [client, list] of byClient) {
      list.sort((a, b) => a.id.clock - b.id.clock);
      byClient.set(client, list.filter((s, i) => i === 0 || s.id.clock >= list[i - 1]!.id.clock + list[i - 1]!.length));
    }
  }

  const watched = new Map<RootType, string>();
  for (const name of [META, SERVER_MAP, ...LIST_OF_ROOT.keys()]) {
    const type = doc.share.get(name);
    if (type) watched.set(type, name);
  }
  const placeInStore = (item: Y.Item): Place => {
    const parent = item.parent as RootType | null;
    if (!parent) return null;
    return { root: parent._item === null ? (watched.get(parent) ?? '') : '', sub: item.parentSub };
  };
  /** The struct holding `id`: from the document's store, else from this update or the pending structs; null when missing. */
  const find = (id: Y.ID): { struct: Struct; stored: boolean } | null => {
    if (id.clock < Y.getState(doc.store, id.client)) {
      const stored = doc.store.clients.get(id.client)!;
      return { struct: stored[Y.findIndexSS(stored, id.clock)]!, stored: true };
    }
    const list = byClient.get(id.client);
    const at = list ? indexOf(list, id.clock) : -1;
    return at < 0 ? null : { struct: list![at]!, stored: false };
  };

  const places = new Map<Y.Item, Place>();
  /** The place of a new item, resolving chains of origins without recursion (an offline session's typing is one long chain). */
  const placeOf = (start: Y.Item): Place => {
    const stack: Y.Item[] = [start];
    const visiting = new Set<Y.Item>();
    while (stack.length) {
      const item = stack[stack.length - 1]!;
      if (places.has(item)) {
        stack.pop();
        continue;
      }
      let place: Place | undefined;
      if (item.origin === null && item.rightOrigin === null) {
        // Written with its parent: a root type's name, or the id of the item holding a nested type.
        const parent = item.parent as unknown;
        place = typeof parent === 'string' ? { root: LIST_OF_ROOT.has(parent) || parent === META || parent === SERVER_MAP ? parent : '', sub: item.parentSub } : parent ? { root: '', sub: null } : null;
      } else {
        const left = item.origin ? find(item.origin) : null;
        const right = item.rightOrigin ? find(item.rightOrigin) : null;
        const from = left ?? right;
        if ((item.origin && !left) || (item.rightOrigin && !right) || !from) place = null; // Yjs keeps it pending
        else if (left?.struct instanceof Y.GC || right?.struct instanceof Y.GC) place = null; // Yjs drops it
        else if (!(from.struct instanceof Y.Item)) place = null;
        else if (from.stored) place = placeInStore(from.struct);
        else if (places.has(from.struct)) place = places.get(from.struct)!;
        else if (visiting.has(from.struct)) place = null; // an origin cycle never integrates
        else {
          visiting.add(item);
          stack.push(from.struct);
          continue;
        }
      }
      places.set(item, place);
      stack.pop();
    }
    return places.get(start) ?? null;
  };

  const allowed = allowedVersions(doc);
  /** A write to the version that may not end in an allowed one: a value not allowed, or none (deleted), which still wins if it lands rightmost. */
  let doubtfulWrite = false;
  const added = new Map<ListName, number>();
  for (const s of [...byClient.values()].flat()) {
    if (!(s instanceof Y.Item)) continue;
    const known = Y.getState(doc.store, s.id.client);
    const from = Math.max(known, s.id.clock);
    const to = s.id.clock + s.length;
    if (from >= to) continue; // already stored: Yjs skips it
    const place = placeOf(s);
    if (!place) continue;
    if (place.root === SERVER_MAP) return CLOSE.serverMapRefused;
    if (place.root === META && place.sub === VERSION_KEY) {
      const value = s.content.getContent().at(-1);
      const live = deletedWithin(deleteSets, s.id.client, from, to) === 0;
      if (!live || typeof value !== 'number' || !allowed.has(value)) doubtfulWrite = true;
      continue;
    }
    const list = LIST_OF_ROOT.get(place.root);
    if (!list || place.sub !== null || !s.content.isCountable()) continue;
    const live = to - from - deletedWithin(deleteSets, s.id.client, from, to);
    if (live > 0) added.set(list, (added.get(list) ?? 0) + live);
  }

  // Nor may a client delete what the server wrote.
  const serverMap = doc.share.get(SERVER_MAP);
  for (const item of serverMap?._map.values() ?? []) {
    if (!item.deleted && deletedWithin([incoming.ds], item.id.client, item.id.clock, item.id.clock + item.length) > 0) return CLOSE.serverMapRefused;
  }

  // A delete of the version itself would leave the draft without a schema.
  const current = doc.share.get(META)?._map.get(VERSION_KEY);
  const deletesCurrent = !!current && !current.deleted && deletedWithin([incoming.ds], current.id.client, current.id.clock, current.id.clock + current.length) > 0;
  if ((doubtfulWrite || deletesCurrent) && !versionAllowedAfter(doc, update, allowed)) return CLOSE.schemaChangeRefused;

  for (const [list, count] of added) {
    const root = doc.share.get(LISTS[list]);
    const before = root?._length ?? 0;
    const after = before + count - (root ? removedFrom(doc, root, incoming.ds) : 0);
    if (after > HARD_LIST_LIMITS[list] && after > before) return CLOSE.listLimit;
  }
  return null;
}

/**
 * Whether the version after applying `update` is unchanged or allowed. Which of concurrent
 * writes wins is Yjs's conflict resolution, so this one asks Yjs, on a copy: it re-encodes
 * the whole document, and runs only for an update with a doubtful write to the version
 * (one that lost to another write, as a merge of two drafts brings, or a hostile one).
 */
function versionAllowedAfter(doc: Y.Doc, update: Uint8Array, allowed: Set<number>): boolean {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = copy.getMap(META).get(VERSION_KEY);
    Y.applyUpdate(copy, update);
    const after = copy.getMap(META).get(VERSION_KEY);
    return after === before || (typeof after === 'number' && allowed.has(after));
  } catch {
    return false;
  } finally {
    copy.destroy();
  }
}

/** How many live elements of the root list `root` the delete set removes. */
function removedFrom(doc: Y.Doc, root: RootType, ds: DeleteSet): number {
  let n = 0;
  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored) continue;
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      if (clock >= state) continue;
      for (let i = Y.findIndexSS(stored, clock); i < stored.length && stored[i]!.id.clock < clock + len; i++) {
        const s = stored[i]!;
        if (!(s instanceof Y.Item) || s.deleted || !s.countable || s.parent !== root || s.parentSub !== null) continue;
        n += Math.min(clock + len, s.id.clock + s.length) - Math.max(clock, s.id.clock);
      }
    }
  }
  return n;
}

// Who changed which part between two versions (or a version and now), from the member stored
// with each update: the stored updates are replayed, in append order, onto the doc as it was
// at the first version, and each transaction's changed types are walked up to their top-level
// type (and the field of the item or section) and mapped to parts (core/consent/parts.ts). Updates already in the first version
// change nothing there; updates not contained in the second version are left out. What
// compaction merged into the snapshot cannot be told apart any more: the parts it touches get
// the members compaction counted in the period as `earlier`. The server runs it in a worker
// thread (change-authors-runner.ts); inline (a worker that failed) it yields to the event
// loop every few milliseconds, so a large draft does not stall other requests for long.
import * as Y from 'yjs';
import type { ChangeAuthor, PartAuthors } from '../../core/consent/contract.js';
import { partsOfChange } from '../../core/consent/parts.js';
import type { CompactedAuthor, StoredDraft, UpdateAuthor } from '../storage/types.js';

/** What a replay needs, as plain data (it travels to the worker thread). */
export interface ReplayJob {
  /** The first version's whole state, and when it was saved. */
  from: { state: Uint8Array; at: string };
  /** The second version, or null for the draft as it is now. */
  to: { state: Uint8Array; at: string } | null;
  stored: StoredDraft;
  authors: UpdateAuthor[];
  compacted: CompactedAuthor[];
  /** The member records' names and partners (revoked members included). */
  members: ChangeAuthor[];
}

/** How long one slice of work may hold the event loop before yielding. */
const SLICE_MS = 8;

const yieldLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The top-level type a (possibly nested) shared type lives in, and the field of the list item
 * or fixed section it belongs to: the first key on the way down from the top, else the keys
 * changed on the type itself (null: the type as a whole, e.g. items added to a list).
 */
function placeOf(type: Y.AbstractType<any>, keys: Set<string | null>): { root: Y.AbstractType<any>; fields: (string | null)[] } {
  let t = type;
  let field: string | null = null;
  while (t._item && t._item.parent instanceof Y.AbstractType) {
    if (typeof t._item.parentSub === 'string') field = t._item.parentSub;
    t = t._item.parent as Y.AbstractType<any>;
  }
  return { root: t, fields: field !== null ? [field] : [...keys] };
}

/** Records the parts each transaction on `doc` touched; `take()` returns and clears them. */
function observeParts(doc: Y.Doc): { take(): Set<string> } {
  const names = new Map<Y.AbstractType<any>, string>();
  let touched = new Set<string>();
  const nameOf = (root: Y.AbstractType<any>): string | undefined => {
    let name = names.get(root);
    if (name === undefined) {
      for (const [n, t] of doc.share) names.set(t, n);
      name = names.get(root);
    }
    return name;
  };
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      const { root, fields } = placeOf(type, keys);
      const name = nameOf(root);
      if (name === undefined) continue;
      for (const field of fields) for (const part of partsOfChange(name, field)) touched.add(part);
    }
  });
  return {
    take() {
      const out = touched;
      touched = new Set();
      return out;
    },
  };
}

/** Whether every insertion and deletion of `update` is already in the state `snap` describes. */
function containedIn(update: Uint8Array, snap: Y.Snapshot): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    if (s.id.clock + s.length > (snap.sv.get(s.id.client) ?? 0)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const have = snap.ds.clients.get(client) ?? [];
    for (const d of ranges) {
      if (!have.some((h) => h.clock <= d.clock && d.clock + d.len <= h.clock + h.len)) return false;
    }
  }
  return true;
}

/** Per part, who changed it between `from` and `to` (parts nobody changed are absent). */
export async function changeAuthors(input: ReplayJob): Promise<Record<string, PartAuthors>> {
  const byId = new Map(input.members.map((m) => [m.memberId, m]));
  const member = (id: string): ChangeAuthor | null => byId.get(id) ?? null;
  const parts = new Map<string, { members: Map<string, ChangeAuthor>; earlier: boolean; anonymous: boolean }>();
  const entry = (part: string) => {
    let e = parts.get(part);
    if (!e) parts.set(part, (e = { members: new Map(), earlier: false, anonymous: false }));
    return e;
  };
  let toSnap: Y.Snapshot | null = null;
  if (input.to) {
    const toDoc = new Y.Doc();
    try {
      Y.applyUpdate(toDoc, input.to.state);
      toSnap = Y.snapshot(toDoc);
    } finally {
      toDoc.destroy();
    }
    await yieldLoop();
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, input.from.state);
    await yieldLoop();
    const seen = observeParts(doc);
    const { snapshot, updates } = input.stored;
    if (snapshot && input.stored.snapshotIntact) {
      Y.applyUpdate(doc, snapshot);
      for (const part of seen.take()) entry(part).earlier = true;
      await yieldLoop();
    }
    const memberOf = new Map(input.authors.map((a) => [a.seq, a.memberId]));
    let slice = performance.now();
    for (const u of updates) {
      if (!u.intact) continue;
      if (toSnap && !containedIn(u.data, toSnap)) continue;
      Y.applyUpdate(doc, u.data);
      const touched = seen.take();
      if (touched.size > 0) {
        const memberId = memberOf.get(u.seq);
        const who = memberId ? member(memberId) : null;
        for (const part of touched) {
          const e = entry(part);
          if (who) e.members.set(who.memberId, who);
          else if (memberId === null) e.anonymous = true;
        }
      }
      if (performance.now() - slice > SLICE_MS) {
        await yieldLoop();
        slice = performance.now();
      }
    }
  } finally {
    doc.destroy();
  }
  const fromAt = input.from.at;
  const toAt = input.to?.at ?? null;
  const earlier = input.compacted
    .filter((c) => (c.lastAt === null || c.lastAt >= fromAt) && (toAt === null || c.firstAt === null || c.firstAt <= toAt))
    .map((c) => member(c.memberId))
    .filter((m): m is ChangeAuthor => m !== null);
  const out: Record<string, PartAuthors> = {};
  for (const [part, e] of parts) {
    const members = [...e.members.values()];
    const before = e.earlier ? earlier.filter((m) => !e.members.has(m.memberId)) : [];
    if (members.length === 0 && before.length === 0 && !e.anonymous) continue;
    out[part] = { members, earlier: before, anonymous: e.anonymous };
  }
  return out;
}

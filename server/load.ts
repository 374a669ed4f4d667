// Rebuilds a draft's Y.Doc from storage. A snapshot that fails its checksum or cannot be read
// fails the load (never an empty document that could later be stored over the real one). An
// update that fails its checksum or cannot be read is skipped and reported, and so is every
// later one that Yjs cannot apply without it (left pending): the draft is then damaged.
import * as Y from 'yjs';
import type { StoredDraft } from './storage/types.js';

export interface LoadResult {
  doc: Y.Doc;
  /** Seqs of updates that were merged (safe to compact away). */
  merged: number[];
  /**
   * Seqs of updates whose content is not in the document: altered (checksum), unreadable, or
   * waiting on content that is missing. Not empty: the draft is damaged.
   */
  unreadable: number[];
  /** Some content is missing: never store the document (compaction) or accept writes to it. */
  damaged: boolean;
  bytes: number;
}

export class SnapshotUnreadableError extends Error {
  constructor(id: string, cause: unknown) {
    super(`snapshot of draft ${id} cannot be read: ${String(cause)}`);
    this.name = 'SnapshotUnreadableError';
  }
}

/** Throws when the update is not a well-formed Yjs update. */
export function checkUpdate(update: Uint8Array): void {
  Y.decodeUpdate(update);
}

/** Whether some of the update's insertions or deletions are not in a doc at this state vector. */
function reachesBeyond(update: Uint8Array, sv: Map<number, number>): boolean {
  for (const [client, clock] of Y.parseUpdateMeta(update).to) if ((sv.get(client) ?? 0) < clock) return true;
  for (const [client, items] of Y.decodeUpdate(update).ds.clients) {
    for (const d of items) if ((sv.get(client) ?? 0) < d.clock + d.len) return true;
  }
  return false;
}

/** Throws SnapshotUnreadableError when the stored snapshot fails its checksum or cannot be decoded. */
export function checkSnapshot(stored: StoredDraft): void {
  if (!stored.snapshot) return;
  try {
    if (!stored.snapshotIntact) throw new Error('its bytes do not match the stored checksum');
    checkUpdate(stored.snapshot);
  } catch (e) {
    throw new SnapshotUnreadableError(stored.id, e);
  }
}

export function buildDoc(stored: StoredDraft, report: (msg: string) => void = console.error): LoadResult {
  checkSnapshot(stored);
  const doc = new Y.Doc({ gc: true });
  let bytes = 0;
  if (stored.snapshot) {
    try {
      Y.applyUpdate(doc, stored.snapshot);
      bytes += stored.snapshot.byteLength;
    } catch (e) {
      doc.destroy();
      throw new SnapshotUnreadableError(stored.id, e);
    }
  }
  let merged: number[] = [];
  const unreadable: number[] = [];
  const applied: { seq: number; data: Uint8Array }[] = [];
  for (const u of stored.updates) {
    try {
      if (!u.intact) throw new Error('its bytes do not match the stored checksum');
      checkUpdate(u.data);
      Y.applyUpdate(doc, u.data);
      applied.push(u);
      bytes += u.data.byteLength;
    } catch (e) {
      unreadable.push(u.seq);
      report(`[samenspel] draft ${stored.id}: stored update #${u.seq} cannot be read and is skipped (${String(e)})`);
    }
  }
  merged = applied.map((u) => u.seq);
  // Content still waiting for something is damage only when a stored row was lost: otherwise it
  // waits, as in the live document, for a client to send what it depends on (a refused update,
  // a deletion that came before its insertion), and nothing stored is missing.
  const pending = unreadable.length > 0 && (doc.store.pendingStructs !== null || doc.store.pendingDs !== null);
  if (pending) {
    const sv = Y.decodeStateVector(Y.encodeStateVector(doc));
    const waiting = new Set(applied.filter((u) => reachesBeyond(u.data, sv)).map((u) => u.seq));
    for (const seq of waiting) report(`[samenspel] draft ${stored.id}: stored update #${seq} depends on missing content and cannot be applied`);
    merged = merged.filter((seq) => !waiting.has(seq));
    unreadable.push(...waiting);
    unreadable.sort((a, b) => a - b);
  }
  return { doc, merged, unreadable, damaged: unreadable.length > 0 || pending, bytes };
}

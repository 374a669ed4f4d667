// Rebuilds a draft's Y.Doc from storage. An unreadable snapshot fails the load (never an
// empty document that could later be stored over the real one); an unreadable update is
// reported and skipped.
import * as Y from 'yjs';
import type { StoredDraft } from './storage/types.js';

export interface LoadResult {
  doc: Y.Doc;
  /** Seqs of updates that were merged (safe to compact away). */
  merged: number[];
  /** Seqs of updates that could not be read. */
  unreadable: number[];
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

export function buildDoc(stored: StoredDraft, report: (msg: string) => void = console.error): LoadResult {
  const doc = new Y.Doc({ gc: true });
  let bytes = 0;
  if (stored.snapshot) {
    try {
      checkUpdate(stored.snapshot);
      Y.applyUpdate(doc, stored.snapshot);
      bytes += stored.snapshot.byteLength;
    } catch (e) {
      doc.destroy();
      throw new SnapshotUnreadableError(stored.id, e);
    }
  }
  const merged: number[] = [];
  const unreadable: number[] = [];
  for (const u of stored.updates) {
    try {
      checkUpdate(u.data);
      Y.applyUpdate(doc, u.data);
      merged.push(u.seq);
      bytes += u.data.byteLength;
    } catch (e) {
      unreadable.push(u.seq);
      report(`[samenspel] draft ${stored.id}: stored update #${u.seq} cannot be read and is skipped (${String(e)})`);
    }
  }
  return { doc, merged, unreadable, bytes };
}

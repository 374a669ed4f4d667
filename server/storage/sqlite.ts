// SQLite storage (better-sqlite3, WAL, synchronous=FULL). Every call is synchronous under the
// hood, so a resolved append has been written to the database file and survives kill -9.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DraftGoneError, type DraftStore, type Role, type StoredDraft, type TokenRecord } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  snapshot BLOB
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_draft ON updates(draft_id, seq);
CREATE TABLE IF NOT EXISTS tokens (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (draft_id, role)
);
CREATE INDEX IF NOT EXISTS tokens_hash ON tokens(hash);
`;

export function openSqliteStore(file: string): DraftStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const q = {
    insertDraft: db.prepare('INSERT INTO drafts (id, created_at) VALUES (?, ?)'),
    insertToken: db.prepare('INSERT OR REPLACE INTO tokens (draft_id, role, hash, created_at) VALUES (?, ?, ?, ?)'),
    deleteToken: db.prepare('DELETE FROM tokens WHERE draft_id = ? AND role = ?'),
    exists: db.prepare('SELECT 1 FROM drafts WHERE id = ?'),
    role: db.prepare('SELECT role FROM tokens WHERE draft_id = ? AND hash = ?'),
    tokens: db.prepare('SELECT role, hash, created_at FROM tokens WHERE draft_id = ? ORDER BY role'),
    draft: db.prepare('SELECT id, created_at, snapshot FROM drafts WHERE id = ?'),
    updates: db.prepare('SELECT seq, data FROM updates WHERE draft_id = ? ORDER BY seq'),
    append: db.prepare('INSERT INTO updates (draft_id, data) SELECT id, ? FROM drafts WHERE id = ?'),
    setSnapshot: db.prepare('UPDATE drafts SET snapshot = ? WHERE id = ?'),
    deleteUpdate: db.prepare('DELETE FROM updates WHERE draft_id = ? AND seq = ?'),
    deleteDraft: db.prepare('DELETE FROM drafts WHERE id = ?'),
    deleteUpdates: db.prepare('DELETE FROM updates WHERE draft_id = ?'),
    deleteTokens: db.prepare('DELETE FROM tokens WHERE draft_id = ?'),
    toCompact: db.prepare('SELECT draft_id FROM updates GROUP BY draft_id HAVING COUNT(*) >= ? LIMIT ?'),
  };

  const createDraft = db.transaction((id: string, hashes: Record<Role, string>, initial?: Uint8Array) => {
    const now = new Date().toISOString();
    q.insertDraft.run(id, now);
    for (const [role, hash] of Object.entries(hashes)) q.insertToken.run(id, role, hash, now);
    if (initial) q.append.run(Buffer.from(initial), id);
  });
  const compact = db.transaction((id: string, snapshot: Uint8Array, seqs: number[]) => {
    const res = q.setSnapshot.run(Buffer.from(snapshot), id);
    if (res.changes === 0) return;
    for (const seq of seqs) q.deleteUpdate.run(id, seq);
  });
  const remove = db.transaction((id: string) => {
    q.deleteUpdates.run(id);
    q.deleteTokens.run(id);
    return q.deleteDraft.run(id).changes > 0;
  });

  interface PendingAppend {
    id: string;
    data: Buffer;
    resolve(seq: number): void;
    reject(e: unknown): void;
  }
  let pending: PendingAppend[] = [];
  const appendAll = db.transaction((items: PendingAppend[]) =>
    items.map((p) => {
      const res = q.append.run(p.data, p.id);
      return res.changes === 0 ? null : Number(res.lastInsertRowid);
    }),
  );
  function flush(): void {
    const batch = pending;
    pending = [];
    let seqs: (number | null)[];
    try {
      seqs = appendAll(batch);
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    batch.forEach((p, i) => {
      const seq = seqs[i];
      if (seq === null || seq === undefined) p.reject(new DraftGoneError(p.id));
      else p.resolve(seq);
    });
  }

  return {
    kind: 'sqlite',
    async createDraft(id, hashes, initial) {
      createDraft(id, hashes, initial);
    },
    async exists(id) {
      return q.exists.get(id) !== undefined;
    },
    async roleFor(id, hash) {
      const row = q.role.get(id, hash) as { role: Role } | undefined;
      return row?.role ?? null;
    },
    async setToken(id, role, hash) {
      if (q.exists.get(id) === undefined) return false;
      if (hash === null) q.deleteToken.run(id, role);
      else q.insertToken.run(id, role, hash, new Date().toISOString());
      return true;
    },
    async tokens(id) {
      const rows = q.tokens.all(id) as { role: Role; hash: string; created_at: string }[];
      return rows.map((r): TokenRecord => ({ role: r.role, hash: r.hash, createdAt: r.created_at }));
    },
    async fetch(id): Promise<StoredDraft | null> {
      const row = q.draft.get(id) as { id: string; created_at: string; snapshot: Buffer | null } | undefined;
      if (!row) return null;
      const updates = (q.updates.all(id) as { seq: number; data: Buffer }[]).map((u) => ({
        seq: u.seq,
        data: new Uint8Array(u.data.buffer, u.data.byteOffset, u.data.byteLength),
      }));
      const snapshot = row.snapshot ? new Uint8Array(row.snapshot.buffer, row.snapshot.byteOffset, row.snapshot.byteLength) : null;
      return { id: row.id, createdAt: row.created_at, snapshot, updates };
    },
    append(id, update) {
      // Group commit: appends arriving in the same event-loop turn share one transaction
      // (one fsync). Each promise resolves only after that transaction has committed.
      return new Promise<number>((resolve, reject) => {
        pending.push({ id, data: Buffer.from(update), resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },
    async compact(id, snapshot, seqs) {
      compact(id, snapshot, seqs);
    },
    async delete(id) {
      const gone = remove(id);
      db.pragma('wal_checkpoint(TRUNCATE)');
      return gone;
    },
    async draftsToCompact(minUpdates, limit) {
      return (q.toCompact.all(minUpdates, limit) as { draft_id: string }[]).map((r) => r.draft_id);
    },
    async close() {
      if (pending.length) flush();
      if (db.open) db.close();
    },
  };
}

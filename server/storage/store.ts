// The one draft store: every query the server makes, written once over a Driver (SQLite or
// PostgreSQL), the group commit of appends, and the checksums written with every update and
// snapshot and checked on every read. Deleting a draft relies on the foreign keys' ON DELETE
// CASCADE for its update log and token hashes.
import { checksum, checksumMatches } from './checksum.js';
import type { Driver, Param, Queries } from './driver.js';
import { migrate } from './migrations.js';
import { type CompactedAuthor, DraftGoneError, type DraftStore, type Role, type StoredDraft, type TokenRecord, type UpdateAuthor } from './types.js';

const SQL = {
  insertDraft: 'INSERT INTO drafts (id, created_at) VALUES (?, ?)',
  upsertToken:
    'INSERT INTO tokens (draft_id, role, hash, created_at) VALUES (?, ?, ?, ?) ' +
    'ON CONFLICT (draft_id, role) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at',
  deleteToken: 'DELETE FROM tokens WHERE draft_id = ? AND role = ?',
  exists: 'SELECT 1 AS present FROM drafts WHERE id = ?',
  role: 'SELECT role FROM tokens WHERE draft_id = ? AND hash = ?',
  tokens: 'SELECT role, hash, created_at FROM tokens WHERE draft_id = ? ORDER BY role',
  draft: 'SELECT id, created_at, snapshot, snapshot_checksum FROM drafts WHERE id = ?',
  updates: 'SELECT seq, data, checksum FROM updates WHERE draft_id = ? ORDER BY seq',
  /** No row (so no seq) when the draft does not exist. */
  append: 'INSERT INTO updates (draft_id, data, checksum, member_id, appended_at) SELECT id, ?, ?, ?, ? FROM drafts WHERE id = ? RETURNING seq',
  authors: 'SELECT seq, member_id, appended_at FROM updates WHERE draft_id = ? ORDER BY seq',
  compactedAuthors: 'SELECT member_id, updates, first_at, last_at FROM compacted_authors WHERE draft_id = ? ORDER BY member_id',
  setSnapshot: 'UPDATE drafts SET snapshot = ?, snapshot_checksum = ? WHERE id = ?',
  deleteDraft: 'DELETE FROM drafts WHERE id = ?',
  tombstone: 'INSERT INTO deleted_drafts (id_hash, deleted_at) VALUES (?, ?) ON CONFLICT (id_hash) DO NOTHING',
  wasDeleted: 'SELECT 1 AS present FROM deleted_drafts WHERE id_hash = ?',
  toCompact: 'SELECT draft_id FROM updates GROUP BY draft_id HAVING COUNT(*) >= ? LIMIT ?',
  deleteMerged: (integers: string) => `DELETE FROM updates WHERE draft_id = ? AND seq IN ${integers}`,
  /** Per member, the count and first/last time of the merged updates, added to what earlier compactions kept. */
  keepAuthors: (integers: string) =>
    'INSERT INTO compacted_authors (draft_id, member_id, updates, first_at, last_at) ' +
    `SELECT draft_id, member_id, COUNT(*), MIN(appended_at), MAX(appended_at) FROM updates WHERE draft_id = ? AND member_id IS NOT NULL AND seq IN ${integers} GROUP BY draft_id, member_id ` +
    'ON CONFLICT (draft_id, member_id) DO UPDATE SET updates = compacted_authors.updates + excluded.updates, ' +
    'first_at = COALESCE(compacted_authors.first_at, excluded.first_at), last_at = COALESCE(excluded.last_at, compacted_authors.last_at)',
};

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const now = () => new Date().toISOString();
/** A deleted draft is remembered by the hash of its id only. */
const idHash = (id: string) => checksum(new TextEncoder().encode(id)).toString('hex');

async function insertUpdate(q: Queries, id: string, data: Buffer, memberId: string | null = null): Promise<number | undefined> {
  return (await q.get<{ seq: number }>(SQL.append, [data, checksum(data), memberId, now(), id]))?.seq;
}

/** The driver, with every call waiting for `ready` first (and failing if it failed). */
function after(ready: Promise<unknown>, driver: Driver): Driver {
  const waiting: Driver = {
    ...driver,
    run: async (sql, params) => (await ready, driver.run(sql, params)),
    all: async (sql, params) => (await ready, driver.all(sql, params)),
    get: async (sql, params) => (await ready, driver.get(sql, params)),
    exec: async (sql) => (await ready, driver.exec(sql)),
    transaction: async (fn) => (await ready, driver.transaction(fn)),
  };
  if (driver.grouped) waiting.grouped = async <T>(sql: string, params: readonly Param[], transfer?: readonly ArrayBuffer[]) => (await ready, driver.grouped?.<T>(sql, params, transfer));
  return waiting;
}

export interface OpenedStore {
  /** Usable at once: its calls wait for the migration. */
  store: DraftStore;
  /** Settles when the schema is migrated; rejects (and the store is closed) when it cannot be. */
  migrated: Promise<void>;
}

/** Migrates the driver's database and builds the store on it. */
export function openStoreOn(driver: Driver): OpenedStore {
  const migrated = migrate(driver).then(
    () => undefined,
    async (e: unknown) => {
      await driver.close();
      throw e;
    },
  );
  migrated.catch(() => undefined); // reported through `migrated` and every call, not as unhandled
  return { store: createStore(after(migrated, driver)), migrated };
}

/** Awaits the migration: the store of a database that cannot be migrated never opens. */
export async function openMigrated(driver: Driver): Promise<DraftStore> {
  const { store, migrated } = openStoreOn(driver);
  await migrated;
  return store;
}

interface PendingAppend {
  id: string;
  data: Buffer;
  memberId: string | null;
  resolve(seq: number): void;
  reject(e: unknown): void;
}

function createStore(db: Driver): DraftStore {
  const deleteMerged = SQL.deleteMerged(db.dialect.integersFromJson);
  const keepAuthors = SQL.keepAuthors(db.dialect.integersFromJson);

  // Group commit: a driver that keeps one (SQLite, on its thread) gets each append at once.
  // Otherwise (PostgreSQL) it is kept here: one batch of appends commits at a time, starting
  // at once when none does; every append that arrives meanwhile waits and shares the next
  // transaction. Each promise resolves only after its transaction has committed.
  let pending: PendingAppend[] = [];
  let committing: Promise<void> | null = null;
  async function appendBatch(batch: PendingAppend[]): Promise<void> {
    // Sent all at once (each driver runs them in order): one round trip to the database.
    const insertAll = (q: Queries) => Promise.all(batch.map((p) => insertUpdate(q, p.id, p.data, p.memberId)));
    let seqs: (number | undefined)[];
    try {
      // A lone statement commits by itself; a transaction would only add round trips.
      seqs = batch.length === 1 ? await insertAll(db) : await db.transaction(insertAll);
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    batch.forEach((p, i) => {
      const seq = seqs[i];
      if (seq === undefined) p.reject(new DraftGoneError(p.id));
      else p.resolve(seq);
    });
  }
  function flush(): void {
    if (committing || pending.length === 0) return;
    const batch = pending;
    pending = [];
    committing = appendBatch(batch).finally(() => {
      committing = null;
      flush();
    });
  }

  return {
    kind: db.kind,
    async createDraft(id, hashes, initial) {
      await db.transaction(async (tx) => {
        const at = now();
        await tx.run(SQL.insertDraft, [id, at]);
        for (const [role, hash] of Object.entries(hashes)) await tx.run(SQL.upsertToken, [id, role, hash, at]);
        if (initial) await insertUpdate(tx, id, Buffer.from(initial));
      });
    },
    async exists(id) {
      return (await db.get(SQL.exists, [id])) !== undefined;
    },
    async roleFor(id, hash) {
      return (await db.get<{ role: Role }>(SQL.role, [id, hash]))?.role ?? null;
    },
    async setToken(id, role, hash) {
      return db.transaction(async (tx) => {
        if ((await tx.get(SQL.exists, [id])) === undefined) return false;
        if (hash === null) await tx.run(SQL.deleteToken, [id, role]);
        else await tx.run(SQL.upsertToken, [id, role, hash, now()]);
        return true;
      });
    },
    async tokens(id) {
      const rows = await db.all<{ role: Role; hash: string; created_at: string }>(SQL.tokens, [id]);
      return rows.map((r): TokenRecord => ({ role: r.role, hash: r.hash, createdAt: r.created_at }));
    },
    async fetch(id): Promise<StoredDraft | null> {
      // The log first, then the snapshot: a compaction committing in between has put what it
      // removed from the log into the snapshot read after it. (The other order could miss it.)
      const updates = await db.all<{ seq: number; data: Buffer; checksum: Buffer | null }>(SQL.updates, [id]);
      const row = await db.get<{ id: string; created_at: string; snapshot: Buffer | null; snapshot_checksum: Buffer | null }>(SQL.draft, [id]);
      if (!row) return null;
      return {
        id: row.id,
        createdAt: row.created_at,
        snapshot: row.snapshot ? bytes(row.snapshot) : null,
        snapshotIntact: !row.snapshot || checksumMatches(row.snapshot, row.snapshot_checksum),
        updates: updates.map((u) => ({ seq: u.seq, data: bytes(u.data), intact: checksumMatches(u.data, u.checksum) })),
      };
    },
    async append(id, update, memberId = null) {
      if (db.grouped) {
        // A copy of its own (never the caller's bytes, nor Node's shared pool), moved to the thread.
        const own = new Uint8Array(update);
        const data = Buffer.from(own.buffer, 0, own.byteLength);
        const row = await db.grouped<{ seq: number }>(SQL.append, [data, checksum(data), memberId, now(), id], [own.buffer]);
        if (row === undefined) throw new DraftGoneError(id);
        return row.seq;
      }
      return new Promise<number>((resolve, reject) => {
        pending.push({ id, data: Buffer.from(update), memberId, resolve, reject });
        flush();
      });
    },
    async authorsOf(id) {
      const rows = await db.all<{ seq: number; member_id: string | null; appended_at: string | null }>(SQL.authors, [id]);
      return rows.map((r): UpdateAuthor => ({ seq: r.seq, memberId: r.member_id, at: r.appended_at }));
    },
    async compactedAuthorsOf(id) {
      const rows = await db.all<{ member_id: string; updates: number; first_at: string | null; last_at: string | null }>(SQL.compactedAuthors, [id]);
      return rows.map((r): CompactedAuthor => ({ memberId: r.member_id, updates: Number(r.updates), firstAt: r.first_at, lastAt: r.last_at }));
    },
    async compact(id, snapshot, seqs) {
      if (seqs.length === 0) return;
      await db.transaction(async (tx) => {
        // The UPDATE locks the draft row (PostgreSQL) for the rest of the transaction.
        const data = Buffer.from(snapshot);
        if ((await tx.run(SQL.setSnapshot, [data, checksum(data), id])) === 0) return;
        await tx.run(keepAuthors, [id, JSON.stringify(seqs)]);
        const removed = await tx.run(deleteMerged, [id, JSON.stringify(seqs)]);
        if (removed !== seqs.length) {
          throw new Error(`draft ${id}: ${seqs.length - removed} of the ${seqs.length} merged updates were compacted elsewhere meanwhile; nothing changed`);
        }
      });
    },
    async delete(id) {
      const gone = await db.transaction(async (tx) => {
        if ((await tx.run(SQL.deleteDraft, [id])) === 0) return false;
        await tx.run(SQL.tombstone, [idHash(id), now()]);
        return true;
      });
      await db.checkpoint();
      return gone;
    },
    async wasDeleted(id) {
      return (await db.get(SQL.wasDeleted, [idHash(id)])) !== undefined;
    },
    async draftsToCompact(minUpdates, limit) {
      return (await db.all<{ draft_id: string }>(SQL.toCompact, [minUpdates, limit])).map((r) => r.draft_id);
    },
    async close() {
      flush();
      while (committing) await committing;
      await db.close();
    },
  };
}

// The one draft store: every query the server makes, written once over a Driver (SQLite or
// PostgreSQL), the group commit of appends, and the checksums written with every update and
// snapshot and checked on every read. Deleting a draft relies on the foreign keys' ON DELETE
// CASCADE for its update log and token hashes.
import { checksum, checksumMatches } from './checksum.js';
import type { Driver, Queries } from './driver.js';
import { migrate } from './migrations.js';
import { DraftGoneError, type DraftStore, type Role, type StoredDraft, type TokenRecord } from './types.js';

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
  append: 'INSERT INTO updates (draft_id, data, checksum) SELECT id, ?, ? FROM drafts WHERE id = ? RETURNING seq',
  setSnapshot: 'UPDATE drafts SET snapshot = ?, snapshot_checksum = ? WHERE id = ?',
  deleteDraft: 'DELETE FROM drafts WHERE id = ?',
  tombstone: 'INSERT INTO deleted_drafts (id_hash, deleted_at) VALUES (?, ?) ON CONFLICT (id_hash) DO NOTHING',
  wasDeleted: 'SELECT 1 AS present FROM deleted_drafts WHERE id_hash = ?',
  toCompact: 'SELECT draft_id FROM updates GROUP BY draft_id HAVING COUNT(*) >= ? LIMIT ?',
  deleteMerged: (integers: string) => `DELETE FROM updates WHERE draft_id = ? AND seq IN ${integers}`,
};

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const now = () => new Date().toISOString();
/** A deleted draft is remembered by the hash of its id only. */
const idHash = (id: string) => checksum(new TextEncoder().encode(id)).toString('hex');

async function insertUpdate(q: Queries, id: string, data: Buffer): Promise<number | undefined> {
  return (await q.get<{ seq: number }>(SQL.append, [data, checksum(data), id]))?.seq;
}

/** The driver, with every call waiting for `ready` first (and failing if it failed). */
function after(ready: Promise<unknown>, driver: Driver): Driver {
  return {
    ...driver,
    run: async (sql, params) => (await ready, driver.run(sql, params)),
    all: async (sql, params) => (await ready, driver.all(sql, params)),
    get: async (sql, params) => (await ready, driver.get(sql, params)),
    exec: async (sql) => (await ready, driver.exec(sql)),
    transaction: async (fn) => (await ready, driver.transaction(fn)),
  };
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
  resolve(seq: number): void;
  reject(e: unknown): void;
}

function createStore(db: Driver): DraftStore {
  const deleteMerged = SQL.deleteMerged(db.dialect.integersFromJson);

  // Group commit: appends arriving in the same event-loop turn share one transaction (one
  // fsync on SQLite). Each promise resolves only after that transaction has committed.
  let pending: PendingAppend[] = [];
  const flushing = new Set<Promise<void>>();
  async function appendBatch(batch: PendingAppend[]): Promise<void> {
    const insertAll = async (q: Queries) => {
      const seqs: (number | undefined)[] = [];
      for (const p of batch) seqs.push(await insertUpdate(q, p.id, p.data));
      return seqs;
    };
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
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    const done: Promise<void> = appendBatch(batch).finally(() => flushing.delete(done));
    flushing.add(done);
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
    append(id, update) {
      return new Promise<number>((resolve, reject) => {
        pending.push({ id, data: Buffer.from(update), resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      });
    },
    async compact(id, snapshot, seqs) {
      if (seqs.length === 0) return;
      await db.transaction(async (tx) => {
        // The UPDATE locks the draft row (PostgreSQL) for the rest of the transaction.
        const data = Buffer.from(snapshot);
        if ((await tx.run(SQL.setSnapshot, [data, checksum(data), id])) === 0) return;
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
      await Promise.all(flushing);
      await db.close();
    },
  };
}

// PostgreSQL storage for several server processes sharing drafts. append() resolves after
// the INSERT has committed, so awaiting it before the acknowledgement keeps the durability rule.
import pg from 'pg';
import { DraftGoneError, type DraftStore, type Role, type StoredDraft, type TokenRecord } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  snapshot BYTEA
);
CREATE TABLE IF NOT EXISTS updates (
  seq BIGSERIAL PRIMARY KEY,
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_draft ON updates(draft_id, seq);
CREATE TABLE IF NOT EXISTS tokens (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (draft_id, role)
);
`;

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export async function openPostgresStore(url: string): Promise<DraftStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const client = await pool.connect();
  try {
    // Serialise schema creation between processes starting together.
    await client.query('SELECT pg_advisory_lock(727201)');
    await client.query(SCHEMA);
    await client.query('SELECT pg_advisory_unlock(727201)');
  } finally {
    client.release();
  }

  async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async function exists(id: string): Promise<boolean> {
    return (await pool.query('SELECT 1 FROM drafts WHERE id = $1', [id])).rowCount === 1;
  }

  return {
    kind: 'postgres',
    async createDraft(id, hashes, initial) {
      await tx(async (c) => {
        await c.query('INSERT INTO drafts (id) VALUES ($1)', [id]);
        for (const [role, hash] of Object.entries(hashes)) {
          await c.query('INSERT INTO tokens (draft_id, role, hash) VALUES ($1, $2, $3)', [id, role, hash]);
        }
        if (initial) await c.query('INSERT INTO updates (draft_id, data) VALUES ($1, $2)', [id, Buffer.from(initial)]);
      });
    },
    exists,
    async roleFor(id, hash) {
      const r = await pool.query<{ role: Role }>('SELECT role FROM tokens WHERE draft_id = $1 AND hash = $2', [id, hash]);
      return r.rows[0]?.role ?? null;
    },
    async setToken(id, role, hash) {
      if (!(await exists(id))) return false;
      if (hash === null) await pool.query('DELETE FROM tokens WHERE draft_id = $1 AND role = $2', [id, role]);
      else
        await pool.query(
          `INSERT INTO tokens (draft_id, role, hash) VALUES ($1, $2, $3)
           ON CONFLICT (draft_id, role) DO UPDATE SET hash = EXCLUDED.hash, created_at = now()`,
          [id, role, hash],
        );
      return true;
    },
    async tokens(id) {
      const r = await pool.query<{ role: Role; hash: string; created_at: Date }>(
        'SELECT role, hash, created_at FROM tokens WHERE draft_id = $1 ORDER BY role',
        [id],
      );
      return r.rows.map((x): TokenRecord => ({ role: x.role, hash: x.hash, createdAt: x.created_at.toISOString() }));
    },
    async fetch(id): Promise<StoredDraft | null> {
      const d = await pool.query<{ id: string; created_at: Date; snapshot: Buffer | null }>(
        'SELECT id, created_at, snapshot FROM drafts WHERE id = $1',
        [id],
      );
      const row = d.rows[0];
      if (!row) return null;
      const u = await pool.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM updates WHERE draft_id = $1 ORDER BY seq', [id]);
      return {
        id: row.id,
        createdAt: row.created_at.toISOString(),
        snapshot: row.snapshot ? bytes(row.snapshot) : null,
        updates: u.rows.map((x) => ({ seq: Number(x.seq), data: bytes(x.data) })),
      };
    },
    async append(id, update) {
      const r = await pool.query<{ seq: string }>(
        'INSERT INTO updates (draft_id, data) SELECT id, $2 FROM drafts WHERE id = $1 RETURNING seq',
        [id, Buffer.from(update.buffer, update.byteOffset, update.byteLength)],
      );
      const row = r.rows[0];
      if (!row) throw new DraftGoneError(id);
      return Number(row.seq);
    },
    async compact(id, snapshot, seqs) {
      await tx(async (c) => {
        const locked = await c.query('SELECT 1 FROM drafts WHERE id = $1 FOR UPDATE', [id]);
        if (locked.rowCount !== 1) return;
        await c.query('UPDATE drafts SET snapshot = $2 WHERE id = $1', [id, Buffer.from(snapshot)]);
        await c.query('DELETE FROM updates WHERE draft_id = $1 AND seq = ANY($2::bigint[])', [id, seqs]);
      });
    },
    async delete(id) {
      return tx(async (c) => {
        await c.query('DELETE FROM updates WHERE draft_id = $1', [id]);
        await c.query('DELETE FROM tokens WHERE draft_id = $1', [id]);
        return (await c.query('DELETE FROM drafts WHERE id = $1', [id])).rowCount === 1;
      });
    },
    async draftsToCompact(minUpdates, limit) {
      const r = await pool.query<{ draft_id: string }>(
        'SELECT draft_id FROM updates GROUP BY draft_id HAVING COUNT(*) >= $1 LIMIT $2',
        [minUpdates, limit],
      );
      return r.rows.map((x) => x.draft_id);
    },
    async close() {
      await pool.end();
    },
  };
}

// Versioned migrations of the storage schema, run on start in one transaction. The version
// lives in `schema_version` (one row per applied migration). A database made before
// versioning (tables, no `schema_version`) is stamped as version 1 without touching its data;
// a database newer than this code is refused.
import type { Driver } from './driver.js';
import type { Engine } from './types.js';

export interface Migration {
  version: number;
  /** One text for both engines, or one per engine. */
  sql: string | Record<Engine, string>;
}

export const MIGRATIONS: readonly Migration[] = [
  // Drafts, the update log and share-link hashes, exactly as created before versioning.
  {
    version: 1,
    sql: {
      sqlite: `
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
`,
      postgres: `
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
`,
    },
  },
  // One schema on both engines: drop the index only SQLite had. Tokens are only ever looked
  // up by draft and hash together (the primary key's draft_id finds the draft's three rows).
  {
    version: 2,
    sql: 'DROP INDEX IF EXISTS tokens_hash',
  },
];

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database has storage schema version ${found}, this server knows up to ${known}: upgrade the server (it will not start on a newer schema)`);
    this.name = 'SchemaTooNewError';
  }
}

/** Brings the schema to the last of `migrations`; resolves to the version it is at. */
export async function migrate(driver: Driver, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const { dialect } = driver;
  const latest = migrations.at(-1)?.version ?? 0;
  return driver.transaction(async (tx) => {
    if (dialect.migrationLock) await tx.exec(dialect.migrationLock);
    const record = (version: number) => tx.run('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)', [version, new Date().toISOString()]);
    let current = 0;
    if (await tx.get(dialect.tableExists, ['schema_version'])) {
      current = (await tx.get<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_version'))?.version ?? 0;
    } else {
      await tx.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      if (await tx.get(dialect.tableExists, ['drafts'])) {
        await record(1);
        current = 1;
      }
    }
    if (current > latest) throw new SchemaTooNewError(current, latest);
    for (const m of migrations) {
      if (m.version <= current) continue;
      await tx.exec(typeof m.sql === 'string' ? m.sql : m.sql[driver.kind]);
      await record(m.version);
    }
    return latest;
  });
}

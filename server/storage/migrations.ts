// Versioned migrations of the storage schema, run on start in one transaction. The version
// lives in `schema_version` (one row per applied migration). A database made before
// versioning (tables, no `schema_version`) is stamped as version 1 without touching its data;
// a database newer than this code is refused. A migration may also rewrite rows in code (the
// checksums of version 3) and, on SQLite, have the whole file rewritten after it commits.
import { checksum } from './checksum.js';
import type { Driver, Queries } from './driver.js';
import type { Engine } from './types.js';

export interface Migration {
  version: number;
  /** One text for both engines, or one per engine. */
  sql: string | Record<Engine, string>;
  /** Run after `sql`, in the same transaction: rewrites rows that SQL alone cannot. */
  data?(tx: Queries): Promise<void>;
  /**
   * SQLite: rewrite the whole file once the migrations have committed (VACUUM cannot run in a
   * transaction) and empty the write-ahead log, so nothing that deletions before secure_delete
   * left in free pages survives.
   */
  rewriteFile?: true;
}

/** Rows per batch when a migration rewrites a table, so memory stays bounded. */
const BATCH = 500;

/** Stores the checksum of every update and snapshot that has none (migration 3). */
async function fillChecksums(tx: Queries): Promise<void> {
  for (let after = 0; ; ) {
    const rows = await tx.all<{ seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE seq > ? AND checksum IS NULL ORDER BY seq LIMIT ?', [after, BATCH]);
    for (const r of rows) await tx.run('UPDATE updates SET checksum = ? WHERE seq = ?', [checksum(r.data), r.seq]);
    if (rows.length < BATCH) break;
    after = (rows.at(-1) as { seq: number }).seq;
  }
  for (let after = ''; ; ) {
    const rows = await tx.all<{ id: string; snapshot: Buffer }>(
      'SELECT id, snapshot FROM drafts WHERE id > ? AND snapshot IS NOT NULL AND snapshot_checksum IS NULL ORDER BY id LIMIT ?',
      [after, BATCH],
    );
    for (const r of rows) await tx.run('UPDATE drafts SET snapshot_checksum = ? WHERE id = ?', [checksum(r.snapshot), r.id]);
    if (rows.length < BATCH) break;
    after = (rows.at(-1) as { id: string }).id;
  }
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
  // A checksum (SHA-256) beside every update and snapshot, verified on every read; the rows
  // already stored get theirs here. NULL only where there is no snapshot.
  {
    version: 3,
    sql: {
      sqlite: 'ALTER TABLE updates ADD COLUMN checksum BLOB; ALTER TABLE drafts ADD COLUMN snapshot_checksum BLOB;',
      postgres: 'ALTER TABLE updates ADD COLUMN checksum BYTEA; ALTER TABLE drafts ADD COLUMN snapshot_checksum BYTEA;',
    },
    data: fillChecksums,
    // From this version on deletions zero what they free (secure_delete); clear what earlier ones left.
    rewriteFile: true,
  },
  // Tombstones of deleted drafts (the SHA-256 of the id, hex, and when): a partner who was
  // offline at the deletion is told "deleted" and removes their copy, while a draft the server
  // merely does not have (a restore from an older backup) is never mistaken for one.
  {
    version: 4,
    sql: 'CREATE TABLE deleted_drafts (id_hash TEXT PRIMARY KEY, deleted_at TEXT NOT NULL)',
  },
  // Authorship: which member wrote each stored update and when (both NULL on rows stored
  // before, and member_id NULL for writes without a member). Compaction folds updates into
  // the snapshot and so loses per-update authorship; what it keeps is, per member, how many
  // of the compacted updates were theirs and the first and last time (compacted_authors).
  {
    version: 5,
    sql: `
ALTER TABLE updates ADD COLUMN member_id TEXT;
ALTER TABLE updates ADD COLUMN appended_at TEXT;
CREATE TABLE compacted_authors (
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  updates INTEGER NOT NULL,
  first_at TEXT,
  last_at TEXT,
  PRIMARY KEY (draft_id, member_id)
);
`,
  },
  // Reaching an agreed version (server/members/store.ts): members with personal links (only
  // the token's SHA-256), immutable versions (the whole Yjs state and its SHA-256; a trigger
  // refuses any UPDATE), one consent round per proposed version (JSON), comment threads
  // (JSON) and the audit log. All go with their draft (ON DELETE CASCADE).
  {
    version: 6,
    sql: {
      sqlite: `
CREATE TABLE members (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, name TEXT NOT NULL, partner_id TEXT, role TEXT NOT NULL, representative INTEGER NOT NULL, token_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE INDEX members_token ON members(draft_id, token_hash);
CREATE TABLE versions (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, n INTEGER NOT NULL, name TEXT NOT NULL, author_id TEXT NOT NULL, author_name TEXT NOT NULL, at TEXT NOT NULL, hash TEXT NOT NULL, state BLOB NOT NULL, UNIQUE (draft_id, n));
CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TABLE consent_rounds (version_id TEXT PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, proposed_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX consent_rounds_draft ON consent_rounds(draft_id, proposed_at);
CREATE TABLE comments (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX comments_draft ON comments(draft_id, at);
CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, at TEXT NOT NULL, action TEXT NOT NULL, member_id TEXT, member_name TEXT NOT NULL, subject TEXT, detail TEXT NOT NULL);
CREATE INDEX audit_log_draft ON audit_log(draft_id, seq);
`,
      postgres: `
CREATE TABLE members (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, name TEXT NOT NULL, partner_id TEXT, role TEXT NOT NULL, representative INTEGER NOT NULL, token_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT);
CREATE INDEX members_token ON members(draft_id, token_hash);
CREATE TABLE versions (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, n INTEGER NOT NULL, name TEXT NOT NULL, author_id TEXT NOT NULL, author_name TEXT NOT NULL, at TEXT NOT NULL, hash TEXT NOT NULL, state BYTEA NOT NULL, UNIQUE (draft_id, n));
CREATE FUNCTION versions_immutable() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'versions are immutable'; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions FOR EACH ROW EXECUTE FUNCTION versions_immutable();
CREATE TABLE consent_rounds (version_id TEXT PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, proposed_at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX consent_rounds_draft ON consent_rounds(draft_id, proposed_at);
CREATE TABLE comments (id TEXT PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, at TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX comments_draft ON comments(draft_id, at);
CREATE TABLE audit_log (seq BIGSERIAL PRIMARY KEY, draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE, at TEXT NOT NULL, action TEXT NOT NULL, member_id TEXT, member_name TEXT NOT NULL, subject TEXT, detail TEXT NOT NULL);
CREATE INDEX audit_log_draft ON audit_log(draft_id, seq);
`,
    },
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
  let rewrite = false;
  const version = await driver.transaction(async (tx) => {
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
      await m.data?.(tx);
      await record(m.version);
      rewrite ||= m.rewriteFile === true;
    }
    return latest;
  });
  if (rewrite && driver.kind === 'sqlite') {
    await driver.exec('VACUUM');
    await driver.checkpoint();
  }
  return version;
}

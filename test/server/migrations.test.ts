// Storage schema migrations on SQLite and PostgreSQL: every migration in turn, a database
// made by the code before versioning (its DDL copied below) stamped as version 1 and read,
// checksums computed for the rows of a version-2 database, refusal of a newer schema,
// rollback of a failing migration, processes starting together.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDoc } from '../../server/load.js';
import { checksum } from '../../server/storage/checksum.js';
import type { Driver } from '../../server/storage/driver.js';
import { openStore } from '../../server/storage/index.js';
import { MIGRATIONS, migrate, SchemaTooNewError } from '../../server/storage/migrations.js';
import { postgresDriver } from '../../server/storage/postgres.js';
import { sqliteDriver } from '../../server/storage/sqlite.js';
import { openMigrated } from '../../server/storage/store.js';
import type { Engine } from '../../server/storage/types.js';
import { startPostgres, type Service } from '../support/services.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const STORAGE_INDEX = join(ROOT, 'server/storage/index.ts');

/** The schema exactly as server/storage/sqlite.ts and postgres.ts created it before versioning. */
const UNVERSIONED_DDL: Record<Engine, string> = {
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
};

/** Rows as the code before versioning wrote them (its own statements, per engine). */
const UNVERSIONED_ROWS: Record<Engine, { draft: string; token: string; update: string }> = {
  sqlite: {
    draft: "INSERT INTO drafts (id, created_at, snapshot) VALUES (?, '2025-03-04T05:06:07.089Z', ?)",
    token: "INSERT OR REPLACE INTO tokens (draft_id, role, hash, created_at) VALUES (?, ?, ?, '2025-03-04T05:06:07.089Z')",
    update: 'INSERT INTO updates (draft_id, data) SELECT id, ? FROM drafts WHERE id = ?',
  },
  postgres: {
    draft: "INSERT INTO drafts (id, created_at, snapshot) VALUES (?, '2025-03-04T05:06:07.089Z', ?)",
    token: "INSERT INTO tokens (draft_id, role, hash, created_at) VALUES (?, ?, ?, '2025-03-04T05:06:07.089Z')",
    update: 'INSERT INTO updates (draft_id, data) SELECT id, ? FROM drafts WHERE id = ?',
  },
};

let dir: string;
let pgService: Service;
let admin: pg.Client;
let made = 0;
const opened: Driver[] = [];

/** A fresh, empty database of the engine, as a driver and as openStore's options. */
async function freshDatabase(kind: Engine): Promise<{ open(): Driver; options: { dataDir: string; databaseUrl?: string } }> {
  const name = `m${++made}`;
  if (kind === 'sqlite') {
    const dataDir = join(dir, name);
    return { open: () => track(sqliteDriver(join(dataDir, 'samenspel.sqlite'))), options: { dataDir } };
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgService.url);
  url.pathname = `/${name}`;
  return { open: () => track(postgresDriver(url.toString())), options: { dataDir: dir, databaseUrl: url.toString() } };
}
function track(d: Driver): Driver {
  opened.push(d);
  return d;
}

const versions = async (db: Driver) => (await db.all<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).map((r) => r.version);
const hasTable = async (db: Driver, name: string) => (await db.get(db.dialect.tableExists, [name])) !== undefined;
const hasIndex = async (db: Driver, name: string) =>
  (await db.get(db.kind === 'sqlite' ? "SELECT 1 AS present FROM sqlite_master WHERE type = 'index' AND name = ?" : 'SELECT 1 AS present FROM pg_indexes WHERE indexname = ?', [name])) !== undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-migrate-'));
  pgService = await startPostgres();
  admin = new pg.Client(pgService.url);
  await admin.connect();
}, 60_000);
afterAll(async () => {
  for (const d of opened) await d.close();
  await admin?.end();
  await pgService?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('sqlite, a database written before secure_delete', () => {
  it('keeps no trace of drafts deleted before the upgrade once migrated to checksums (version 3 rewrites the file)', async () => {
    const dataDir = join(dir, 'before-secure-delete');
    const file = join(dataDir, 'samenspel.sqlite');
    const old = track(sqliteDriver(file));
    await old.exec('PRAGMA secure_delete = OFF'); // as every version before 3 ran
    await migrate(old, MIGRATIONS.filter((m) => m.version <= 2));
    const marker = Buffer.from('OUD-GEWIST-5c1e-TEKST');
    await old.run(UNVERSIONED_ROWS.sqlite.draft, ['draft-deleted-long-ago', null]);
    for (let i = 0; i < 20; i++) await old.run(UNVERSIONED_ROWS.sqlite.update, [Buffer.concat([marker, Buffer.alloc(300, i)]), 'draft-deleted-long-ago']);
    await old.run('DELETE FROM drafts WHERE id = ?', ['draft-deleted-long-ago']);
    await old.checkpoint();
    await old.close();
    const hits = async () => (await readFile(file)).indexOf(marker) !== -1;
    expect(await hits(), 'the old deletion left the text in the file').toBe(true);

    await (await openStore({ dataDir })).close();
    expect(await hits()).toBe(false);
    expect(await readdir(dataDir)).toEqual(['samenspel.sqlite']); // no -wal or -shm left holding it
  });
});

describe.each(['sqlite', 'postgres'] as const)('%s', (kind) => {
  it('runs every migration in turn on an empty database, and none twice', async () => {
    const db = (await freshDatabase(kind)).open();
    for (let n = 1; n <= MIGRATIONS.length; n++) {
      expect(await migrate(db, MIGRATIONS.slice(0, n))).toBe(n);
      expect(await versions(db)).toEqual(MIGRATIONS.slice(0, n).map((m) => m.version));
      for (const table of ['drafts', 'updates', 'tokens']) expect(await hasTable(db, table), table).toBe(true);
      expect(await hasIndex(db, 'updates_draft')).toBe(true);
      // Version 1 is the old schema as it was (SQLite alone had tokens_hash); version 2 makes them one.
      expect(await hasIndex(db, 'tokens_hash')).toBe(n === 1 && kind === 'sqlite');
    }
    expect(await migrate(db)).toBe(MIGRATIONS.length);
    expect(await versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('stamps a database made before versioning as version 1, migrates it and reads its drafts', async () => {
    const fresh = await freshDatabase(kind);
    const old = fresh.open();
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const snapshot = Y.encodeStateAsUpdate(doc);
    const sv = Y.encodeStateVector(doc);
    doc.getMap('m').set('b', 2);
    const update = Y.encodeStateAsUpdate(doc, sv);
    const rows = UNVERSIONED_ROWS[kind];
    await old.exec(UNVERSIONED_DDL[kind]);
    await old.run(rows.draft, ['draft-legacy', Buffer.from(snapshot)]);
    for (const role of ['owner', 'editor', 'viewer']) await old.run(rows.token, ['draft-legacy', role, `hash-${role}`]);
    await old.run(rows.update, [Buffer.from(update), 'draft-legacy']);
    await old.run(rows.update, [Buffer.from(update), 'draft-legacy']);
    await old.close();

    const db = fresh.open();
    const store = await openMigrated(db);
    expect(await versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await hasIndex(db, 'tokens_hash')).toBe(false);
    const stored = await store.fetch('draft-legacy');
    expect(stored).toMatchObject({ id: 'draft-legacy', createdAt: '2025-03-04T05:06:07.089Z', snapshot: snapshot });
    expect(stored?.updates.map((u) => u.seq)).toEqual([1, 2]);
    expect(stored?.snapshotIntact).toBe(true);
    expect(stored?.updates.map((u) => u.intact)).toEqual([true, true]);
    expect(buildDoc(stored!).doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    expect(await store.roleFor('draft-legacy', 'hash-editor')).toBe('editor');
    expect(await store.tokens('draft-legacy')).toContainEqual({ role: 'viewer', hash: 'hash-viewer', createdAt: '2025-03-04T05:06:07.089Z' });
    expect(await store.append('draft-legacy', update)).toBe(3);
    expect(await store.delete('draft-legacy')).toBe(true);
    expect(await db.all('SELECT seq FROM updates')).toEqual([]);
    await store.close();
  });

  it('computes the checksum of every update and snapshot stored before checksums (version 2 → 3)', async () => {
    const db = (await freshDatabase(kind)).open();
    const before = MIGRATIONS.filter((m) => m.version <= 2);
    expect(await migrate(db, before)).toBe(2);
    const doc = new Y.Doc();
    const updates: Buffer[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(Buffer.from(u)));
    for (let i = 0; i < 1201; i++) doc.getArray('a').push([i]); // more than one batch of 500
    const snapshot = Buffer.from(Y.encodeStateAsUpdate(doc));
    const drafts = Array.from({ length: 3 }, (_, i) => `draft-v2-${i}`);
    const rows = UNVERSIONED_ROWS[kind];
    for (const id of drafts) await db.run(rows.draft, [id, id === 'draft-v2-2' ? null : snapshot]);
    for (const u of updates) await db.run(rows.update, [u, 'draft-v2-0']);

    expect(await migrate(db)).toBe(MIGRATIONS.length);
    const stored = await db.all<{ data: Buffer; checksum: Buffer | null }>('SELECT data, checksum FROM updates ORDER BY seq');
    expect(stored).toHaveLength(1201);
    expect(stored.filter((r) => !r.checksum || !checksum(r.data).equals(r.checksum))).toEqual([]);
    const snaps = await db.all<{ id: string; snapshot_checksum: Buffer | null }>('SELECT id, snapshot_checksum FROM drafts ORDER BY id');
    expect(snaps.map((r) => r.snapshot_checksum && Buffer.from(r.snapshot_checksum).equals(checksum(snapshot)))).toEqual([true, true, null]);
    const store = await openMigrated(db);
    const loaded = buildDoc((await store.fetch('draft-v2-0'))!);
    expect(loaded.damaged).toBe(false);
    expect(loaded.doc.getArray('a').length).toBe(1201);
  });

  it('refuses to open a database whose schema is newer than the code, leaving it untouched', async () => {
    const fresh = await freshDatabase(kind);
    const db = fresh.open();
    await migrate(db);
    await db.run('INSERT INTO drafts (id, created_at) VALUES (?, ?)', ['draft-future', '2030-01-01T00:00:00.000Z']);
    const future = MIGRATIONS.length + 1;
    await db.run('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)', [future, '2030-01-01T00:00:00.000Z']);
    await expect(openStore(fresh.options)).rejects.toThrow(SchemaTooNewError);
    await expect(openStore(fresh.options)).rejects.toThrow(`schema version ${future}`);
    expect(await versions(db)).toEqual([...MIGRATIONS.map((m) => m.version), future]);
    expect(await db.all('SELECT id FROM drafts')).toEqual([{ id: 'draft-future' }]);
  });

  it('rolls a failing migration back entirely', async () => {
    const db = (await freshDatabase(kind)).open();
    const broken = { version: MIGRATIONS.length + 1, sql: 'CREATE TABLE half_done (a INTEGER); SELECT * FROM no_such_table' };
    await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
    expect(await hasTable(db, 'schema_version')).toBe(false);
    expect(await hasTable(db, 'drafts')).toBe(false);
    expect(await hasTable(db, 'half_done')).toBe(false);
    expect(await migrate(db)).toBe(MIGRATIONS.length);
    await expect(migrate(db, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
    expect(await versions(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await hasTable(db, 'half_done')).toBe(false);
  });

  it('lets processes starting together migrate once between them', async () => {
    const fresh = await freshDatabase(kind);
    const script = `const { openStore } = await import(${JSON.stringify(STORAGE_INDEX)}); await (await openStore(${JSON.stringify(fresh.options)})).close();`;
    const started = [1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT }));
    await Promise.all(started);
    expect(await versions(fresh.open())).toEqual(MIGRATIONS.map((m) => m.version));
  });
});

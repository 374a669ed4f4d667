// The storage contract, run against SQLite and PostgreSQL alike (the one store over both
// drivers), group commit, compaction (also when two processes race), and the SQLite driver.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Compactor } from '../../server/compactor.js';
import { buildDoc } from '../../server/load.js';
import type { Driver } from '../../server/storage/driver.js';
import { migrate } from '../../server/storage/migrations.js';
import { openPostgresStore, postgresDriver } from '../../server/storage/postgres.js';
import { openSqliteStore, sqliteDriver } from '../../server/storage/sqlite.js';
import { openMigrated } from '../../server/storage/store.js';
import { DraftGoneError, type DraftStore } from '../../server/storage/types.js';
import { startPostgres, type Service } from '../support/services.js';

let dir: string;
let pgService: Service | undefined;
const stores: Record<string, DraftStore> = {};
/** A second connection to each store's database, to look at the rows themselves. */
const drivers: Record<string, () => Driver> = {};
const opened: Driver[] = [];
const driver = (kind: string): Driver => {
  const d = (drivers[kind] as () => Driver)();
  opened.push(d);
  return d;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-store-'));
  const file = join(dir, 'db.sqlite');
  stores.sqlite = openSqliteStore(file);
  drivers.sqlite = () => sqliteDriver(file);
  pgService = await startPostgres();
  const url = pgService.url;
  stores.postgres = await openPostgresStore(url);
  drivers.postgres = () => postgresDriver(url);
}, 60_000);
afterAll(async () => {
  for (const s of Object.values(stores)) await s.close();
  for (const d of opened) await d.close();
  await pgService?.stop();
  await rm(dir, { recursive: true, force: true });
});

const hashes = { owner: 'h-owner', editor: 'h-editor', viewer: 'h-viewer' };

function edit(fn: (doc: Y.Doc) => void, base?: Y.Doc): Uint8Array {
  const doc = base ?? new Y.Doc();
  let out: Uint8Array = new Uint8Array();
  const h = (u: Uint8Array) => (out = u);
  doc.on('update', h);
  fn(doc);
  doc.off('update', h);
  return out;
}

describe.each(['sqlite', 'postgres'])('%s store', (kind) => {
  const store = () => stores[kind] as DraftStore;

  it('keeps drafts, token hashes and the update log in order', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-aaaa', hashes, edit((d) => d.getMap('m').set('init', 1), doc));
    expect(await s.exists('draft-aaaa')).toBe(true);
    expect(await s.roleFor('draft-aaaa', 'h-editor')).toBe('editor');
    expect(await s.roleFor('draft-aaaa', 'h-nope')).toBeNull();
    expect(await s.roleFor('draft-bbbb', 'h-editor')).toBeNull();
    const seqs = [];
    for (let i = 0; i < 5; i++) seqs.push(await s.append('draft-aaaa', edit((d) => d.getArray('a').push([i]), doc)));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const stored = await s.fetch('draft-aaaa');
    expect(stored?.updates).toHaveLength(6);
    expect(buildDoc(stored!).doc.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4]);
  });

  it('rotates and revokes per role', async () => {
    const s = store();
    await s.createDraft('draft-cccc', hashes);
    await s.setToken('draft-cccc', 'editor', 'h-editor-2');
    expect(await s.roleFor('draft-cccc', 'h-editor')).toBeNull();
    expect(await s.roleFor('draft-cccc', 'h-editor-2')).toBe('editor');
    await s.setToken('draft-cccc', 'viewer', null);
    expect((await s.tokens('draft-cccc')).map((t) => t.role).sort()).toEqual(['editor', 'owner']);
    expect(await s.setToken('draft-missing', 'viewer', 'x')).toBe(false);
  });

  it('refuses appends to a missing or deleted draft, and deletes everything', async () => {
    const s = store();
    await expect(s.append('draft-missing', new Uint8Array([0, 0]))).rejects.toBeInstanceOf(DraftGoneError);
    await s.createDraft('draft-dddd', hashes, new Uint8Array([0, 0]));
    expect(await s.delete('draft-dddd')).toBe(true);
    expect(await s.fetch('draft-dddd')).toBeNull();
    expect(await s.tokens('draft-dddd')).toEqual([]);
    await expect(s.append('draft-dddd', new Uint8Array([0, 0]))).rejects.toBeInstanceOf(DraftGoneError);
  });

  it('compacts into a snapshot, keeping updates appended meanwhile', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-eeee', hashes);
    for (let i = 0; i < 30; i++) await s.append('draft-eeee', edit((d) => d.getText('t').insert(d.getText('t').length, `${i},`), doc));
    expect(await s.draftsToCompact(20, 10)).toContain('draft-eeee');
    const compactor = new Compactor(s, { intervalMs: 0, minUpdates: 20, log: () => undefined });
    expect(await compactor.compactNow('draft-eeee')).toBe(30);
    await s.append('draft-eeee', edit((d) => d.getText('t').insert(d.getText('t').length, 'na'), doc));
    const after = await s.fetch('draft-eeee');
    expect(after?.snapshot).not.toBeNull();
    expect(after?.snapshotIntact).toBe(true);
    expect(after?.updates).toHaveLength(1);
    const rebuilt = buildDoc(after!, () => undefined);
    expect(rebuilt.damaged).toBe(false);
    expect(rebuilt.doc.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('never compacts a draft with an unreadable update', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-ffff', hashes);
    for (let i = 0; i < 5; i++) await s.append('draft-ffff', edit((d) => d.getText('t').insert(d.getText('t').length, `${i},`), doc));
    await s.append('draft-ffff', new Uint8Array([7, 7, 7, 255, 255]));
    const logs: string[] = [];
    const compactor = new Compactor(s, { intervalMs: 0, minUpdates: 1, log: (m) => logs.push(m) });
    expect(await compactor.compactNow('draft-ffff')).toBe(0);
    expect(logs.join('\n')).toMatch(/compaction of draft draft-ffff skipped: damaged \(1 stored updates unusable\)/);
    const after = await s.fetch('draft-ffff');
    expect(after?.snapshot).toBeNull();
    expect(after?.updates).toHaveLength(6);
  });
});

describe.each(['sqlite', 'postgres'])('%s store, beyond the contract', (kind) => {
  const store = () => stores[kind] as DraftStore;

  it('deletes the log and the token hashes through the foreign keys (ON DELETE CASCADE)', async () => {
    const s = store();
    await s.createDraft('draft-gggg', hashes, new Uint8Array([0, 0]));
    await s.append('draft-gggg', new Uint8Array([0, 0]));
    const db = driver(kind);
    const count = async (table: string) => (await db.all(`SELECT 1 AS present FROM ${table} WHERE draft_id = ?`, ['draft-gggg'])).length;
    expect([await count('updates'), await count('tokens')]).toEqual([2, 3]);
    expect(await s.delete('draft-gggg')).toBe(true);
    expect([await count('updates'), await count('tokens')]).toEqual([0, 0]);
    expect(await s.delete('draft-gggg')).toBe(false);
  });

  it('stores a checksum with every update and snapshot, and reports bytes altered since', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-kkkk', hashes, edit((d) => d.getMap('m').set('a', 1), doc));
    await s.append('draft-kkkk', edit((d) => d.getMap('m').set('b', 2), doc));
    const fresh = await s.fetch('draft-kkkk');
    expect(fresh?.updates.map((u) => u.intact)).toEqual([true, true]);
    await s.compact('draft-kkkk', Y.encodeStateAsUpdate(doc), [(fresh?.updates[0] as { seq: number }).seq]);
    expect((await s.fetch('draft-kkkk'))?.snapshotIntact).toBe(true);

    const db = driver(kind);
    const [row] = await db.all<{ seq: number; data: Buffer }>('SELECT seq, data FROM updates WHERE draft_id = ?', ['draft-kkkk']);
    const altered = Buffer.from(row!.data);
    altered.writeUInt8(altered.readUInt8(altered.length - 1) ^ 1, altered.length - 1);
    await db.run('UPDATE updates SET data = ? WHERE seq = ?', [altered, row!.seq]);
    const snap = (await db.get<{ snapshot: Buffer }>('SELECT snapshot FROM drafts WHERE id = ?', ['draft-kkkk']))!.snapshot;
    await db.run('UPDATE drafts SET snapshot = ? WHERE id = ?', [Buffer.concat([snap, Buffer.from([0])]), 'draft-kkkk']);
    const after = await s.fetch('draft-kkkk');
    expect(after?.updates.map((u) => u.intact)).toEqual([false]);
    expect(after?.snapshotIntact).toBe(false);
  });

  it('commits appends of one event-loop turn together, each resolving after that commit', async () => {
    // SQLite keeps the group commit on its thread (driver.grouped), PostgreSQL in the store (transactions).
    let transactions = 0;
    const inner = driver(kind);
    const s = await openMigrated({ ...inner, transaction: (fn) => (transactions++, inner.transaction(fn)) });
    const groups = async () => (await inner.groupCommits?.()) ?? { commits: 0, statements: 0 };
    await s.createDraft('draft-hhhh', hashes);
    transactions = 0;
    let before = await groups();
    const doc = new Y.Doc();
    const updates = Array.from({ length: 5 }, (_, i) => edit((d) => d.getArray('a').push([i]), doc));
    const seqs = await Promise.all(updates.map((u) => s.append('draft-hhhh', u)));
    let now = await groups();
    if (inner.grouped) expect([now.commits - before.commits, now.statements - before.statements]).toEqual([1, 5]);
    else expect(transactions).toBe(1); // the first starts at once, alone; the four after it share one
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(5);
    before = now;
    await s.append('draft-hhhh', edit((d) => d.getArray('a').push([5]), doc));
    now = await groups();
    if (inner.grouped) expect([now.commits - before.commits, now.statements - before.statements]).toEqual([1, 1]);
    expect(transactions).toBe(inner.grouped ? 0 : 1); // a lone append is one statement, committed by itself
    const mixed = await Promise.allSettled([s.append('draft-hhhh', updates[0] as Uint8Array), s.append('draft-none', updates[0] as Uint8Array)]);
    expect(mixed[0].status).toBe('fulfilled');
    expect(mixed[1]).toMatchObject({ status: 'rejected', reason: expect.any(DraftGoneError) });
    expect(buildDoc((await s.fetch('draft-hhhh'))!).doc.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('refuses a compaction that raced another one, losing nothing', async () => {
    const s = store();
    const doc = new Y.Doc();
    const type = (text: string) => edit((d) => d.getText('t').insert(d.getText('t').length, text), doc);
    await s.createDraft('draft-iiii', hashes);
    for (let i = 0; i < 3; i++) await s.append('draft-iiii', type(`${i},`));
    // Process A reads the draft; before it writes, process B reads more and compacts it all.
    const stale = buildDoc((await s.fetch('draft-iiii'))!);
    for (let i = 3; i < 5; i++) await s.append('draft-iiii', type(`${i},`));
    const compactor = new Compactor(s, { intervalMs: 0, minUpdates: 1, log: () => undefined });
    expect(await compactor.compactNow('draft-iiii')).toBe(5);
    const snapshot = (await s.fetch('draft-iiii'))?.snapshot;
    await expect(s.compact('draft-iiii', Y.encodeStateAsUpdate(stale.doc), stale.merged)).rejects.toThrow(/compacted elsewhere/);
    await s.compact('draft-iiii', Y.encodeStateAsUpdate(new Y.Doc()), []); // nothing merged: nothing changes
    const after = await s.fetch('draft-iiii');
    expect(after?.snapshot).toEqual(snapshot);
    expect(buildDoc(after!).doc.getText('t').toString()).toBe('0,1,2,3,4,');
  });
});

describe('the SQLite driver', () => {
  it('runs with WAL, synchronous=FULL, foreign keys and secure_delete on', async () => {
    const db = sqliteDriver(join(dir, 'pragmas.sqlite'));
    opened.push(db);
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA synchronous')).toEqual({ synchronous: 2 });
    expect(await db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(await db.get('PRAGMA secure_delete')).toEqual({ secure_delete: 1 });
  });

  it('runs nothing else inside an open transaction, so a rollback takes only its own writes', async () => {
    const db = sqliteDriver(join(dir, 'serial.sqlite'));
    opened.push(db);
    await migrate(db);
    const insert = 'INSERT INTO drafts (id, created_at) VALUES (?, ?)';
    const failing = db.transaction(async (tx) => {
      await tx.run(insert, ['draft-in-tx', 'x']);
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('changed its mind');
    });
    const outside = db.run(insert, ['draft-outside', 'x']);
    await expect(failing).rejects.toThrow('changed its mind');
    expect(await outside).toBe(1);
    expect(await db.all('SELECT id FROM drafts ORDER BY id')).toEqual([{ id: 'draft-outside' }]);
  });

  it('keeps a grouped write out of an open transaction: issued during it, it commits after it and survives its rollback', async () => {
    const db = sqliteDriver(join(dir, 'grouped-tx.sqlite'));
    opened.push(db);
    await migrate(db);
    const insert = 'INSERT INTO drafts (id, created_at) VALUES (?, ?) RETURNING id';
    let grouped: Promise<unknown> = Promise.resolve();
    const failing = db.transaction(async (tx) => {
      await tx.run(insert, ['draft-in-tx', 'x']);
      grouped = db.grouped!(insert, ['draft-grouped', 'x']);
      await tx.get('SELECT 1 AS one'); // the grouped write has reached the thread by its answer
      throw new Error('changed its mind');
    });
    await expect(failing).rejects.toThrow('changed its mind');
    expect(await grouped).toEqual({ id: 'draft-grouped' });
    expect(await db.all('SELECT id FROM drafts ORDER BY id')).toEqual([{ id: 'draft-grouped' }]);
  });

  it('commits grouped writes of one turn in one transaction, where a failing statement fails alone', async () => {
    const db = sqliteDriver(join(dir, 'grouped.sqlite'));
    opened.push(db);
    await migrate(db);
    const before = await db.groupCommits!();
    const results = await Promise.allSettled([
      db.grouped!('INSERT INTO drafts (id, created_at) VALUES (?, ?) RETURNING id', ['draft-one', 'x']),
      db.grouped!('INSERT INTO no_such_table VALUES (?) RETURNING 1', [1]),
      db.grouped!('INSERT INTO drafts (id, created_at) VALUES (?, ?) RETURNING id', ['draft-two', 'x']),
    ]);
    const after = await db.groupCommits!();
    expect([after.commits - before.commits, after.statements - before.statements]).toEqual([1, 3]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: { id: 'draft-one' } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/no such table/) } });
    expect(results[2]).toEqual({ status: 'fulfilled', value: { id: 'draft-two' } });
    expect(await db.all('SELECT id FROM drafts ORDER BY id')).toEqual([{ id: 'draft-one' }, { id: 'draft-two' }]);
  });

  it('keeps the write-ahead log allocated at its working size, with zeros after a checkpoint empties it', async () => {
    const file = join(dir, 'wal-size.sqlite');
    const db = sqliteDriver(file);
    opened.push(db);
    await migrate(db);
    const working = 32 + 1100 * (24 + 4096);
    await db.grouped!('INSERT INTO drafts (id, created_at) VALUES (?, ?) RETURNING id', ['draft-wal', 'written-before-the-checkpoint']);
    expect((await stat(`${file}-wal`)).size).toBeGreaterThanOrEqual(working);
    await db.checkpoint();
    const wal = await readFile(`${file}-wal`);
    expect(wal.byteLength).toBeGreaterThanOrEqual(working);
    expect(wal.every((b) => b === 0)).toBe(true);
  });
});

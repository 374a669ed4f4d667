// The storage contract, run against SQLite and PostgreSQL alike, and background compaction.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Compactor } from '../../server/compactor.js';
import { buildDoc } from '../../server/load.js';
import { openPostgresStore } from '../../server/storage/postgres.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import { DraftGoneError, type DraftStore } from '../../server/storage/types.js';
import { startPostgres, type Service } from '../support/services.js';

let dir: string;
let pgService: Service | undefined;
const stores: Record<string, DraftStore> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-store-'));
  stores.sqlite = openSqliteStore(join(dir, 'db.sqlite'));
  pgService = await startPostgres();
  stores.postgres = await openPostgresStore(pgService.url);
}, 60_000);
afterAll(async () => {
  for (const s of Object.values(stores)) await s.close();
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

  it('compacts into a snapshot, keeping updates appended meanwhile and unreadable ones', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-eeee', hashes);
    for (let i = 0; i < 30; i++) await s.append('draft-eeee', edit((d) => d.getText('t').insert(d.getText('t').length, `${i},`), doc));
    await s.append('draft-eeee', new Uint8Array([7, 7, 7, 255, 255]));
    expect(await s.draftsToCompact(20, 10)).toContain('draft-eeee');
    const compactor = new Compactor(s, { intervalMs: 0, minUpdates: 20, log: () => undefined });
    expect(await compactor.compactNow('draft-eeee')).toBe(30);
    await s.append('draft-eeee', edit((d) => d.getText('t').insert(d.getText('t').length, 'na'), doc));
    const after = await s.fetch('draft-eeee');
    expect(after?.snapshot).not.toBeNull();
    expect(after?.updates).toHaveLength(2); // the unreadable one and the new one
    const rebuilt = buildDoc(after!, () => undefined);
    expect(rebuilt.unreadable).toHaveLength(1);
    expect(rebuilt.doc.getText('t').toString()).toBe(doc.getText('t').toString());
  });
});

// Backup and restore (docs/server.md): `npm run backup` copies a live server's SQLite
// database while editors keep writing and the compactor folds their logs; `npm run restore`
// puts the copy into a fresh data dir; a server started on it has every acknowledged edit,
// and each draft as one consistent moment (a prefix of what its editor wrote).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs one of the scripts as `npm run backup|restore` does, with SAMENSPEL_DATA_DIR set. */
function script(name: 'backup' | 'backup-restore', file: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, file], {
      cwd: ROOT,
      env: { ...process.env, SAMENSPEL_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => res({ code, out }));
  });
}

let dir: string;
let live: ServerProcess;
let restored: ServerProcess | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-backup-'));
  // Compaction every 100 ms: the backup also runs while snapshots are written and logs deleted.
  live = await startServerProcess({ env: { SAMENSPEL_COMPACT_INTERVAL_MS: '100', SAMENSPEL_COMPACT_MIN_UPDATES: '10' } });
});
afterAll(async () => {
  await live?.dispose();
  await restored?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('backup of a live server, restore into a fresh data dir', () => {
  it('keeps every edit acknowledged before the backup, while writes go on during it', async () => {
    const drafts: CreatedDraft[] = [];
    for (let i = 0; i < 3; i++) drafts.push(await createDraft(live.url, { title: `Back-upconcept ${i}` }));
    const acked = drafts.map(() => [] as number[]);
    let writing = true;
    const writers = drafts.map(async (d, i) => {
      const c = await connectClient(live.wsUrl, d.id, d.tokens.editor);
      await waitForStatus(c, (x) => x.kind === 'saved');
      const list = c.doc.getArray<string>('log');
      for (let n = 0; writing; n++) {
        list.push([`${n}:${'x'.repeat(2000)}`]);
        await c.whenSaved();
        acked[i]?.push(n);
      }
      await c.destroy();
    });
    await waitFor(() => acked.every((a) => a.length >= 25), 60_000, 'edits before the backup');

    const before = acked.map((a) => a.length);
    const file = join(dir, 'samenspel-backup.sqlite');
    const backup = await script('backup', file, live.dataDir);
    const during = acked.map((a, i) => a.length - (before[i] ?? 0));
    writing = false;
    await Promise.all(writers);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/Back-up gemaakt: .*\(3 concepten/);
    expect(during.every((n) => n > 0), `acknowledged during the backup: ${during.join(', ')}`).toBe(true);

    // Never over an existing file or database.
    expect((await script('backup', file, live.dataDir)).code).toBe(1);
    expect((await script('backup-restore', file, live.dataDir)).code).toBe(1);

    const fresh = join(dir, 'fresh');
    const restore = await script('backup-restore', file, fresh);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain('3 concepten');

    restored = await startServerProcess({ dataDir: fresh });
    for (const [i, d] of drafts.entries()) {
      const v = await connectClient(restored.wsUrl, d.id, d.tokens.viewer);
      await waitForStatus(v, (x) => x.kind === 'saved');
      const got = v.doc
        .getArray<string>('log')
        .toArray()
        .map((s) => Number(s.split(':')[0]));
      await v.destroy();
      // One writer per draft, in order: a consistent copy holds exactly 0..k.
      expect(got).toEqual(got.map((_, n) => n));
      expect(got.length, `draft ${i}`).toBeGreaterThanOrEqual(before[i] ?? Infinity);
    }
  });

  it('refuses a damaged backup and leaves the data dir empty', async () => {
    const junk = join(dir, 'kapot.sqlite');
    await writeFile(junk, 'SQLite format 3\0' + 'x'.repeat(5000));
    const empty = join(dir, 'empty');
    const r = await script('backup-restore', junk, empty);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/niet bruikbaar/);
    expect(existsSync(join(empty, 'samenspel.sqlite'))).toBe(false);
  });
});

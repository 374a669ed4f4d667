// The records of reaching an agreed version survive a backup: `npm run backup` of a live
// server and `npm run restore` into a fresh data dir bring back the members (their personal
// links still work, revoked ones stay revoked), the versions (hashes checked by the backup
// itself), the consent round, the comments and the audit log.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEntry, CommentThread, ConsentRound, VersionSummary } from '../../core/consent/contract.js';
import { api, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { consentDraft, serverValue } from './consent-support.js';

const ROOT = resolve(import.meta.dirname, '../..');

function script(name: 'backup' | 'backup-restore', file: string, dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, file], { cwd: ROOT, env: { ...process.env, SAMENSPEL_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
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
  dir = await mkdtemp(join(tmpdir(), 'samenspel-audit-backup-'));
  live = await startServerProcess();
});
afterAll(async () => {
  await live?.dispose();
  await restored?.dispose();
  await rm(dir, { recursive: true, force: true });
});

it('restores members, versions, the round, comments and the audit log from a backup', { timeout: 90_000 }, async () => {
  const c = await consentDraft(live.url, live.wsUrl);
  const version = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Voorstel' })).json()) as VersionSummary;
  await c.post(c.draft.tokens.owner, '/round', { versionId: version.id });
  await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' });
  await c.post(c.reps[1]!.token, '/comments', { target: { part: 'roles' }, body: 'Wie trekt dit?' });
  await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/members/${c.reps[2]!.member.id}`, { method: 'DELETE' });
  const logBefore = (await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit`)).json()) as AuditEntry[];

  const file = join(dir, 'backup.sqlite');
  const backup = await script('backup', file, live.dataDir);
  expect(backup.code, backup.out).toBe(0);
  expect(backup.out).toContain('3 leden, 1 versies');
  const fresh = join(dir, 'fresh');
  const restore = await script('backup-restore', file, fresh);
  expect(restore.code, restore.out).toBe(0);

  restored = await startServerProcess({ dataDir: fresh });
  const call = (token: string, path: string) => api(restored!.url, token)(`/api/drafts/${c.draft.id}${path}`);
  expect((await call(c.reps[0]!.token, '')).status).toBe(200);
  expect((await call(c.reps[2]!.token, '')).status).toBe(401);
  expect((await (await call(c.reps[1]!.token, '/versions')).json()) as VersionSummary[]).toEqual([version]);
  expect((await (await call(c.draft.tokens.owner, '/audit')).json()) as AuditEntry[]).toEqual(logBefore);
  const session = await connectClient(restored.wsUrl, c.draft.id, c.reps[1]!.token);
  await waitForStatus(session, (s) => s.kind === 'saved');
  const round = await serverValue<ConsentRound>(session.doc, 'round', (r) => r.consents.length === 1);
  expect(round.versionId).toBe(version.id);
  const comments = await serverValue<CommentThread[]>(session.doc, 'comments', (t) => t.length === 1);
  expect(comments[0]!.body).toBe('Wie trekt dit?');
  await session.destroy();
});

// core/sync when the server cannot take writes, against the real server on loopback (in this
// process, with a store whose disk can fill up): a full disk says so (not "offline"), keeps the
// edits and retries with growing, jittered waits — not every second — and saves once there is
// room; a damaged draft's warning turns the status read-only while syncing goes on; a write
// block set by the caller (the UI's newer-schema check) holds and lifts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../../server/app.js';
import { configFromEnv } from '../../../server/config.js';
import { openSqliteStore } from '../../../server/storage/sqlite.js';
import type { DraftStore } from '../../../server/storage/types.js';
import { backoffDelay } from '../../../core/sync/backoff.js';
import { openDraft, type SyncSession } from '../../../core/sync/index.js';
import { createDraft } from '../../support/server.js';
import { sleep, waitForStatus } from '../../support/server-clients.js';

let dir: string;
let server: RunningServer;
let diskFull = false;
let sockets = 0;

/** `ws`, counting every connection attempt. */
class CountingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    sockets += 1;
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-sync-failures-'));
  const inner = openSqliteStore(join(dir, 'db.sqlite'));
  const store: DraftStore = {
    ...inner,
    async append(id, update) {
      // What better-sqlite3 throws when the disk is full.
      if (diskFull) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      return inner.append(id, update);
    },
  };
  server = await startServer({ ...configFromEnv({}), port: 0, dataDir: dir, compactIntervalMs: 0 }, { store, log: () => undefined });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const wsUrl = () => server.url.replace('http', 'ws') + '/sync';
function open(draftId: string, token: string, retry: { minDelay: number; maxDelay: number; troubleMaxDelay?: number }): Promise<SyncSession> {
  return openDraft({ serverUrl: wsUrl(), draftId, token, WebSocketPolyfill: CountingWebSocket, persistence: false, network: null, retry });
}

describe('backoffDelay', () => {
  it('doubles from the base up to the cap, each within ±50 %', () => {
    const policy = { base: 1000, max: 300_000 };
    expect([1, 2, 3, 4, 10, 20].map((n) => backoffDelay(n, policy, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 300_000, 300_000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(2000);
    expect(backoffDelay(3, policy, () => 0.999999)).toBe(6000);
  });
});

describe('a full disk on the server', () => {
  it('says storage full, keeps the edit, backs off, and saves once there is room', async () => {
    const d = await createDraft(server.url);
    const s = await open(d.id, d.tokens.editor, { minDelay: 200, maxDelay: 2000, troubleMaxDelay: 60_000 });
    await waitForStatus(s, (x) => x.kind === 'saved');
    diskFull = true;
    sockets = 0;
    s.doc.getMap('notes').set('vol', 'geschreven terwijl de schijf vol is');
    const st = await waitForStatus(s, (x) => x.kind === 'retrying');
    expect(st).toMatchObject({ kind: 'retrying', code: 'storage-full', unsaved: 1 });
    // Four seconds of a refusing server: 200 ms doubling (±50 %) is a handful of attempts;
    // reconnecting after a fixed delay of 200 ms would be about twenty.
    const seen = new Set<string>();
    const off = s.onStatus((x) => seen.add(x.kind === 'retrying' ? `retrying:${x.code}` : x.kind));
    await sleep(4000);
    off();
    expect(sockets).toBeGreaterThanOrEqual(2);
    expect(sockets).toBeLessThanOrEqual(7);
    // Between attempts it never claims to be offline or saved.
    expect([...seen].filter((k) => k === 'offline' || k === 'saved')).toEqual([]);
    expect(s.status().kind).toBe('retrying');

    diskFull = false;
    await waitForStatus(s, (x) => x.kind === 'saved', 30_000);
    const check = await open(d.id, d.tokens.viewer, { minDelay: 200, maxDelay: 2000 });
    await waitForStatus(check, (x) => x.kind === 'saved');
    expect(check.doc.getMap('notes').get('vol')).toBe('geschreven terwijl de schijf vol is');
    await Promise.all([s.destroy(), check.destroy()]);
  });

  it('starts from the base again after a healthy connection', async () => {
    const d = await createDraft(server.url);
    const s = await open(d.id, d.tokens.editor, { minDelay: 200, maxDelay: 2000, troubleMaxDelay: 60_000 });
    await waitForStatus(s, (x) => x.kind === 'saved');
    diskFull = true;
    s.doc.getMap('notes').set('a', 'eerste');
    await waitForStatus(s, (x) => x.kind === 'retrying');
    await sleep(1500);
    diskFull = false;
    await waitForStatus(s, (x) => x.kind === 'saved', 30_000);
    // A second refusal waits the base delay again (about 200 ms), not where the first left off.
    diskFull = true;
    sockets = 0;
    s.doc.getMap('notes').set('b', 'tweede');
    await waitForStatus(s, (x) => x.kind === 'retrying');
    await sleep(450);
    expect(sockets).toBeGreaterThanOrEqual(1);
    diskFull = false;
    await waitForStatus(s, (x) => x.kind === 'saved', 30_000);
    await s.destroy();
  });
});

describe('reasons not to write, while syncing goes on', () => {
  it('the damaged-draft warning turns the status into draft-damaged and keeps receiving', async () => {
    const d = await createDraft(server.url);
    const s = await open(d.id, d.tokens.editor, { minDelay: 200, maxDelay: 2000 });
    const other = await open(d.id, d.tokens.editor, { minDelay: 200, maxDelay: 2000 });
    await Promise.all([s, other].map((c) => waitForStatus(c, (x) => x.kind === 'saved')));
    server.hocuspocus.documents.get(d.id)!.broadcastStateless(JSON.stringify({ type: 'samenspel:draft-damaged', unreadable: 2 }));
    expect(await waitForStatus(s, (x) => x.kind === 'error')).toMatchObject({ code: 'draft-damaged' });
    // Other stateless messages are no warning.
    other.provider.sendStateless('{"type":"iets-anders"}');
    other.doc.getMap('notes').set('later', 'komt nog binnen');
    await sleep(300);
    expect(s.doc.getMap('notes').get('later')).toBe('komt nog binnen');
    expect(s.status()).toMatchObject({ kind: 'error', code: 'draft-damaged' });
    await Promise.all([s.destroy(), other.destroy()]);
  });

  it('a write block holds the status at its code and lifts again, without reconnecting', async () => {
    const d = await createDraft(server.url);
    const s = await open(d.id, d.tokens.editor, { minDelay: 200, maxDelay: 2000 });
    await waitForStatus(s, (x) => x.kind === 'saved');
    sockets = 0;
    s.setWriteBlock('newer-schema');
    expect(s.status()).toMatchObject({ kind: 'error', code: 'newer-schema' });
    s.setWriteBlock(null);
    expect(s.status().kind).toBe('saved');
    expect(sockets).toBe(0);
    await s.destroy();
  });
});

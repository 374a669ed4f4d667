// Scale-out: two server processes sharing one Redis (fan-out) and one PostgreSQL (storage).
// Clients on different processes converge; when one process dies (kill -9), its clients fail
// over to the other and nothing acknowledged is lost. Needs Debian's redis-server and
// postgresql: without them this test FAILS and says what to install.
import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { startPostgres, startRedis, type Service } from '../support/services.js';

let redis: Service | undefined;
let postgres: Service | undefined;
let a: ServerProcess | undefined;
let b: ServerProcess | undefined;

beforeAll(async () => {
  redis = await startRedis();
  postgres = await startPostgres();
  const env = { SAMENSPEL_REDIS_URL: redis.url, SAMENSPEL_DATABASE_URL: postgres.url, SAMENSPEL_COMPACT_MIN_UPDATES: '20', SAMENSPEL_COMPACT_INTERVAL_MS: '300', SAMENSPEL_RECHECK_MS: '300' };
  [a, b] = await Promise.all([startServerProcess({ env }), startServerProcess({ env })]);
}, 120_000);

afterAll(async () => {
  await a?.dispose();
  await b?.dispose();
  await redis?.stop();
  await postgres?.stop();
});

it('serves one draft from two processes and survives losing one', { timeout: 120_000 }, async () => {
  const A = a as ServerProcess;
  const B = b as ServerProcess;
  const d = await createDraft(A.url, { title: 'Regionaal leesplan' });

  // Client 1 prefers A (and knows B), client 2 is on B.
  const one = await connectClient([A.wsUrl, B.wsUrl], d.id, d.tokens.editor, { name: 'Een' });
  const two = await connectClient(B.wsUrl, d.id, d.tokens.editor, { name: 'Twee' });
  await Promise.all([one, two].map((c) => waitForStatus(c, (x) => x.kind === 'saved')));

  one.doc.getMap('m').set('from-a', 1);
  await waitFor(() => two.doc.getMap('m').get('from-a') === 1, 10_000, 'A → B via Redis');
  two.doc.getMap('m').set('from-b', 2);
  await waitFor(() => one.doc.getMap('m').get('from-b') === 2, 10_000, 'B → A via Redis');
  await waitFor(() => two.peers().some((p) => p.name === 'Een'), 10_000, 'presence across processes');

  for (let i = 0; i < 30; i++) one.doc.getArray('burst').push([`a${i}`]);
  await Promise.all([one.whenSaved(), two.whenSaved()]);

  await A.kill9();
  one.doc.getMap('m').set('during-failover', 3);
  await waitForStatus(one, (x) => x.kind === 'saved', 30_000);
  await waitFor(() => two.doc.getMap('m').get('during-failover') === 3, 10_000, 'failover write to reach B');

  // A fresh client sees everything, loaded from PostgreSQL.
  const three = await connectClient(B.wsUrl, d.id, d.tokens.viewer);
  await waitForStatus(three, (x) => x.kind === 'saved');
  expect(three.doc.getMap('m').toJSON()).toEqual({ 'from-a': 1, 'from-b': 2, 'during-failover': 3 });
  expect(three.doc.getArray('burst').length).toBe(30);

  // Storage really is PostgreSQL.
  const db = new pg.Client(postgres?.url);
  await db.connect();
  const n = await db.query('SELECT COUNT(*)::int AS n FROM drafts WHERE id = $1', [d.id]);
  await db.end();
  expect(n.rows[0].n).toBe(1);
  await Promise.all([one.destroy(), two.destroy(), three.destroy()]);
});

it('cuts off a link revoked on another process, and a draft deleted there', { timeout: 60_000 }, async () => {
  const B = b as ServerProcess;
  const C = await startServerProcess({ env: { SAMENSPEL_REDIS_URL: redis!.url, SAMENSPEL_DATABASE_URL: postgres!.url, SAMENSPEL_RECHECK_MS: '300' } });
  try {
    const d = await createDraft(B.url);
    const viewer = await connectClient(C.wsUrl, d.id, d.tokens.viewer);
    const editor = await connectClient(C.wsUrl, d.id, d.tokens.editor);
    await Promise.all([viewer, editor].map((c) => waitForStatus(c, (x) => x.kind === 'saved')));
    const revoke = await fetch(`${B.url}/api/drafts/${d.id}/links/viewer`, { method: 'DELETE', headers: { authorization: `Bearer ${d.tokens.owner}` } });
    expect(revoke.status).toBe(200);
    expect(await waitForStatus(viewer, (x) => x.kind === 'error', 10_000)).toMatchObject({ code: 'unauthorized' });
    expect(editor.status().kind).toBe('saved');
    const del = await fetch(`${B.url}/api/drafts/${d.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${d.tokens.owner}` } });
    expect(del.status).toBe(200);
    expect(await waitForStatus(editor, (x) => x.kind === 'error', 10_000)).toMatchObject({ code: 'draft-deleted' });
    await Promise.all([viewer.destroy(), editor.destroy()]);
  } finally {
    await C.dispose();
  }
});

// Members across two server processes sharing one Redis and one PostgreSQL (as
// scale-out.test.ts): revoking a member on one process cuts off that member's socket on the
// other at once (announced over Redis, well before the periodic re-check of 10 s), and what the
// server writes into the doc (members, the round) reaches clients on the other process.
// Needs Debian's redis-server and postgresql: without them this test FAILS and says what to install.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsentRound, MemberSummary, VersionSummary } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { startPostgres, startRedis, type Service } from '../support/services.js';
import { consentDraft, serverValue } from './consent-support.js';

let redis: Service | undefined;
let postgres: Service | undefined;
let a: ServerProcess | undefined;
let b: ServerProcess | undefined;

beforeAll(async () => {
  redis = await startRedis();
  postgres = await startPostgres();
  const env = { SAMENSPEL_REDIS_URL: redis.url, SAMENSPEL_DATABASE_URL: postgres.url, SAMENSPEL_RECHECK_MS: '10000' };
  a = await startServerProcess({ env });
  b = await startServerProcess({ env });
}, 120_000);

afterAll(async () => {
  await a?.dispose();
  await b?.dispose();
  await redis?.stop();
  await postgres?.stop();
});

it('cuts off a member revoked on another process at once, and mirrors across processes', { timeout: 90_000 }, async () => {
  const A = a as ServerProcess;
  const B = b as ServerProcess;
  const c = await consentDraft(B.url, B.wsUrl);
  const onA = await connectClient(A.wsUrl, c.draft.id, c.reps[0]!.token);
  const otherOnA = await connectClient(A.wsUrl, c.draft.id, c.reps[1]!.token);
  await Promise.all([onA, otherOnA].map((s) => waitForStatus(s, (x) => x.kind === 'saved')));

  // A consent round run on B, seen by the clients on A.
  const version = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Voorstel' })).json()) as VersionSummary;
  expect((await c.post(c.draft.tokens.owner, '/round', { versionId: version.id })).status).toBe(201);
  expect((await c.post(c.reps[1]!.token, '/round/consent', { kind: 'consent' })).status).toBe(200);
  await serverValue<ConsentRound>(otherOnA.doc, 'round', (r) => r.consents.length === 1);

  const started = Date.now();
  const res = await fetch(`${B.url}/api/drafts/${c.draft.id}/members/${c.reps[0]!.member.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${c.draft.tokens.owner}` } });
  expect(res.status).toBe(200);
  expect(await waitForStatus(onA, (x) => x.kind === 'error', 5_000)).toMatchObject({ code: 'unauthorized' });
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(otherOnA.status().kind).toBe('saved');
  const members = await serverValue<MemberSummary[]>(otherOnA.doc, 'members', (m) => m.some((x) => x.revokedAt));
  expect(members.filter((m) => m.revokedAt).map((m) => m.id)).toEqual([c.reps[0]!.member.id]);
  await Promise.all([onA.destroy(), otherOnA.destroy()]);
});

// A consent and the round check after a client's change, interleaved on the real server over
// loopback: each write of a round is held at the store until the other one has done its part,
// in both orders. Neither may be lost: a consent compared with the draft before the change
// does not undo the check's reset, and a check that read the round before the last consent
// does not undo the agreement it made (the round stays vastgesteld, marked changedSince).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { updateItem } from '../../core/agreement/index.js';
import type { AuditEntry, ConsentRound, VersionSummary } from '../../core/consent/contract.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { memberStore, type MemberStore } from '../../server/members/store.js';
import { sqliteDriver } from '../../server/storage/sqlite.js';
import { openMigrated } from '../../server/storage/store.js';
import { connectClient } from '../support/server-clients.js';
import { consentDraft, serverValue, type ConsentDraft } from './consent-support.js';

interface Hold {
  /** Which round write to hold (the first one matching). */
  matches(round: ConsentRound): boolean;
  reached(): void;
  released: Promise<void>;
}

let dir: string;
let server: RunningServer;
let wsUrl: string;
let records: MemberStore;
const holds: Hold[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-round-race-'));
  const driver = sqliteDriver(join(dir, 'samenspel.sqlite'));
  const store = await openMigrated(driver);
  records = memberStore(driver);
  const held: MemberStore = {
    ...records,
    async putRound(id, round, expected) {
      const i = holds.findIndex((h) => h.matches(round));
      if (i >= 0) {
        const [hold] = holds.splice(i, 1);
        hold!.reached();
        await hold!.released;
      }
      return records.putRound(id, round, expected);
    },
  };
  server = await startServer({ ...configFromEnv({}), port: 0, dataDir: dir, compactIntervalMs: 0 }, { store, members: held, log: () => undefined });
  wsUrl = server.url.replace('http', 'ws') + '/sync';
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Holds the next round write matching `matches` until `release` is called. */
function hold(matches: (round: ConsentRound) => boolean): { reached: Promise<void>; release(): void } {
  let reached!: () => void;
  let release!: () => void;
  const out = { reached: new Promise<void>((r) => (reached = r)), release: () => release() };
  holds.push({ matches, reached, released: new Promise<void>((r) => (release = r)) });
  return out;
}

async function proposed(c: ConsentDraft): Promise<VersionSummary> {
  const version = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Voorstel' })).json()) as VersionSummary;
  expect((await c.post(c.draft.tokens.owner, '/round', { versionId: version.id })).status).toBe(201);
  return version;
}

const auditActions = async (c: ConsentDraft) => ((await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit`)).json()) as AuditEntry[]).map((e) => e.action);

it('keeps the reset of a check that ran while a consent compared before the change was being stored', async () => {
  const c = await consentDraft(server.url, wsUrl);
  await proposed(c);
  const editor = await connectClient(wsUrl, c.draft.id, c.reps[2]!.token);
  await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.status === 'open');

  // The consent has compared the unchanged draft and is about to store its round.
  const consentWrite = hold((r) => r.consents.length > 0);
  const consent = c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' });
  await consentWrite.reached;
  // Meanwhile the draft changes; its check marks the round and resets it.
  updateItem(editor.doc, 'partners', c.partnerIds[2]!, { name: 'Basisschool De Linde (Tiel)' });
  await editor.whenSaved();
  await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.changedSince);
  consentWrite.release();

  // The consent is not stored over the reset: it is refused, as after any change.
  const res = await consent;
  expect(res.status).toBe(409);
  expect((await res.json()).error).toBe('round-changed');
  expect(await records.currentRound(c.draft.id)).toMatchObject({ changedSince: true, consents: [], status: 'open' });
  expect(await auditActions(c)).toContain('reset');
  expect(await auditActions(c)).not.toContain('consented');
  await editor.destroy();
});

it('keeps the agreement of the last consent stored while a check that read the round before it was writing', async () => {
  const c = await consentDraft(server.url, wsUrl);
  await proposed(c);
  for (const rep of c.reps.slice(0, 2)) expect((await c.post(rep.token, '/round/consent', { kind: 'consent' })).status).toBe(200);
  const editor = await connectClient(wsUrl, c.draft.id, c.reps[2]!.token);
  await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.consents.length === 2);

  // The last consent has compared the unchanged draft and is about to store the agreement…
  const consentWrite = hold((r) => r.status === 'agreed');
  const consent = c.post(c.reps[2]!.token, '/round/consent', { kind: 'consent' });
  await consentWrite.reached;
  // …when the draft changes and its check, having read the round of two consents, is about to reset it.
  const checkWrite = hold((r) => r.changedSince);
  updateItem(editor.doc, 'partners', c.partnerIds[2]!, { name: 'Basisschool De Linde (Tiel)' });
  await editor.whenSaved();
  await checkWrite.reached;
  consentWrite.release();
  const res = await consent;
  expect(res.status).toBe(200);
  expect(((await res.json()) as ConsentRound).status).toBe('agreed');
  checkWrite.release();

  // The check, redone over the agreed round, marks it and keeps its consents.
  const marked = await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.changedSince);
  expect(marked).toMatchObject({ status: 'agreed', changedSince: true });
  expect(marked.consents).toHaveLength(3);
  expect(await records.currentRound(c.draft.id)).toEqual(marked);
  expect(await auditActions(c)).toContain('agreed');
  expect(await auditActions(c)).not.toContain('reset');
  await editor.destroy();
});

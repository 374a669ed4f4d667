// Convergence: 5 clients make random agreement edits through core/agreement, with random
// disconnects, for hundreds of rounds (SAMENSPEL_FUZZ_ROUNDS for more; SAMENSPEL_FUZZ_SEED to
// replay). All must converge to the same, validly readable agreement, which the server also holds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AgreementError, addItem, LIST_LIMITS, readAgreement, removeItem, removePartner, setRole, setScore, updateItem, updateSection, validateAgreement } from '../../core/agreement/index.js';
import type { SyncSession } from '../../core/sync/index.js';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitFor, waitForStatus } from '../support/server-clients.js';

const ROUNDS = Number(process.env.SAMENSPEL_FUZZ_ROUNDS ?? 300);
const SEED = Number(process.env.SAMENSPEL_FUZZ_SEED ?? Date.now() % 1_000_000);
const CLIENTS = 5;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess({ env: { SAMENSPEL_COMPACT_MIN_UPDATES: '100', SAMENSPEL_COMPACT_INTERVAL_MS: '500' } });
});
afterAll(async () => {
  await srv?.dispose();
});

/** JSON with sorted keys: Y.Map key order depends on arrival order, which is not content. */
function canon(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

const ids = (doc: Y.Doc, list: 'partners' | 'activities' | 'interests') => readAgreement(doc).agreement[list].map((x) => x.id);

it(`${CLIENTS} clients converge after ${ROUNDS} rounds of random edits and disconnects`, { timeout: 900_000 }, async () => {
  console.log(`convergence fuzz: seed ${SEED}, ${ROUNDS} rounds (replay with SAMENSPEL_FUZZ_SEED=${SEED})`);
  const random = rng(SEED);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined);
  const d = await createDraft(srv.url, { title: 'Leesoffensief Noord' });
  const clients: SyncSession[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await connectClient(srv.wsUrl, d.id, d.tokens.editor, { name: `Client ${i}` }));
  await Promise.all(clients.map((c) => waitForStatus(c, (x) => x.kind === 'saved')));
  const online = clients.map(() => true);
  let edits = 0;
  let refused = 0;

  // Lists stay well under their limits: clients adding offline at once must not reach the
  // server's hard limit (its own test is update-guard.test.ts); this one is about merging.
  const roomFor = (doc: Y.Doc, list: 'partners' | 'activities') => ids(doc, list).length < LIST_LIMITS[list] / 2;
  const ops: ((doc: Y.Doc, n: number) => void)[] = [
    (doc, n) => {
      if (roomFor(doc, 'partners')) addItem(doc, 'partners', { name: `Partner ${n}`, kind: pick(['library', 'school', 'municipality'] as const) ?? 'other' });
    },
    (doc, n) => {
      const p = pick(ids(doc, 'partners'));
      if (p) updateItem(doc, 'partners', p, { name: `Hernoemd ${n}`, brings: `inzet ${n}` });
    },
    (doc) => {
      const p = pick(ids(doc, 'partners'));
      if (p) setScore(doc, p, pick(['B', 'C', 'D'] as const) ?? 'B', Math.floor(random() * 6));
    },
    (doc, n) => {
      if (roomFor(doc, 'activities')) addItem(doc, 'activities', { name: `Activiteit ${n}`, description: '' });
    },
    (doc) => {
      const a = pick(ids(doc, 'activities'));
      const p = pick(ids(doc, 'partners'));
      if (a && p) setRole(doc, a, p, pick(['R', 'A', 'C', 'I', null] as const) ?? null);
    },
    (doc, n) => {
      const p = pick(ids(doc, 'partners'));
      if (p) addItem(doc, 'interests', { partnerId: p, level: 'collective', text: `Belang ${n}`, conditionId: null, source: null });
    },
    (doc, n) => updateSection(doc, 'ambition', { [pick(['statement', 'promise', 'commitment', 'doing'] as const) ?? 'statement']: `Samen ${n} lezen` }),
    (doc) => {
      if (random() < 0.3) {
        const p = pick(ids(doc, 'partners'));
        if (p) removePartner(doc, p);
      }
    },
    (doc) => {
      const a = pick(ids(doc, 'activities'));
      if (a && random() < 0.3) removeItem(doc, 'activities', a);
    },
  ];

  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < CLIENTS; i++) {
      const c = clients[i] as SyncSession;
      if (random() < 0.04) {
        online[i] = !online[i];
        if (online[i]) c.connect();
        else c.disconnect();
      }
      try {
        (pick(ops) as (doc: Y.Doc, n: number) => void)(c.doc, round * CLIENTS + i);
        edits++;
      } catch (e) {
        if (!(e instanceof AgreementError)) throw e;
        refused++;
      }
    }
    if (round % 10 === 0) await sleep(random() * 30);
    else await new Promise((r) => setImmediate(r));
  }

  clients.forEach((c, i) => {
    if (!online[i]) c.connect();
  });
  await Promise.all(clients.map((c) => c.whenSaved(60_000)));
  const sv = (c: SyncSession) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64');
  await waitFor(() => clients.every((c) => sv(c) === sv(clients[0] as SyncSession)), 60_000, 'state vectors to agree');
  // A state vector does not cover deletions: a delete-only update may still be on its way.
  const content = (c: SyncSession) => canon(readAgreement(c.doc).agreement);
  await waitFor(() => clients.every((c) => content(c) === content(clients[0] as SyncSession)), 20_000, 'contents to agree').catch(() => undefined);

  const reads = clients.map((c) => readAgreement(c.doc));
  for (const r of reads) expect(r.problems).toEqual([]);
  const first = canon(reads[0]?.agreement);
  reads.forEach((r, i) => expect(canon(r.agreement) === first, `client ${i} differs (seed ${SEED})`).toBe(true));
  const findingsOf = (a: Parameters<typeof validateAgreement>[0]) => validateAgreement(a).map((f) => `${f.code} ${f.path}`).sort();
  const findings = findingsOf(reads[0]!.agreement);
  for (const r of reads) expect(findingsOf(r.agreement)).toEqual(findings);
  expect(reads[0]?.agreement.meta.title).toBe('Leesoffensief Noord');
  expect(edits).toBeGreaterThan(ROUNDS * CLIENTS * 0.8);

  const res = await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`);
  const stored = new Y.Doc();
  Y.applyUpdate(stored, new Uint8Array(await res.arrayBuffer()));
  expect(canon(readAgreement(stored).agreement) === first, 'server copy differs').toBe(true);
  console.log(`convergence fuzz: ${edits} edits, ${refused} refused by core/agreement, ${reads[0]?.agreement.partners.length} partners at the end`);
  await Promise.all(clients.map((c) => c.destroy()));
});

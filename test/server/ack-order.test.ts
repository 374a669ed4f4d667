// The write-before-ack rule, observed directly: while the storage write is held back, the
// client's change stays "unsaved"; it becomes "saved" only after the write has completed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import type { DraftStore } from '../../server/storage/types.js';
import { createDraft } from '../support/server.js';
import { connectClient, sleep, waitForStatus } from '../support/server-clients.js';

let dir: string;
let server: RunningServer;
let gate: Promise<void> = Promise.resolve();
let open: () => void = () => undefined;
const written: number[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-ack-'));
  const inner = openSqliteStore(join(dir, 'db.sqlite'));
  const store: DraftStore = {
    ...inner,
    async append(id, update) {
      await gate;
      const seq = await inner.append(id, update);
      written.push(seq);
      return seq;
    },
  };
  server = await startServer({ ...configFromEnv({}), port: 0, dataDir: dir, compactIntervalMs: 0 }, { store, log: () => undefined });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

it('acknowledges an update only after storage has written it', async () => {
  const d = await createDraft(server.url);
  const wsUrl = server.url.replace('http', 'ws') + '/sync';
  const s = await connectClient(wsUrl, d.id, d.tokens.editor);
  await waitForStatus(s, (x) => x.kind === 'saved');

  gate = new Promise((r) => (open = r));
  const before = written.length;
  s.doc.getMap('m').set('k', 'v');
  await waitForStatus(s, (x) => x.kind === 'unsaved');
  await sleep(400);
  expect(s.status()).toMatchObject({ kind: 'unsaved', unsaved: 1 });
  expect(written.length).toBe(before);

  open();
  await waitForStatus(s, (x) => x.kind === 'saved');
  expect(written.length).toBe(before + 1);
  await s.destroy();
});

// A client that opens a draft just as the server's own write to it closes: Hocuspocus hands the
// client's connection the loaded doc, then attaches it a few microtasks later, and the last
// direct connection's unload may destroy the doc in between. Here that gap is held open: the
// unload waits until the client was handed the doc, and the client waits for the unload. The
// client then must not be left on the destroyed doc (a frozen draft): it reconnects and sees
// the server's later writes; and unloading the destroyed doc leaves the loaded one in use.
import type { Document, Extension } from '@hocuspocus/server';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MemberSummary } from '../../core/consent/contract.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import { createDraft } from '../support/server.js';
import { connectClient } from '../support/server-clients.js';
import { serverValue } from './consent-support.js';

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-unload-attach-'));
  server = await startServer({ ...configFromEnv({}), port: 0, dataDir: dir, compactIntervalMs: 0 }, { log: () => undefined });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

it('reconnects a client that was handed the doc while it was being unloaded', async () => {
  const hocuspocus = server.hocuspocus;
  const draft = await createDraft(server.url, { title: 'Leesplan Rivierenland' });
  const invite = (name: string) =>
    fetch(`${server.url}/api/drafts/${draft.id}/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${draft.tokens.owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, partnerId: null, role: 'editor', representative: false }),
    });

  let unloadStarted!: () => void;
  const unloading = new Promise<void>((r) => (unloadStarted = r));
  let handedOver!: () => void;
  const clientHasDoc = new Promise<void>((r) => (handedOver = r));
  let armed = true;
  // The unload of the draft (after the invitation's write) waits for the client to get its doc…
  const holdUnload: Extension = {
    extensionName: 'test-hold-unload',
    async beforeUnloadDocument({ documentName }: { documentName: string }) {
      if (!armed || documentName !== draft.id) return;
      unloadStarted();
      await clientHasDoc;
    },
  };
  hocuspocus.configuration.extensions.unshift(holdUnload);
  // …and the client's connection is attached only once the unload is done.
  const createDocument = hocuspocus.createDocument.bind(hocuspocus);
  let handed: Document | null = null;
  hocuspocus.createDocument = async (...args: Parameters<typeof createDocument>): Promise<Document> => {
    const doc = await createDocument(...args);
    const fromClient = new URL(args[1].url).hostname !== 'localhost'; // direct connections use http://localhost
    const unload = hocuspocus.unloadingDocuments.get(args[0]);
    if (armed && fromClient && unload) {
      armed = false;
      handedOver();
      await unload;
      handed = doc;
    }
    return doc;
  };

  const first = invite('Anna de Vries');
  await unloading;
  const client = await connectClient(server.url.replace('http', 'ws') + '/sync', draft.id, draft.tokens.editor);
  expect((await first).status).toBe(201);
  await serverValue<MemberSummary[]>(client.doc, 'members', (ms) => ms.length === 1);
  // The race happened: the client was handed a doc that the unload then destroyed.
  expect(handed!.isDestroyed).toBe(true);

  // A later write of the server reaches the client.
  expect((await invite('Bram Jansen')).status).toBe(201);
  const members = await serverValue<MemberSummary[]>(client.doc, 'members', (ms) => ms.length === 2);
  expect(members.map((m) => m.name)).toEqual(['Anna de Vries', 'Bram Jansen']);

  // Unloading the destroyed doc (as its connection's close does) leaves the loaded one in use.
  const loaded = hocuspocus.documents.get(draft.id);
  expect(loaded).toBeDefined();
  await hocuspocus.unloadDocument(handed!);
  expect(hocuspocus.documents.get(draft.id)).toBe(loaded);
  await client.destroy();
});

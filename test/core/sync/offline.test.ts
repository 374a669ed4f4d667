// core/sync against a real server: local-first with y-indexeddb (fake-indexeddb in Node),
// offline edits merge on reconnect, content is never seeded twice, destroy() cleans up.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readAgreement } from '../../../core/agreement/index.js';
import { createDraft, startServerProcess, type ServerProcess } from '../../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../../support/server-clients.js';
import { IndexeddbPersistence } from 'y-indexeddb';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const idb = (name: string, doc: import('yjs').Doc) => new IndexeddbPersistence(name, doc);

it('works offline from IndexedDB and merges on reconnect', async () => {
  const d = await createDraft(srv.url, { title: 'Voorleesproject' });
  const a = await connectClient(srv.wsUrl, d.id, d.tokens.editor, { persistence: idb });
  await waitForStatus(a, (x) => x.kind === 'saved');
  expect(readAgreement(a.doc).agreement.meta.title).toBe('Voorleesproject');
  await a.destroy();

  await srv.stop();
  // Offline: the draft opens from IndexedDB and takes edits.
  const offline = await connectClient(srv.wsUrl, d.id, d.tokens.editor, { persistence: idb });
  await offline.whenLocalLoaded;
  expect(readAgreement(offline.doc).agreement.meta.title).toBe('Voorleesproject');
  offline.doc.getMap('notes').set('trein', 'geschreven in de trein');
  await waitForStatus(offline, (x) => x.kind === 'offline' && x.unsaved > 0);
  await offline.destroy();

  await srv.restart();
  const other = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
  await waitForStatus(other, (x) => x.kind === 'saved');
  other.doc.getMap('notes').set('kantoor', 'geschreven op kantoor');
  await other.whenSaved();

  const back = await connectClient(srv.wsUrl, d.id, d.tokens.editor, { persistence: idb });
  await waitForStatus(back, (x) => x.kind === 'saved');
  await waitFor(() => other.doc.getMap('notes').get('trein') !== undefined, 10_000, 'offline edit to reach others');
  expect(back.doc.getMap('notes').toJSON()).toEqual({ trein: 'geschreven in de trein', kantoor: 'geschreven op kantoor' });
  // Initial content was written once, by the server: the title is not doubled.
  expect(readAgreement(back.doc).agreement.meta.title).toBe('Voorleesproject');
  await back.destroy();
  await other.destroy();
});

it('never seeds initial content twice when several clients open a new draft at once', async () => {
  const d = await createDraft(srv.url, { title: 'Samen lezen' });
  const clients = await Promise.all([0, 1, 2].map(() => connectClient(srv.wsUrl, d.id, d.tokens.editor)));
  await Promise.all(clients.map((c) => waitForStatus(c, (x) => x.kind === 'saved')));
  for (const c of clients) {
    const { agreement, problems } = readAgreement(c.doc);
    expect(problems).toEqual([]);
    expect(agreement.meta.title).toBe('Samen lezen');
  }
  await Promise.all(clients.map((c) => c.destroy()));
});

it('destroy() removes every listener and stops reporting', async () => {
  const d = await createDraft(srv.url);
  const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
  await waitForStatus(s, (x) => x.kind === 'saved');
  const seen: string[] = [];
  s.onStatus((x) => seen.push(x.kind));
  const docObservers = (s.doc as unknown as { _observers: Map<string, Set<unknown>> })._observers;
  expect(docObservers.get('update')?.size ?? 0).toBeGreaterThan(0);
  await s.destroy();
  const providerCallbacks = (s.provider as unknown as { callbacks: Record<string, unknown[]> }).callbacks;
  expect(Object.values(providerCallbacks).reduce((n, l) => n + l.length, 0)).toBe(0);
  // Yjs itself keeps 'load'/'sync' (whenLoaded/whenSynced) and Awareness an anonymous 'destroy'.
  const left = [...docObservers.entries()].filter(([name, set]) => set.size > 0 && !['load', 'sync', 'destroy'].includes(name));
  expect(left.map(([name]) => name)).toEqual([]);
  expect(docObservers.get('update')?.size ?? 0).toBe(0);
  const count = seen.length;
  await srv.stop();
  await srv.restart();
  expect(seen.length).toBe(count);
});

// core/sync against a real server: local-first with y-indexeddb (fake-indexeddb in Node),
// offline edits merge on reconnect, content is never seeded twice, destroy() cleans up.
import 'fake-indexeddb/auto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
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

const idb = (name: string, doc: Y.Doc) => new IndexeddbPersistence(name, doc);

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

/** The events of `target` that still have a handler added through `on` and not taken off through `off`. */
function handlersLeft(on: Recorded, off: Recorded, target: object): string[] {
  const on_ = on.mock.calls.filter((_, i) => on.mock.contexts[i] === target);
  const off_ = off.mock.calls.filter((_, i) => off.mock.contexts[i] === target);
  return on_
    .filter(([event, fn]) => !off_.some(([e, f]) => e === event && (f === undefined || f === fn)))
    .map(([event]) => String(event))
    .sort();
}
type Recorded = { mock: { calls: unknown[][]; contexts: unknown[] } };

it('destroy() removes every listener it added and stops reporting', async () => {
  // Watch the public on/off of providers and docs while a bare provider and a session come and go.
  const providerOn = vi.spyOn(HocuspocusProvider.prototype, 'on');
  const providerOff = vi.spyOn(HocuspocusProvider.prototype, 'off');
  const docOn = vi.spyOn(Y.Doc.prototype, 'on');
  const docOff = vi.spyOn(Y.Doc.prototype, 'off');
  try {
    // What a provider adds to itself and its doc and leaves to its own destroy(): not the session's.
    const bareDoc = new Y.Doc();
    const bareSocket = new HocuspocusProviderWebsocket({ url: srv.wsUrl, autoConnect: false, WebSocketPolyfill: WebSocket });
    const bare = new HocuspocusProvider({ websocketProvider: bareSocket, name: 'bare', document: bareDoc });
    bare.destroy();
    bareSocket.destroy();

    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    const seen: string[] = [];
    s.onStatus((x) => seen.push(x.kind));
    expect(handlersLeft(providerOn, providerOff, s.provider)).not.toEqual(handlersLeft(providerOn, providerOff, bare));
    await s.destroy();
    expect(handlersLeft(providerOn, providerOff, s.provider)).toEqual(handlersLeft(providerOn, providerOff, bare));
    expect(handlersLeft(docOn, docOff, s.doc)).toEqual(handlersLeft(docOn, docOff, bareDoc));

    const count = seen.length;
    await srv.stop();
    await srv.restart();
    expect(seen.length).toBe(count);
  } finally {
    vi.restoreAllMocks();
  }
});

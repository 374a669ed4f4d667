// Bad input: malformed and oversized messages, limits before authentication, the per-address
// throttle, the document size limit and corrupted storage. Each gets a clear close reason,
// and the server keeps serving everyone else without losing anything.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api, createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitFor, waitForStatus } from '../support/server-clients.js';
import { authFrame, rawClient, syncUpdateFrame } from '../support/server-frames.js';

let srv: ServerProcess;
let shared: CreatedDraft;

beforeAll(async () => {
  srv = await startServerProcess({
    env: {
      SAMENSPEL_MAX_MESSAGE_BYTES: String(64 * 1024),
      SAMENSPEL_MAX_DOCUMENT_BYTES: String(200 * 1024),
      SAMENSPEL_AUTH_TIMEOUT_MS: '600',
      SAMENSPEL_MAX_MESSAGES_BEFORE_AUTH: '10',
    },
  });
  shared = await createDraft(srv.url);
});
afterAll(async () => {
  await srv?.dispose();
});

/** A well-behaved editor that keeps writing while others misbehave, and checks it is all stored. */
async function withBystander<T>(fn: () => Promise<T>): Promise<T> {
  const s = await connectClient(srv.wsUrl, shared.id, shared.tokens.editor);
  await waitForStatus(s, (x) => x.kind === 'saved');
  const list = s.doc.getArray<string>('bystander');
  const before = list.length;
  list.push([`before-${before}`]);
  const out = await fn();
  list.push([`after-${before}`]);
  await s.whenSaved();
  await s.destroy();
  const check = await connectClient(srv.wsUrl, shared.id, shared.tokens.viewer);
  await waitForStatus(check, (x) => x.kind === 'saved');
  expect(check.doc.getArray<string>('bystander').toArray().slice(-2)).toEqual([`before-${before}`, `after-${before}`]);
  await check.destroy();
  return out;
}

describe('malformed messages', () => {
  it('closes a socket sending garbage with 4400 malformed-message', async () => {
    await withBystander(async () => {
      const c = await rawClient(srv.wsUrl);
      c.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
      expect(await c.closed).toEqual({ code: 4400, reason: 'malformed-message' });
      const t = await rawClient(srv.wsUrl);
      t.send('{"hello": "text frames are not the protocol"}');
      expect(await t.closed).toEqual({ code: 4400, reason: 'malformed-message' });
    });
  });

  it('closes an authenticated socket sending a corrupt Yjs update, and stores nothing of it', async () => {
    const d = await createDraft(srv.url);
    await withBystander(async () => {
      const c = await rawClient(srv.wsUrl);
      c.send(authFrame(d.id, d.tokens.editor));
      await waitFor(() => c.messages.length > 0, 5000, 'auth reply');
      c.send(syncUpdateFrame(d.id, new Uint8Array([5, 200, 1, 2, 3, 250, 250, 250, 250, 1])));
      expect(await c.closed).toEqual({ code: 4400, reason: 'malformed-message' });
    });
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    const n = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE draft_id = ?').get(d.id) as { n: number };
    db.close();
    expect(n.n).toBeLessThanOrEqual(1); // only the server's initial content, if any
  });
});

describe('limits', () => {
  it('closes an oversized message with 1009 and the client shows message-too-large', async () => {
    await withBystander(async () => {
      const c = await rawClient(srv.wsUrl);
      c.send(authFrame(shared.id, shared.tokens.editor));
      c.send(new Uint8Array(100 * 1024));
      expect((await c.closed).code).toBe(1009);

      const d = await createDraft(srv.url);
      const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
      await waitForStatus(s, (x) => x.kind === 'saved');
      s.doc.getText('big').insert(0, 'x'.repeat(80 * 1024));
      expect(await waitForStatus(s, (x) => x.kind === 'error')).toMatchObject({ code: 'message-too-large' });
      await s.destroy();
    });
  });

  it('closes a socket that does not authenticate in time (4408) or talks too much first (4430)', async () => {
    await withBystander(async () => {
      const idle = await rawClient(srv.wsUrl);
      const t0 = Date.now();
      expect(await idle.closed).toEqual({ code: 4408, reason: 'auth-timeout' });
      expect(Date.now() - t0).toBeLessThan(5000);
      const chatty = await rawClient(srv.wsUrl);
      for (let i = 0; i < 15; i++) chatty.send(syncUpdateFrame(shared.id, new Uint8Array([0, 0])));
      expect(await chatty.closed).toEqual({ code: 4430, reason: 'too-many-messages-before-auth' });
    });
  });

  it('refuses updates beyond the document size limit with document-too-large, keeping what was stored', async () => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    const chunk = 'y'.repeat(50 * 1024);
    for (let i = 0; i < 3; i++) {
      s.doc.getArray<string>('chunks').push([chunk]);
      await s.whenSaved();
    }
    s.doc.getArray<string>('chunks').push([chunk]);
    s.doc.getArray<string>('chunks').push([chunk]);
    expect(await waitForStatus(s, (x) => x.kind === 'error')).toMatchObject({ code: 'document-too-large' });
    await s.destroy();
    const res = await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
    expect(doc.getArray('chunks').length).toBe(3);
  });

  it('throttles connections per address with 4429 too-many-connections', async () => {
    const t = await startServerProcess({ env: { SAMENSPEL_MAX_CONNECTIONS_PER_ADDRESS: '3' } });
    try {
      const open = await Promise.all([0, 1, 2].map(() => rawClient(t.wsUrl)));
      const fourth = await rawClient(t.wsUrl);
      expect(await fourth.closed).toEqual({ code: 4429, reason: 'too-many-connections' });
      open[0]?.ws.close();
      await open[0]?.closed;
      await sleep(100);
      const later = await rawClient(t.wsUrl);
      expect(later.ws.readyState).toBe(later.ws.OPEN);
      for (const c of [...open, later]) c.ws.close();
    } finally {
      await t.dispose();
    }
  });
});

describe('corrupted storage', () => {
  it('reports an unreadable stored update, serves the rest read-only and says it is damaged', async () => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    s.doc.getMap('m').set('a', 1);
    await s.whenSaved();
    s.doc.getMap('m').set('b', 2);
    await s.whenSaved();
    await s.destroy();
    await srv.kill9();
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'));
    db.prepare('INSERT INTO updates (draft_id, data) VALUES (?, ?)').run(d.id, Buffer.from([9, 9, 9, 255, 255, 255, 255, 255]));
    db.close();
    await srv.restart();

    const again = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    // Never "saved": the history is incomplete, so the draft is read-only with a warning.
    expect(await waitForStatus(again, (x) => x.kind === 'error')).toMatchObject({ code: 'draft-damaged' });
    await expect.poll(() => again.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    await again.destroy();
    const dump = (await (await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.json`)).json()) as { storage: { unreadableUpdates: number[] } };
    expect(dump.storage.unreadableUpdates).toHaveLength(1);
  });

  it('never serves (or stores) an empty doc when the snapshot is unreadable', async () => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    s.doc.getMap('m').set('precious', true);
    await s.whenSaved();
    await s.destroy();
    await srv.kill9();
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'));
    const garbage = Buffer.from([1, 200, 200, 200, 200, 200, 7, 7, 7]);
    db.prepare('UPDATE drafts SET snapshot = ? WHERE id = ?').run(garbage, d.id);
    db.close();
    await srv.restart();

    const victim = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await sleep(1500);
    expect(victim.status().kind).not.toBe('saved');
    victim.doc.getMap('m').set('overwrite', true);
    await sleep(500);
    await victim.destroy();
    await withBystander(async () => undefined);
    const check = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    const row = check.prepare('SELECT snapshot FROM drafts WHERE id = ?').get(d.id) as { snapshot: Buffer };
    const updates = check.prepare('SELECT data FROM updates WHERE draft_id = ?').all(d.id) as { data: Buffer }[];
    check.close();
    expect(Buffer.compare(row.snapshot, garbage)).toBe(0);
    const restored = new Y.Doc();
    for (const u of updates) Y.applyUpdate(restored, u.data);
    expect(restored.getMap('m').get('precious')).toBe(true);
    expect(restored.getMap('m').get('overwrite')).toBeUndefined();
  });
});

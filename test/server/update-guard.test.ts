// The update guard (issue 11, findings 2 and 3): over a real socket, an editor cannot change
// meta.schemaVersion (4409) nor grow a list past its limit (4414), also with hand-made
// updates that set the key with no origin or with an origin in the same update; nothing
// refused is stored, ordinary edits pass. Then the guard itself on crafted updates: pending
// structs, deletes, migrations and the way back from a version no client can write under.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, AgreementError, createDraft as stampDraft, updateSection } from '../../core/agreement/index.js';
import { HARD_LIST_LIMITS as LIST_LIMITS, LIST_LIMITS as SOFT_LIMITS } from '../../core/agreement/limits.js';
import { CLOSE } from '../../core/sync/close-codes.js';
import { refusalFor } from '../../server/update-guard.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { authFrame, rawClient, syncUpdateFrame } from '../support/server-frames.js';
import { api, createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

/** The draft as stored on the server. */
async function stored(d: CreatedDraft): Promise<Y.Doc> {
  const res = await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
  return doc;
}

/** A copy of the stored draft under a client id of our choosing (the highest wins concurrent writes of a key), and the update of what `change` does to it. */
async function crafted(d: CreatedDraft, change: (doc: Y.Doc) => void, clientID = 0xffffffff): Promise<{ update: Uint8Array; wouldBe: Y.Doc }> {
  const base = await stored(d);
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  change(doc);
  const update = Y.encodeStateAsUpdate(doc, before);
  // What the server would hold if it stored the update: the test's own check that the update does what it claims.
  Y.applyUpdate(base, update);
  return { update, wouldBe: base };
}

/** Sends `update` as an authenticated editor over a raw socket; the close frame, or null when the server kept the socket open. */
async function sendRaw(d: CreatedDraft, update: Uint8Array): Promise<{ code: number; reason: string } | null> {
  const c = await rawClient(srv.wsUrl);
  c.send(authFrame(d.id, d.tokens.editor));
  await waitFor(() => c.messages.length > 0, 5000, 'auth reply');
  c.send(syncUpdateFrame(d.id, update));
  const closed = await Promise.race([c.closed, new Promise<null>((r) => setTimeout(() => r(null), 1500))]);
  c.ws.close();
  return closed;
}

describe('over a socket', () => {
  it.each([2, 'twee'])('refuses an editor setting meta.schemaVersion to %j with 4409, and stores nothing of it', async (value) => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    s.doc.getMap('meta').set('schemaVersion', value);
    expect(await waitForStatus(s, (x) => x.kind === 'error')).toMatchObject({ code: 'schema-change-refused' });
    await s.destroy();
    expect((await stored(d)).getMap('meta').get('schemaVersion')).toBe(1);
  });

  it('lets ordinary edits and edits of other meta keys through', async () => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    updateSection(s.doc, 'meta', { title: 'Leesplan West', planKind: 'convenant' });
    addItem(s.doc, 'partners', { name: 'Basisschool De Wilg' });
    s.doc.getMap('meta').set('schemaVersion', 1); // the same version again: a concurrent migration's no-op
    await s.whenSaved();
    expect(s.status().kind).toBe('saved');
    await s.destroy();
    const doc = await stored(d);
    expect(doc.getText('meta.title').toString()).toBe('Leesplan West');
    expect(doc.getMap('meta').get('planKind')).toBe('convenant');
    expect(doc.getArray('partners').length).toBe(1);
  });

  it('refuses a hostile update that sets the key with no origin (its parent given) and one whose origin is in the same update', async () => {
    const d = await createDraft(srv.url);
    // A client that never saw the key: its item names the root map and key itself.
    const noOrigin = await crafted(d, (doc) => {
      const fresh = new Y.Doc();
      fresh.clientID = doc.clientID;
      fresh.getMap('meta').set('schemaVersion', 2);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(fresh));
    });
    const first = Y.decodeUpdate(noOrigin.update).structs[0] as Y.Item;
    expect([first.origin, first.rightOrigin, first.parent, first.parentSub]).toEqual([null, null, 'meta', 'schemaVersion']);
    expect(noOrigin.wouldBe.getMap('meta').get('schemaVersion')).toBe(2);
    expect(await sendRaw(d, noOrigin.update)).toEqual(CLOSE.schemaChangeRefused);

    // Two writes in one update: the second's origin is the first, which the server does not have.
    const chained = await crafted(d, (doc) => {
      const fresh = new Y.Doc();
      fresh.clientID = doc.clientID;
      fresh.getMap('meta').set('schemaVersion', 1);
      fresh.getMap('meta').set('schemaVersion', 'twee');
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(fresh));
    });
    const second = Y.decodeUpdate(chained.update).structs.find((s) => s.id.clock === 1) as Y.Item;
    expect(second.origin).toMatchObject({ client: 0xffffffff, clock: 0 });
    expect(chained.wouldBe.getMap('meta').get('schemaVersion')).toBe('twee');
    expect(await sendRaw(d, chained.update)).toEqual(CLOSE.schemaChangeRefused);

    expect((await stored(d)).getMap('meta').get('schemaVersion')).toBe(1);
  });

  it('refuses a list growing past its limit with 4414, keeping the items stored before', async () => {
    const d = await createDraft(srv.url);
    const max = LIST_LIMITS.partners;
    const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(s, (x) => x.kind === 'saved');
    for (let i = 0; i < SOFT_LIMITS.partners; i++) addItem(s.doc, 'partners', { name: `Partner ${i + 1}` });
    await s.whenSaved();
    expect(() => addItem(s.doc, 'partners', {})).toThrow(AgreementError);
    // Above the limit the server keeps room for additions partners made at once (merged later)…
    s.doc.getArray('partners').push(Array.from({ length: max - SOFT_LIMITS.partners }, () => new Y.Map()));
    await s.whenSaved();
    // …but not past it: a client that skips the mutations' check.
    s.doc.getArray('partners').push([new Y.Map()]);
    expect(await waitForStatus(s, (x) => x.kind === 'error')).toMatchObject({ code: 'list-limit' });
    await s.destroy();
    expect((await stored(d)).getArray('partners').length).toBe(max);

    // In one update from nothing; and a replacement (one removed, one added) at the limit passes.
    const e = await createDraft(srv.url);
    const many = await crafted(e, (doc) => doc.getArray('rules').push(Array.from({ length: LIST_LIMITS.rules + 1 }, () => new Y.Map())));
    expect(await sendRaw(e, many.update)).toEqual(CLOSE.listLimit);
    const full = await crafted(e, (doc) => doc.getArray('rules').push(Array.from({ length: LIST_LIMITS.rules }, () => new Y.Map())));
    expect(await sendRaw(e, full.update)).toBeNull();
    const swap = await crafted(e, (doc) => {
      doc.getArray('rules').delete(0, 1);
      doc.getArray('rules').push([new Y.Map()]);
    });
    expect(await sendRaw(e, swap.update)).toBeNull();
    expect((await stored(e)).getArray('rules').length).toBe(LIST_LIMITS.rules);

    // The newest list, the actions of a health check, has its limit like every other.
    const f = await createDraft(srv.url);
    const actions = await crafted(f, (doc) => doc.getArray('actions').push(Array.from({ length: LIST_LIMITS.actions + 1 }, () => new Y.Map())));
    expect(await sendRaw(f, actions.update)).toEqual(CLOSE.listLimit);
    expect((await stored(f)).getArray('actions').length).toBe(0);
  });
});

describe('the guard on crafted updates', () => {
  const seeded = () => {
    const doc = new Y.Doc();
    stampDraft(doc, { title: 'x' });
    return doc;
  };
  const fork = (doc: Y.Doc, clientID: number) => {
    // No garbage collection: a deleted item keeps its content, so deletes travel in the update's delete set.
    const copy = new Y.Doc({ gc: false });
    copy.clientID = clientID;
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return copy;
  };
  const diff = (doc: Y.Doc, change: () => void) => {
    const sv = Y.encodeStateVector(doc);
    change();
    return Y.encodeStateAsUpdate(doc, sv);
  };

  it('checks pending structs again once their missing origin arrives', () => {
    // A draft without a version yet, so that A's first write deletes nothing the server has.
    const server = new Y.Doc();
    server.getMap('meta').set('planKind', 'other');
    const a = fork(server, 1001);
    const fromA = diff(a, () => a.getMap('meta').set('schemaVersion', 1));
    const b = fork(a, 1002);
    const fromB = diff(b, () => b.getMap('meta').set('schemaVersion', 'twee'));
    // B's write hangs on A's item, which the server does not have yet: Yjs keeps it pending.
    expect(refusalFor(server, fromB)).toBeNull();
    Y.applyUpdate(server, fromB);
    expect(server.store.pendingStructs).not.toBeNull();
    // A's own update is harmless, but it would let B's write in.
    expect(refusalFor(server, fromA)).toEqual(CLOSE.schemaChangeRefused);
    const check = fork(server, 1003);
    Y.applyUpdate(check, fromA);
    expect(check.getMap('meta').get('schemaVersion')).toBe('twee');
  });

  it('refuses deleting the version, and counts deletes and pending items against a list limit', () => {
    const server = seeded();
    const a = fork(server, 2001);
    expect(refusalFor(server, diff(a, () => a.getMap('meta').delete('schemaVersion')))).toEqual(CLOSE.schemaChangeRefused);

    const b = fork(server, 2002);
    const filled = diff(b, () => b.getArray('milestones').push(Array.from({ length: LIST_LIMITS.milestones - 1 }, () => new Y.Map())));
    expect(refusalFor(server, filled)).toBeNull();
    Y.applyUpdate(server, filled);
    // Two more, with one stored item or one of the two deleted in the same update: the list ends at its limit.
    for (const at of [0, LIST_LIMITS.milestones]) {
      const c = fork(server, 2003);
      const update = diff(c, () => {
        c.getArray('milestones').push([new Y.Map(), new Y.Map()]);
        c.getArray('milestones').delete(at, 1);
      });
      expect(refusalFor(server, update)).toBeNull();
    }
    const two = fork(server, 2007);
    expect(refusalFor(server, diff(two, () => two.getArray('milestones').push([new Y.Map(), new Y.Map()])))).toEqual(CLOSE.listLimit);
    // One waits for a missing origin (pending), a second one later would make it two past the limit.
    const d = fork(server, 2004);
    diff(d, () => d.getArray('milestones').push([new Y.Map()]));
    const e = fork(d, 2005);
    const hanging = diff(e, () => e.getArray('milestones').push([new Y.Map()]));
    Y.applyUpdate(server, hanging);
    expect(server.getArray('milestones').length).toBe(LIST_LIMITS.milestones - 1);
    const f = fork(server, 2006);
    expect(refusalFor(server, diff(f, () => f.getArray('milestones').push([new Y.Map()])))).toBeNull();
    expect(refusalFor(server, Y.encodeStateAsUpdate(d, Y.encodeStateVector(server)))).toEqual(CLOSE.listLimit);
  });

  it('lets a merge of another draft through: its own version write loses or equals, whether garbage-collected or not', () => {
    for (const gc of [true, false]) {
      const server = seeded();
      const client = new Y.Doc({ gc });
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      const other = seeded();
      expect(refusalFor(server, diff(client, () => Y.applyUpdate(client, Y.encodeStateAsUpdate(other))))).toBeNull();
    }
  });

  it('lets a draft with a version no client can write under be set back to the current version, and no further', () => {
    const server = seeded();
    server.getMap('meta').set('schemaVersion', 'twee');
    const a = fork(server, 3001);
    expect(refusalFor(server, diff(a, () => a.getMap('meta').set('schemaVersion', 1)))).toBeNull();
    server.getMap('meta').set('schemaVersion', 7);
    const b = fork(server, 3002);
    expect(refusalFor(server, diff(b, () => b.getMap('meta').set('schemaVersion', 1)))).toBeNull();
    const c = fork(server, 3003);
    expect(refusalFor(server, diff(c, () => c.getMap('meta').set('schemaVersion', 8)))).toEqual(CLOSE.schemaChangeRefused);
  });
});

// Share-link authentication against a real server process: wrong/revoked tokens, viewer
// writes, rotation, deletion (nothing left in storage), and who may create drafts.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitFor, waitForStatus } from '../support/server-clients.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

async function storedState(id: string, ownerToken: string): Promise<Y.Doc> {
  const res = await api(srv.url, ownerToken)(`/api/drafts/${id}/export.yjs`);
  expect(res.status).toBe(200);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
  return doc;
}

describe('share-link auth', () => {
  it('creates a draft with three tokens and fragment links, storing only hashes', async () => {
    const d = await createDraft(srv.url);
    expect(Object.keys(d.tokens).sort()).toEqual(['editor', 'owner', 'viewer']);
    for (const t of Object.values(d.tokens)) expect(Buffer.from(t, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(d.links.editor).toBe(`${srv.url}/d/${d.id}#token=${d.tokens.editor}`);
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT hash FROM tokens WHERE draft_id = ?').all(d.id) as { hash: string }[];
    db.close();
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(Object.values(d.tokens)).not.toContain(r.hash);
  });

  it('refuses a wrong token', async () => {
    const d = await createDraft(srv.url);
    const s = await connectClient(srv.wsUrl, d.id, 'x'.repeat(43));
    const st = await waitForStatus(s, (x) => x.kind === 'error');
    expect(st).toMatchObject({ kind: 'error', code: 'unauthorized' });
    await s.destroy();
    expect((await api(srv.url, 'x'.repeat(43))(`/api/drafts/${d.id}`)).status).toBe(401);
  });

  it('rejects a viewer write: the stored doc is unchanged, presence is marked read-only', async () => {
    const d = await createDraft(srv.url);
    const editor = await connectClient(srv.wsUrl, d.id, d.tokens.editor, { name: 'Eva' });
    await waitForStatus(editor, (x) => x.kind === 'saved');
    editor.doc.getMap('probe').set('by', 'editor');
    await editor.whenSaved();

    const viewer = await connectClient(srv.wsUrl, d.id, d.tokens.viewer, { name: 'Victor' });
    await waitFor(() => viewer.doc.getMap('probe').get('by') === 'editor', 10_000, 'viewer sees content');
    expect(viewer.status().readOnly).toBe(true);
    viewer.doc.getMap('probe').set('by', 'viewer');
    viewer.doc.getMap('probe').set('viewerOnly', true);
    await waitForStatus(viewer, (x) => x.kind === 'unsaved');
    await sleep(500);
    expect(viewer.status().kind).toBe('unsaved');
    expect(editor.doc.getMap('probe').get('viewerOnly')).toBeUndefined();
    const stored = await storedState(d.id, d.tokens.owner);
    expect(stored.getMap('probe').toJSON()).toEqual({ by: 'editor' });

    await waitFor(() => editor.peers().some((p) => p.name === 'Victor'), 10_000, 'viewer presence');
    expect(editor.peers().find((p) => p.name === 'Victor')?.readOnly).toBe(true);
    expect(viewer.peers().find((p) => p.name === 'Eva')?.readOnly).toBe(false);
    await viewer.destroy();
    await editor.destroy();
  });

  it('revokes and rotates links: live sessions are cut off, old tokens refused, new ones work', async () => {
    const d = await createDraft(srv.url);
    const owner = api(srv.url, d.tokens.owner);
    const editor = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(editor, (x) => x.kind === 'saved');

    expect((await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}/links/viewer`, { method: 'DELETE' })).status).toBe(403);
    const revoked = await owner(`/api/drafts/${d.id}/links/editor`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    await waitForStatus(editor, (x) => x.kind === 'error' && x.code === 'unauthorized');
    await editor.destroy();
    const again = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(again, (x) => x.kind === 'error');
    await again.destroy();
    expect((await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}/export.md`)).status).toBe(401);

    const rotated = (await (await owner(`/api/drafts/${d.id}/links/viewer`, { method: 'POST' })).json()) as { token: string; link: string };
    expect(rotated.link).toContain(`#token=${rotated.token}`);
    expect((await api(srv.url, d.tokens.viewer)(`/api/drafts/${d.id}`)).status).toBe(401);
    expect(await (await api(srv.url, rotated.token)(`/api/drafts/${d.id}`)).json()).toEqual({ id: d.id, role: 'viewer', member: null });
    expect((await owner(`/api/drafts/${d.id}/links/owner`, { method: 'DELETE' })).status).toBe(400);
  });

  it('gives the owner everything held about a draft, then deletes it without a trace', async () => {
    const d = await createDraft(srv.url);
    const editor = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(editor, (x) => x.kind === 'saved');
    editor.doc.getText('notes').insert(0, 'Vertrouwelijke tekst van de partner');
    await editor.whenSaved();

    const owner = api(srv.url, d.tokens.owner);
    expect((await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}/export.json`)).status).toBe(403);
    const dump = (await (await owner(`/api/drafts/${d.id}/export.json`)).json()) as Record<string, any>;
    expect(dump.id).toBe(d.id);
    expect(dump.links).toHaveLength(3);
    const fromDump = new Y.Doc();
    Y.applyUpdate(fromDump, Buffer.from(dump.yjsStateBase64, 'base64'));
    expect(fromDump.getText('notes').toString()).toBe('Vertrouwelijke tekst van de partner');

    expect((await api(srv.url, d.tokens.editor)(`/api/drafts/${d.id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await owner(`/api/drafts/${d.id}`, { method: 'DELETE' })).status).toBe(200);
    await waitForStatus(editor, (x) => x.kind === 'error');
    expect(['draft-deleted', 'unauthorized']).toContain((editor.status() as { code: string }).code);
    await editor.destroy();

    // Whoever comes later (a partner offline at the deletion) hears "deleted", so their copy
    // goes too; a draft that never existed stays "unauthorized".
    for (const t of Object.values(d.tokens)) expect((await api(srv.url, t)(`/api/drafts/${d.id}`)).status).toBe(410);
    const late = await connectClient(srv.wsUrl, d.id, d.tokens.owner);
    await waitForStatus(late, (x) => x.kind === 'error' && x.code === 'draft-deleted');
    await late.destroy();
    const never = 'nooitbestaandconcept';
    expect((await api(srv.url, d.tokens.owner)(`/api/drafts/${never}`)).status).toBe(401);
    const stranger = await connectClient(srv.wsUrl, never, d.tokens.owner);
    await waitForStatus(stranger, (x) => x.kind === 'error' && x.code === 'unauthorized');
    await stranger.destroy();

    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    for (const table of ['drafts', 'updates', 'tokens']) {
      const col = table === 'drafts' ? 'id' : 'draft_id';
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${col} = ?`).get(d.id)).toEqual({ n: 0 });
    }
    // The tombstone holds the hash of the id, never the id or anything of the content.
    const tombstones = db.prepare('SELECT id_hash FROM deleted_drafts').all() as { id_hash: string }[];
    expect(tombstones.length).toBeGreaterThan(0);
    expect(JSON.stringify(tombstones)).not.toContain(d.id);
    db.close();
  });
});

describe('who may create drafts', () => {
  it('requires SAMENSPEL_ADMIN_TOKEN when set', async () => {
    const guarded = await startServerProcess({ env: { SAMENSPEL_ADMIN_TOKEN: 'beheer-geheim-1234567890' } });
    try {
      const none = await fetch(`${guarded.url}/api/drafts`, { method: 'POST', body: '{}' });
      expect(none.status).toBe(401);
      const ok = await createDraft(guarded.url, {}, { authorization: 'Bearer beheer-geheim-1234567890' });
      expect(ok.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const bad = await fetch(`${guarded.url}/api/drafts`, {
        method: 'POST',
        body: '{"title": 5}',
        headers: { authorization: 'Bearer beheer-geheim-1234567890', 'content-type': 'application/json' },
      });
      expect(bad.status).toBe(400);
    } finally {
      await guarded.dispose();
    }
  });
});

// Comments and what viewers may do, on the real server. Decided (core/consent/contract.ts):
// viewers read and comment (and reply), but do not edit, resolve, save versions or consent.
// The author of a comment is stamped by the server; the open points export as a list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSection } from '../../core/agreement/index.js';
import type { CommentThread } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitForStatus } from '../support/server-clients.js';
import { consentDraft, invite, serverValue } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

describe('comments and viewers', () => {
  it('lets a viewer comment and reply, but not resolve, edit, save a version or consent', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const viewer = await invite(c, { name: 'Eva Adviseur', partnerId: c.partnerIds[1]!, role: 'viewer', representative: false });

    const added = await c.post(viewer.token, '/comments', { target: { part: 'ambition', field: 'statement' }, body: 'Kan "plezier" concreter?', mentions: [c.partnerIds[0]], authorName: 'Iemand anders' });
    expect(added.status).toBe(201);
    const thread = (await added.json()) as CommentThread;
    expect(thread).toMatchObject({ authorId: viewer.member.id, authorName: 'Eva Adviseur', target: { part: 'ambition', field: 'statement' }, mentions: [c.partnerIds[0]], resolvedAt: null });

    const replied = await c.post(c.reps[0]!.token, `/comments/${thread.id}/replies`, { body: 'Ja: 80% van de kinderen leest wekelijks.' });
    expect(replied.status).toBe(200);
    expect(((await replied.json()) as CommentThread).replies[0]).toMatchObject({ authorName: c.reps[0]!.member.name });
    expect((await c.post(viewer.token, `/comments/${thread.id}/replies`, { body: 'Dank je.' })).status).toBe(200);

    // Refused to the viewer, allowed to an editor.
    const resolveByViewer = await c.post(viewer.token, `/comments/${thread.id}/resolve`, { resolved: true });
    expect(resolveByViewer.status).toBe(403);
    expect((await c.post(viewer.token, '/versions', { name: 'Stiekem' })).status).toBe(403);
    const proposeFirst = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Voorstel' })).json()) as { id: string };
    expect((await c.post(c.draft.tokens.owner, '/round', { versionId: proposeFirst.id })).status).toBe(201);
    expect((await c.post(viewer.token, '/round/consent', { kind: 'consent' })).status).toBe(403);
    expect((await c.post(viewer.token, '/round', { versionId: proposeFirst.id })).status).toBe(403);

    const resolved = await c.post(c.reps[1]!.token, `/comments/${thread.id}/resolve`, { resolved: true });
    expect(resolved.status).toBe(200);
    expect(((await resolved.json()) as CommentThread).resolvedBy).toBe(c.reps[1]!.member.name);
    const reopened = (await (await c.post(c.reps[1]!.token, `/comments/${thread.id}/resolve`, { resolved: false })).json()) as CommentThread;
    expect(reopened.resolvedAt).toBeNull();

    // The viewer's socket is read-only: its edit is not stored.
    const session = await connectClient(srv.wsUrl, c.draft.id, viewer.token);
    await waitForStatus(session, (s) => s.kind === 'saved');
    const threads = await serverValue<CommentThread[]>(session.doc, 'comments', (t) => t.length === 1 && t[0]!.replies.length === 2);
    expect(threads[0]!.id).toBe(thread.id);
    updateSection(session.doc, 'ambition', { statement: 'Door de adviseur herschreven.' });
    await sleep(500);
    const check = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    await waitForStatus(check, (s) => s.kind === 'saved');
    expect(check.doc.getText('ambition.statement').toString()).toBe('');
    for (const s of [session, check]) await s.destroy();
  });

  it('exports the open points as a list and refuses bad input with a clear error', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const open = (await (await c.post(c.reps[0]!.token, '/comments', { target: { part: 'roles' }, body: 'Wie is eindverantwoordelijk?' })).json()) as CommentThread;
    const done = (await (await c.post(c.reps[0]!.token, '/comments', { target: { part: 'budget' }, body: 'Bedragen controleren.' })).json()) as CommentThread;
    await c.post(c.reps[0]!.token, `/comments/${done.id}/resolve`, { resolved: true });
    const md = await (await c.call(c.reps[2]!.token)(`/api/drafts/${c.draft.id}/comments/open.md`)).text();
    expect(md).toContain(open.body);
    expect(md).not.toContain(done.body);

    const empty = await c.post(c.reps[0]!.token, '/comments', { target: { part: 'roles' }, body: '   ' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toBe('invalid-input');
    const notJson = await c.call(c.reps[0]!.token)(`/api/drafts/${c.draft.id}/comments`, { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    expect((await c.post(c.reps[0]!.token, '/comments/onbekend/replies', { body: 'Hallo' })).status).toBe(404);
  });
});

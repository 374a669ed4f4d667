// The consent round on the real server over loopback: only a partner's representative
// consents, for that partner only; objection and remark need text; all partners → agreed
// (vastgesteld, mirrored into the doc); a change after the proposal marks the round and
// resets an open one; every step is in the audit log (JSON and CSV).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateItem } from '../../core/agreement/index.js';
import type { AuditEntry, ConsentRound, VersionSummary } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient } from '../support/server-clients.js';
import { consentDraft, invite, PARTNERS, serverValue, type ConsentDraft } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

async function saveAndPropose(c: ConsentDraft, name: string): Promise<{ version: VersionSummary; round: ConsentRound }> {
  const saved = await c.post(c.reps[0]!.token, '/versions', { name });
  expect(saved.status).toBe(201);
  const version = (await saved.json()) as VersionSummary;
  const proposed = await c.post(c.draft.tokens.owner, '/round', { versionId: version.id });
  expect(proposed.status, await proposed.clone().text()).toBe(201);
  return { version, round: (await proposed.json()) as ConsentRound };
}

describe('consent round', () => {
  it('records consent only for the partner a representative member represents', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const { round } = await saveAndPropose(c, 'Eerste voorstel');
    expect(round.partnerIds.sort()).toEqual([...c.partnerIds].sort());
    expect(round.status).toBe('open');

    // Not with an anonymous link, not as a non-representative, not as a viewer.
    const anonymous = await c.post(c.draft.tokens.owner, '/round/consent', { kind: 'consent' });
    expect(anonymous.status).toBe(403);
    expect((await anonymous.json()).error).toBe('not-a-member');
    const colleague = await invite(c, { name: 'Dirk Collega', partnerId: c.partnerIds[1]!, role: 'editor', representative: false });
    const notRep = await c.post(colleague.token, '/round/consent', { kind: 'consent' });
    expect(notRep.status).toBe(403);
    expect((await notRep.json()).error).toBe('not-representative');
    const viewer = await invite(c, { name: 'Eva Adviseur', partnerId: c.partnerIds[1]!, role: 'viewer', representative: false });
    expect((await c.post(viewer.token, '/round/consent', { kind: 'consent' })).status).toBe(403);

    // A representative cannot pick another partner or member: the body cannot say so.
    const res = await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent', partnerId: c.partnerIds[2], memberId: c.reps[2]!.member.id });
    expect(res.status).toBe(200);
    const after = (await res.json()) as ConsentRound;
    expect(after.consents).toHaveLength(1);
    expect(after.consents[0]).toMatchObject({ partnerId: c.partnerIds[0], memberId: c.reps[0]!.member.id, memberName: PARTNERS[0].person, kind: 'consent' });
    expect(after.status).toBe('open');
  });

  it('needs reasons for an objection, and all partners for vastgesteld', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const watcher = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    await saveAndPropose(c, 'Voorstel');
    expect((await c.post(c.reps[1]!.token, '/round/consent', { kind: 'objection', text: '  ' })).status).toBe(400);
    expect((await c.post(c.reps[1]!.token, '/round/consent', { kind: 'consent-with-remark' })).status).toBe(400);
    const objected = (await (await c.post(c.reps[1]!.token, '/round/consent', { kind: 'objection', text: 'De begroting klopt niet.' })).json()) as ConsentRound;
    expect(objected.status).toBe('objected');
    expect((await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' })).status).toBe(409);

    // Amend, save, propose again: the new round starts from zero and can be agreed.
    const { round, version } = await saveAndPropose(c, 'Tweede voorstel');
    expect(round.consents).toEqual([]);
    await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' });
    await c.post(c.reps[1]!.token, '/round/consent', { kind: 'consent-with-remark', text: 'Begroting volgend jaar herzien.' });
    const last = (await (await c.post(c.reps[2]!.token, '/round/consent', { kind: 'consent' })).json()) as ConsentRound;
    expect(last.status).toBe('agreed');
    expect(last.agreedAt).not.toBeNull();
    // Mirrored into the doc every client has.
    const mirrored = await serverValue<ConsentRound>(watcher.doc, 'round', (r) => r.status === 'agreed');
    expect(mirrored.versionId).toBe(version.id);
    const versions = await serverValue<VersionSummary[]>(watcher.doc, 'versions', (vs) => vs.some((v) => v.agreedAt));
    expect(versions.find((v) => v.id === version.id)?.agreedAt).toBe(last.agreedAt);

    const log = (await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit`)).json()) as AuditEntry[];
    const actions = log.map((e) => e.action);
    for (const a of ['invited', 'version-saved', 'proposed', 'objected', 'consented', 'agreed']) expect(actions).toContain(a);
    expect(log.filter((e) => e.action === 'consented').map((e) => e.memberName).sort()).toEqual(PARTNERS.map((p) => p.person).sort());
    const csv = await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit.csv`)).text();
    expect(csv).toContain('objected');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(log.length + 1);
    expect((await c.call(c.reps[0]!.token)(`/api/drafts/${c.draft.id}/audit`)).status).toBe(403);
    await watcher.destroy();
  });

  it('resets an open round when the draft changes after the proposal, and marks an agreed one', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    await saveAndPropose(c, 'Voorstel');
    await c.post(c.reps[0]!.token, '/round/consent', { kind: 'consent' });
    const editor = await connectClient(srv.wsUrl, c.draft.id, c.reps[2]!.token);
    await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.consents.length === 1);
    updateItem(editor.doc, 'partners', c.partnerIds[2]!, { name: 'Basisschool De Linde (Tiel)' });
    await editor.whenSaved();
    const reset = await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.changedSince);
    expect(reset.consents).toEqual([]);
    expect(reset.status).toBe('open');
    const refused = await c.post(c.reps[1]!.token, '/round/consent', { kind: 'consent' });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toBe('round-changed');
    const log = (await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit`)).json()) as AuditEntry[];
    expect(log.map((e) => e.action)).toContain('reset');

    // Agreed, then edited: stays agreed, marked changedSince.
    await saveAndPropose(c, 'Na wijziging');
    for (const rep of c.reps) expect((await c.post(rep.token, '/round/consent', { kind: 'consent' })).status).toBe(200);
    await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.status === 'agreed' && !r.changedSince);
    updateItem(editor.doc, 'partners', c.partnerIds[0]!, { name: 'Bibliotheek Rivierenland (Culemborg)' });
    await editor.whenSaved();
    const marked = await serverValue<ConsentRound>(editor.doc, 'round', (r) => r.changedSince);
    expect(marked.status).toBe('agreed');
    expect(marked.consents).toHaveLength(3);
    await editor.destroy();
  });
});

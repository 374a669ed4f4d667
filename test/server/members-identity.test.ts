// Personal invitations on the real server: only the token's hash is stored; a member's
// presence carries the name and partner of the server's record whatever the client claims;
// each stored update records its member; clients cannot write the server's map; revoking a
// member cuts off that member's open sockets at once (and nobody else's).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSection } from '../../core/agreement/index.js';
import { PRESENCE_MEMBER_KEY, SERVER_MAP, type MemberSummary, type WhoAmI } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { consentDraft, PARTNERS, serverValue } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const sqlite = () => new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });

describe('members', () => {
  it('stores only the hash of a personal token, and the token says who its bearer is', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const db = sqlite();
    const rows = db.prepare('SELECT token_hash FROM members WHERE draft_id = ?').all(c.draft.id) as { token_hash: string }[];
    db.close();
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(c.reps.map((i) => i.token)).not.toContain(r.token_hash);
    expect(c.reps[0]!.link).toBe(`${srv.url}/d/${c.draft.id}#token=${c.reps[0]!.token}`);
    const who = (await (await c.call(c.reps[1]!.token)(`/api/drafts/${c.draft.id}`)).json()) as WhoAmI;
    expect(who.role).toBe('editor');
    expect(who.member).toMatchObject({ name: PARTNERS[1].person, partnerId: c.partnerIds[1], representative: true });
    // The list is the owner's; a representative's link may not read it.
    expect((await c.call(c.reps[1]!.token)(`/api/drafts/${c.draft.id}/members`)).status).toBe(403);
    const list = (await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/members`)).json()) as MemberSummary[];
    expect(list.map((m) => m.name)).toEqual(PARTNERS.map((p) => p.person));
    // An invitation for a partner that is not in the draft, or a viewer as representative, is refused.
    const bad = await c.post(c.draft.tokens.owner, '/members', { name: 'X', partnerId: 'nietbestaand', role: 'editor', representative: false });
    expect(bad.status).toBe(400);
    const viewerRep = await c.post(c.draft.tokens.owner, '/members', { name: 'X', partnerId: c.partnerIds[0], role: 'viewer', representative: true });
    expect(viewerRep.status).toBe(400);
  });

  it('rewrites spoofed presence with the server record and records who wrote each update', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const observer = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token, { name: 'Waarnemer' });
    // Bram (Gemeente Tiel) claims to be Anna of the library.
    const spoofer = await connectClient(srv.wsUrl, c.draft.id, c.reps[1]!.token, { name: PARTNERS[0].person });
    spoofer.setPresence({ name: PARTNERS[0].person, organisation: PARTNERS[0].name });
    const anonymous = await connectClient(srv.wsUrl, c.draft.id, c.draft.tokens.editor, { name: 'Iemand' });
    anonymous.provider.awareness?.setLocalStateField(PRESENCE_MEMBER_KEY, c.reps[0]!.member.id);
    const stateOf = (clientId: number) => observer.provider.awareness?.getStates().get(clientId) as Record<string, unknown> | undefined;
    await waitFor(() => {
      const s = stateOf(spoofer.doc.clientID);
      const a = stateOf(anonymous.doc.clientID);
      return !!s && (s.user as { organisation?: string } | undefined)?.organisation === PARTNERS[1].name && !!a && a.user !== undefined;
    }, 10_000, 'stamped presence');
    const spoofed = stateOf(spoofer.doc.clientID)!;
    expect(spoofed.user).toMatchObject({ name: PARTNERS[1].person, organisation: PARTNERS[1].name });
    expect(spoofed[PRESENCE_MEMBER_KEY]).toBe(c.reps[1]!.member.id);
    expect(observer.peers().find((p) => p.clientId === spoofer.doc.clientID)?.name).toBe(PARTNERS[1].person);
    // An anonymous link cannot claim a member's id.
    await waitFor(() => stateOf(anonymous.doc.clientID)?.[PRESENCE_MEMBER_KEY] === null, 10_000, 'anonymous presence');

    updateSection(spoofer.doc, 'ambition', { statement: 'Alle kinderen lezen met plezier.' });
    await spoofer.whenSaved();
    const db = sqlite();
    const authors = db.prepare('SELECT member_id FROM updates WHERE draft_id = ? ORDER BY seq').all(c.draft.id) as { member_id: string | null }[];
    db.close();
    expect(authors.map((a) => a.member_id)).toContain(c.reps[1]!.member.id);
    for (const s of [observer, spoofer, anonymous]) await s.destroy();
  });

  it('refuses a client update that writes the server map', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const forger = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    await waitForStatus(forger, (s) => s.kind === 'saved');
    forger.doc.getMap(SERVER_MAP).set('round', { status: 'agreed' });
    const st = await waitForStatus(forger, (s) => s.kind === 'error');
    expect(st).toMatchObject({ kind: 'error', code: 'server-map-refused' });
    await forger.destroy();
    // The server's own value is untouched: a fresh client sees the real members, no forged round.
    const reader = await connectClient(srv.wsUrl, c.draft.id, c.reps[1]!.token);
    const members = await serverValue<MemberSummary[]>(reader.doc, 'members', (m) => m.length === 3);
    expect(members.map((m) => m.name)).toEqual(PARTNERS.map((p) => p.person));
    expect(reader.doc.getMap(SERVER_MAP).get('round')).toBeUndefined();
    await reader.destroy();
  });

  it("revoking a member cuts off that member's open sockets at once, and only theirs", async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const revoked = await connectClient(srv.wsUrl, c.draft.id, c.reps[2]!.token);
    const other = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    await Promise.all([revoked, other].map((s) => waitForStatus(s, (x) => x.kind === 'saved')));
    const res = await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/members/${c.reps[2]!.member.id}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    // At once: well before the 10 s re-check of the default configuration.
    await waitForStatus(revoked, (x) => x.kind === 'error' && x.code === 'unauthorized', 2_000);
    expect(other.status().kind).toBe('saved');
    expect((await c.call(c.reps[2]!.token)(`/api/drafts/${c.draft.id}`)).status).toBe(401);
    const again = await connectClient(srv.wsUrl, c.draft.id, c.reps[2]!.token);
    await waitForStatus(again, (x) => x.kind === 'error' && x.code === 'unauthorized');
    const members = await serverValue<MemberSummary[]>(other.doc, 'members', (m) => m.some((x) => x.revokedAt));
    expect(members.find((m) => m.id === c.reps[2]!.member.id)?.revokedAt).not.toBeNull();
    for (const s of [revoked, other, again]) await s.destroy();
  });
});

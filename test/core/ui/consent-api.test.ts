// The client API of the consent screens against the real server on loopback: invite a
// representative per partner, comment, reply and resolve, save and read a version, propose
// it, record consent and an objection, and see each result mirrored into the doc's `server`
// map (which is what the screens render), read back through readServerRecords.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readAgreement } from '../../../core/agreement/index.js';
import type { SyncSession } from '../../../core/sync/index.js';
import * as consent from '../../../core/ui/consent/consent-api.js';
import { readServerRecords } from '../../../core/ui/consent/server-records.js';
import { ServerError } from '../../../core/ui/server-api.js';
import { connectClient, waitFor, waitForStatus } from '../../support/server-clients.js';
import { createDraft, startServerProcess, type ServerProcess } from '../../support/server.js';

let server: ServerProcess;
let owner: SyncSession;
let draftId: string;
let ownerToken: string;
const partners: Record<'lib' | 'gem', string> = { lib: '', gem: '' };

beforeAll(async () => {
  server = await startServerProcess();
  const created = await createDraft(server.url, { title: 'Leesplan Oost', lang: 'nl' });
  draftId = created.id;
  ownerToken = created.tokens.owner;
  owner = await connectClient(server.wsUrl, draftId, ownerToken, { name: 'Eigenaar' });
  await waitForStatus(owner, (s) => s.kind === 'saved');
  partners.lib = addItem(owner.doc, 'partners', { name: 'Bibliotheek Oost' });
  partners.gem = addItem(owner.doc, 'partners', { name: 'Gemeente Oost' });
  await waitForStatus(owner, (s) => s.kind === 'saved');
}, 60_000);

afterAll(async () => {
  await owner?.destroy();
  await server?.dispose();
});

const as = (token: string): consent.ApiTarget => ({ serverUrl: server.url, draftId, token });
const records = () => readServerRecords(owner.doc);

describe('the consent API', () => {
  it('invites representatives, and the member list reaches the doc', async () => {
    const lies = await consent.inviteMember(as(ownerToken), { name: 'Lies', partnerId: partners.lib, role: 'editor', representative: true });
    expect(lies.token).toBeTruthy();
    expect(lies.link).toContain(draftId);
    expect(lies.member).toMatchObject({ name: 'Lies', partnerId: partners.lib, representative: true, revokedAt: null });
    await waitFor(() => records().members.some((m) => m.id === lies.member.id), 10_000, 'member mirrored');
    const who = await consent.whoAmI(as(lies.token));
    expect(who.member?.id).toBe(lies.member.id);
    // A partner that is not in the draft is refused, with its code.
    await expect(consent.inviteMember(as(ownerToken), { name: 'X', partnerId: 'nope', role: 'editor', representative: true })).rejects.toMatchObject({ code: 'unknown-partner', status: 400 });
  });

  it('runs a round: comment and resolve, a version, propose, one objection, then consent after amending', async () => {
    const lies = await consent.inviteMember(as(ownerToken), { name: 'Lies B', partnerId: partners.lib, role: 'editor', representative: true });
    const gea = await consent.inviteMember(as(ownerToken), { name: 'Gea', partnerId: partners.gem, role: 'editor', representative: true });

    const thread = await consent.addComment(as(gea.token), { target: { part: 'ambition' }, body: 'Te vaag', mentions: [partners.lib] });
    expect(thread).toMatchObject({ authorName: 'Gea', mentions: [partners.lib], resolvedAt: null });
    await consent.replyTo(as(lies.token), thread.id, 'Ik maak het concreter');
    const resolved = await consent.resolveThread(as(lies.token), thread.id, true);
    expect(resolved.resolvedAt).not.toBeNull();
    await waitFor(() => records().comments.some((c) => c.id === thread.id && c.resolvedAt && c.replies.length === 1), 10_000, 'comment mirrored');

    const v1 = await consent.saveVersion(as(lies.token), 'Eerste versie');
    expect(v1).toMatchObject({ n: 1, name: 'Eerste versie', authorName: 'Lies B' });
    const state = await consent.versionState(as(gea.token), v1.id);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    expect(readAgreement(copy).agreement.partners.map((p) => p.name)).toEqual(['Bibliotheek Oost', 'Gemeente Oost']);

    // Only the owner proposes; a representative cannot.
    await expect(consent.proposeVersion(as(gea.token), v1.id)).rejects.toBeInstanceOf(ServerError);
    const round = await consent.proposeVersion(as(ownerToken), v1.id);
    expect(round).toMatchObject({ versionN: 1, status: 'open' });
    await consent.recordConsent(as(lies.token), 'consent', '');
    const objected = await consent.recordConsent(as(gea.token), 'objection', 'De begroting ontbreekt');
    expect(objected.status).toBe('objected');
    await waitFor(() => records().round?.status === 'objected', 10_000, 'round mirrored');

    addItem(owner.doc, 'budgetLines', { description: 'Boeken', amount: 100000 });
    await waitForStatus(owner, (s) => s.kind === 'saved');
    const v2 = await consent.saveVersion(as(ownerToken), 'Met begroting');
    await consent.proposeVersion(as(ownerToken), v2.id);
    await consent.recordConsent(as(lies.token), 'consent', '');
    const agreed = await consent.recordConsent(as(gea.token), 'consent-with-remark', 'Graag jaarlijks evalueren');
    expect(agreed).toMatchObject({ status: 'agreed', versionN: 2 });
    expect(agreed.agreedAt).not.toBeNull();
    await waitFor(() => records().versions.find((v) => v.id === v2.id)?.agreedAt != null, 10_000, 'agreed version mirrored');

    const audit = await consent.listAudit(as(ownerToken));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['invited', 'version-saved', 'proposed', 'consented', 'objected', 'agreed']));
    const csv = new TextDecoder().decode((await consent.auditCsv(as(ownerToken))).bytes);
    expect(csv.split('\n').length).toBeGreaterThan(audit.length);
    await expect(consent.listAudit(as(gea.token))).rejects.toMatchObject({ status: 403 });

    const docx = await consent.versionExport(as(gea.token), v2.id, 'docx');
    expect(docx.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  }, 60_000);

  it('revokes one member without touching the others', async () => {
    const sam = await consent.inviteMember(as(ownerToken), { name: 'Sam', partnerId: null, role: 'viewer', representative: false });
    await consent.revokeMember(as(ownerToken), sam.member.id);
    await expect(consent.whoAmI(as(sam.token))).rejects.toMatchObject({ status: 401 });
    await waitFor(() => records().members.find((m) => m.id === sam.member.id)?.revokedAt != null, 10_000, 'revocation mirrored');
  });
});

// Verified presence on the real server: the peer list of a client (core/sync) carries the
// server-stamped member id for a person with a personal invitation, with the name of the
// server's record even when the client typed another; a person with a link per role has no
// member id, and cannot claim one by setting it in their own awareness state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESENCE_MEMBER_KEY } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor } from '../support/server-clients.js';
import { consentDraft, PARTNERS } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

describe('verified presence', () => {
  it('marks invited members by their server-stamped id and leaves links per role unverified', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const observer = await connectClient(srv.wsUrl, c.draft.id, c.draft.tokens.owner, { name: 'Waarnemer' });
    const member = await connectClient(srv.wsUrl, c.draft.id, c.reps[1]!.token, { name: 'Iemand anders' });
    const anonymous = await connectClient(srv.wsUrl, c.draft.id, c.draft.tokens.editor, { name: 'Gast' });
    // A link per role claims to be Bram.
    anonymous.provider.awareness?.setLocalStateField(PRESENCE_MEMBER_KEY, c.reps[1]!.member.id);
    const find = (clientId: number) => observer.peers().find((p) => p.clientId === clientId);
    await waitFor(() => find(member.doc.clientID)?.name === PARTNERS[1].person && find(anonymous.doc.clientID) !== undefined, 15_000, 'both peers');
    // Let the spoofed field reach the observer if the server were to pass it on.
    anonymous.provider.awareness?.setLocalStateField('where', { part: 'ambition', field: null });
    await waitFor(() => find(anonymous.doc.clientID)?.part === 'ambition', 15_000, 'the anonymous peer moving');
    expect(find(member.doc.clientID)).toMatchObject({ memberId: c.reps[1]!.member.id, name: PARTNERS[1].person, organisation: PARTNERS[1].name });
    expect(find(anonymous.doc.clientID)?.memberId).toBeUndefined();
    expect(find(anonymous.doc.clientID)?.name).toBe('Gast');
    await Promise.all([observer.destroy(), member.destroy(), anonymous.destroy()]);
  }, 60_000);
});

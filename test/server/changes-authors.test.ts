// Who changed which part between two versions, on the real server over loopback: two members
// edit different parts between version 1 and version 2, a third edits after version 2; the
// answer names each per part from the member stored with each update (not the version's
// author). With compaction merging the log, the merged members are reported as `earlier`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, updateSection } from '../../core/agreement/index.js';
import type { ChangeAuthors, VersionSummary } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';
import { consentDraft, PARTNERS, type ConsentDraft } from './consent-support.js';

let srv: ServerProcess;
let compacting: ServerProcess;
beforeAll(async () => {
  [srv, compacting] = await Promise.all([
    startServerProcess(),
    startServerProcess({ env: { SAMENSPEL_COMPACT_INTERVAL_MS: '200', SAMENSPEL_COMPACT_MIN_UPDATES: '1' } }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([srv?.dispose(), compacting?.dispose()]);
});

async function edit(base: ServerProcess, c: ConsentDraft, rep: number, change: Parameters<typeof runEdit>[1]): Promise<void> {
  const client = await connectClient(base.wsUrl, c.draft.id, c.reps[rep]!.token, { name: PARTNERS[rep]!.person });
  await waitForStatus(client, (s) => s.kind === 'saved');
  runEdit(client.doc, change);
  await client.whenSaved();
  await client.destroy();
}
function runEdit(doc: Parameters<typeof updateSection>[0], change: 'ambition' | 'rule' | 'period'): void {
  if (change === 'ambition') updateSection(doc, 'ambition', { statement: 'Samen lezen we meer.' });
  else if (change === 'rule') addItem(doc, 'rules', { text: 'We besluiten in het overleg.' });
  else updateSection(doc, 'period', { exit: 'Opzeggen met drie maanden.' });
}

async function version(c: ConsentDraft, name: string): Promise<VersionSummary> {
  const res = await c.post(c.draft.tokens.owner, '/versions', { name });
  expect(res.status).toBe(201);
  return (await res.json()) as VersionSummary;
}
async function authors(c: ConsentDraft, token: string, from: string, to: string): Promise<ChangeAuthors> {
  const res = await c.call(token)(`/api/drafts/${c.draft.id}/changes/authors?from=${from}&to=${to}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ChangeAuthors;
}
const names = (a: ChangeAuthors, part: string) => (a.parts[part]?.members ?? []).map((m) => m.name).sort();

describe('who changed it, per update', () => {
  it('names per part the members whose updates changed it between two versions', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const v1 = await version(c, 'Eerste opzet');
    await edit(srv, c, 0, 'ambition');
    await edit(srv, c, 1, 'rule');
    const v2 = await version(c, 'Tweede opzet');
    await edit(srv, c, 2, 'period');

    const between = await authors(c, c.reps[2]!.token, v1.id, v2.id);
    expect(names(between, 'ambition')).toEqual([PARTNERS[0].person]);
    expect(names(between, 'rules')).toEqual([PARTNERS[1].person]);
    expect(between.parts.rules!.members[0]).toMatchObject({ memberId: c.reps[1]!.member.id, partnerId: c.partnerIds[1] });
    // Chris changed the period after version 2; the owner saved the versions but changed no part.
    expect(between.parts.period).toBeUndefined();
    expect(Object.keys(between.parts).sort()).toEqual(['ambition', 'rules']);
    // The same pair the other way round says the same.
    expect((await authors(c, c.draft.tokens.viewer, v2.id, v1.id)).parts).toEqual(between.parts);

    const sinceV2 = await authors(c, c.draft.tokens.viewer, v2.id, 'now');
    expect(Object.keys(sinceV2.parts)).toEqual(['period']);
    expect(names(sinceV2, 'period')).toEqual([PARTNERS[2].person]);
    const sinceV1 = await authors(c, c.draft.tokens.owner, v1.id, 'now');
    expect(Object.keys(sinceV1.parts).sort()).toEqual(['ambition', 'period', 'rules']);

    // An anonymous role link's edit is reported as such, without a name.
    const anon = await connectClient(srv.wsUrl, c.draft.id, c.draft.tokens.editor, { name: 'Iemand' });
    await waitForStatus(anon, (s) => s.kind === 'saved');
    updateSection(anon.doc, 'relationship', { conflicts: 'We praten het uit.' });
    await anon.whenSaved();
    await anon.destroy();
    const withAnon = await authors(c, c.draft.tokens.owner, v2.id, 'now');
    expect(withAnon.parts.relationship).toEqual({ members: [], earlier: [], anonymous: true });

    // Bad input: a clear error, no crash.
    const bad = await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/changes/authors?from=${encodeURIComponent('../x')}`);
    expect(bad.status).toBe(400);
    const unknown = await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/changes/authors?from=onbekend&to=now`);
    expect(unknown.status).toBe(404);
  }, 120_000);

  it('reports members of compacted updates as earlier, merged changes', async () => {
    const c = await consentDraft(compacting.url, compacting.wsUrl);
    const v1 = await version(c, 'Eerste opzet');
    await edit(compacting, c, 0, 'ambition');
    await edit(compacting, c, 1, 'rule');
    // Wait until compaction merged the log (nothing left to attribute one by one).
    let last: ChangeAuthors | null = null;
    await waitFor(async () => {
      last = await authors(c, c.draft.tokens.owner, v1.id, 'now');
      return Object.values(last.parts).every((p) => p.members.length === 0) && Object.keys(last.parts).length > 0;
    }, 30_000, 'compaction of the update log');
    const a = last as unknown as ChangeAuthors;
    expect(a.parts.ambition!.earlier.map((m) => m.name)).toContain(PARTNERS[0].person);
    expect(a.parts.rules!.earlier.map((m) => m.name)).toContain(PARTNERS[1].person);
  }, 120_000);
});

// Test support for the members/versions/consent tests: a draft with three partners (library,
// municipality, school) written by a real sync client, and personal invitations through the
// real HTTP API, one representative per partner.
import { expect } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '../../core/agreement/index.js';
import type { Invitation, InviteInput, MemberSummary } from '../../core/consent/contract.js';
import { SERVER_MAP } from '../../core/consent/contract.js';
import { api, createDraft, type CreatedDraft } from '../support/server.js';
import { connectClient, waitFor, waitForStatus } from '../support/server-clients.js';

export const PARTNERS = [
  { name: 'Bibliotheek Rivierenland', person: 'Anna de Vries' },
  { name: 'Gemeente Tiel', person: 'Bram Jansen' },
  { name: 'Basisschool De Linde', person: 'Chris Bakker' },
] as const;

export interface ConsentDraft {
  draft: CreatedDraft;
  partnerIds: string[];
  /** One representative (editor) per partner, in PARTNERS order. */
  reps: Invitation[];
  call(token: string): ReturnType<typeof api>;
  post(token: string, path: string, body: unknown): Promise<Response>;
}

export async function consentDraft(baseUrl: string, wsUrl: string): Promise<ConsentDraft> {
  const draft = await createDraft(baseUrl, { title: 'Leesplan Rivierenland' });
  const owner = await connectClient(wsUrl, draft.id, draft.tokens.owner, { name: 'Eigenaar' });
  await waitForStatus(owner, (s) => s.kind === 'saved');
  const partnerIds = PARTNERS.map((p) => addItem(owner.doc, 'partners', { name: p.name }));
  await owner.whenSaved();
  await owner.destroy();
  const call = (token: string) => api(baseUrl, token);
  const post = (token: string, path: string, body: unknown) =>
    call(token)(`/api/drafts/${draft.id}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const reps: Invitation[] = [];
  for (const [i, p] of PARTNERS.entries()) reps.push(await invite({ post, draft }, { name: p.person, partnerId: partnerIds[i] as string, role: 'editor', representative: true }));
  return { draft, partnerIds, reps, call, post };
}

export async function invite(c: Pick<ConsentDraft, 'post' | 'draft'>, input: InviteInput): Promise<Invitation> {
  const res = await c.post(c.draft.tokens.owner, '/members', input);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Invitation;
}

/** Waits until the client's copy of the Y.Map `server` has `key` matching `pred`. */
export async function serverValue<T>(doc: Y.Doc, key: string, pred: (v: T) => boolean, what = key): Promise<T> {
  await waitFor(() => {
    const v = doc.getMap(SERVER_MAP).get(key) as T | undefined;
    return v !== undefined && pred(v);
  }, 10_000, `server.${what}`);
  return doc.getMap(SERVER_MAP).get(key) as T;
}

export type { MemberSummary };

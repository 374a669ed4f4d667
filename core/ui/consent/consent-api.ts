// The HTTP calls for reaching an agreed version (core/consent/contract.ts CONSENT_ROUTES):
// who the bearer is, members, comments, versions, the consent round and the audit log. Each
// call carries the person's own token; the server stamps who and when, and mirrors the result
// into the doc's `server` map, so the screens render from the doc, not from these answers.
import type { AuditEntry, ChangeAuthors, CommentTarget, CommentThread, ConsentKind, ConsentRound, InviteInput, Invitation, MemberSummary, VersionSummary, WhoAmI } from '../../consent/contract.js';
import { base, call, callBytes } from '../server-api.js';

/** Where a draft's calls go and with which token. */
export interface ApiTarget {
  serverUrl: string;
  draftId: string;
  token: string;
}

const url = (to: ApiTarget, path: string) => `${base(to.serverUrl)}/api/drafts/${encodeURIComponent(to.draftId)}${path}`;
const auth = (to: ApiTarget) => ({ authorization: `Bearer ${to.token}` });
const get = <T>(to: ApiTarget, path: string) => call<T>(url(to, path), { headers: auth(to) });
const post = <T>(to: ApiTarget, path: string, body?: unknown) =>
  call<T>(url(to, path), {
    method: 'POST',
    headers: { ...auth(to), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const seg = encodeURIComponent;

export const whoAmI = (to: ApiTarget) => get<WhoAmI>(to, '');

export const listMembers = (to: ApiTarget) => get<MemberSummary[]>(to, '/members');
export const inviteMember = (to: ApiTarget, input: InviteInput) => post<Invitation>(to, '/members', input);
export const revokeMember = async (to: ApiTarget, memberId: string): Promise<void> => {
  await call(url(to, `/members/${seg(memberId)}`), { method: 'DELETE', headers: auth(to) });
};

export const addComment = (to: ApiTarget, input: { target: CommentTarget; body: string; mentions: string[] }) => post<CommentThread>(to, '/comments', input);
export const replyTo = (to: ApiTarget, threadId: string, body: string) => post<CommentThread>(to, `/comments/${seg(threadId)}/replies`, { body });
export const resolveThread = (to: ApiTarget, threadId: string, resolved: boolean) => post<CommentThread>(to, `/comments/${seg(threadId)}/resolve`, { resolved });

export const listVersions = (to: ApiTarget) => get<VersionSummary[]>(to, '/versions');
export const saveVersion = (to: ApiTarget, name: string) => post<VersionSummary>(to, '/versions', { name });
/** The version's whole Yjs state, as one update. */
export const versionState = async (to: ApiTarget, versionId: string): Promise<Uint8Array> =>
  (await callBytes(url(to, `/versions/${seg(versionId)}/state`), { headers: auth(to) })).bytes;
export const restoreVersion = (to: ApiTarget, versionId: string) => post<{ ok: boolean }>(to, `/versions/${seg(versionId)}/restore`);
/** The version as a document with its vaststelling page (.docx, or .pdf: 501 'pdf-unavailable' without LibreOffice on the server). */
export const versionExport = (to: ApiTarget, versionId: string, kind: 'docx' | 'pdf') =>
  callBytes(url(to, `/versions/${seg(versionId)}/export.${kind}`), { headers: auth(to) });

/** Per part, who changed it between two versions (to: a version id or 'now'), from the server's per-update records. */
export const changeAuthors = (to: ApiTarget, from: string, until: string) =>
  get<ChangeAuthors>(to, `/changes/authors?from=${seg(from)}&to=${seg(until)}`);

export const proposeVersion = (to: ApiTarget, versionId: string) => post<ConsentRound>(to, '/round', { versionId });
export const recordConsent = (to: ApiTarget, kind: ConsentKind, text: string) => post<ConsentRound>(to, '/round/consent', { kind, text });

export const listAudit = (to: ApiTarget) => get<AuditEntry[]>(to, '/audit');
export const auditCsv = (to: ApiTarget) => callBytes(url(to, '/audit.csv'), { headers: auth(to) });

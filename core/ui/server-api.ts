// The few HTTP calls the workspace makes to the sync server: check that an address is a
// Samenspel server (/healthz), create a draft, ask which role a link has (and so whether it
// still works), renew or revoke a share link, delete the draft for everyone. The calls for
// members, comments, versions and consent are in consent/consent-api.ts, on the same `call`.
// Everything else travels over the sync socket.
import type { PlanKind } from '../agreement/index.js';
import type { WhoAmI } from '../consent/contract.js';
import type { Role } from './storage.js';

export class ServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const base = (url: string) => url.replace(/\/+$/, '');
const CHECK_TIMEOUT_MS = 5000;

/** A JSON call; a network failure is ServerError 'unreachable', an error answer its `{ error, message }`. */
export async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await send(url, init);
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw errorOf(res, body);
  return body as T;
}

const errorOf = (res: Response, body: Record<string, unknown>) =>
  new ServerError(typeof body.error === 'string' ? body.error : 'http-' + res.status, String(body.message ?? res.statusText), res.status);

/** A call whose answer is a file (a Yjs state, a .docx, a CSV): its bytes and type. */
export async function callBytes(url: string, init: RequestInit): Promise<{ bytes: Uint8Array; mime: string }> {
  const res = await send(url, init);
  if (!res.ok) throw errorOf(res, (await res.json().catch(() => ({}))) as Record<string, unknown>);
  return { bytes: new Uint8Array(await res.arrayBuffer()), mime: res.headers.get('content-type') ?? 'application/octet-stream' };
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ServerError('unreachable', 'server unreachable', 0);
  }
}

/**
 * A server address as the user typed it, or null when it is none: http(s) only, a host, no
 * user name, password, query or fragment. Trailing slashes go (the API paths are appended).
 */
export function normaliseServerUrl(input: string): string | null {
  const text = input.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password || url.search || url.hash) return null;
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** What a server's /healthz says: 'ok', no answer (in time), or an answer that is not Samenspel's. */
export type ServerCheck = 'ok' | 'unreachable' | 'not-samenspel';

export async function checkServer(serverUrl: string): Promise<ServerCheck> {
  let res: Response;
  try {
    res = await fetch(`${base(serverUrl)}/healthz`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
  } catch {
    return 'unreachable';
  }
  const body = (await res.json().catch(() => null)) as { ok?: unknown } | null;
  return res.ok && body?.ok === true ? 'ok' : 'not-samenspel';
}

export interface CreatedDraft {
  id: string;
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

/** Creates a draft on the server, which seeds it with the title, language and kind of plan. */
export function createRemoteDraft(serverUrl: string, input: { title: string; lang: 'nl' | 'en'; planKind?: PlanKind }): Promise<CreatedDraft> {
  return call(`${base(serverUrl)}/api/drafts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: input.title.slice(0, 200), lang: input.lang, ...(input.planKind ? { planKind: input.planKind } : {}) }),
  });
}

/** Who-am-I answers of links just opened, taken once by the consent screens (use-consent.ts): one request, not two. */
const answered = new Map<string, { who: WhoAmI; at: number }>();
/** An answer older than this is asked again. */
const ANSWER_FRESH_MS = 60_000;
const answerKey = (serverUrl: string, draftId: string, token: string) => `${base(serverUrl)}\u0000${draftId}\u0000${token}`;

/** The answer fetchRole got for this link, once; null when there is none (ask the server). */
export function takeWhoAmI(serverUrl: string, draftId: string, token: string): WhoAmI | null {
  const key = answerKey(serverUrl, draftId, token);
  const found = answered.get(key);
  answered.delete(key);
  return found && Date.now() - found.at < ANSWER_FRESH_MS ? found.who : null;
}

/** The role a link opens the draft with (GET /api/drafts/:id). The whole answer (the member too) is kept for takeWhoAmI. */
export async function fetchRole(serverUrl: string, draftId: string, token: string, signal?: AbortSignal): Promise<Role> {
  const r = await call<{ role: Role; member?: WhoAmI['member'] }>(`${base(serverUrl)}/api/drafts/${encodeURIComponent(draftId)}`, {
    headers: { authorization: `Bearer ${token}` },
    ...(signal ? { signal } : {}),
  });
  if (answered.size > 20) answered.clear();
  answered.set(answerKey(serverUrl, draftId, token), { who: { role: r.role, member: r.member ?? null }, at: Date.now() });
  return r.role;
}

/** Whether a link still opens the draft as `role`: 'gone' when revoked or renewed, 'unknown' when the server cannot say (in time). */
export async function checkLink(serverUrl: string, draftId: string, token: string, role: Role): Promise<'works' | 'gone' | 'unknown'> {
  try {
    return (await fetchRole(serverUrl, draftId, token, AbortSignal.timeout(CHECK_TIMEOUT_MS))) === role ? 'works' : 'gone';
  } catch (e) {
    return e instanceof ServerError && (e.status === 401 || e.status === 403 || e.status === 410) ? 'gone' : 'unknown';
  }
}

export function renewLink(serverUrl: string, draftId: string, ownerToken: string, role: Role): Promise<{ token: string; link: string }> {
  return call(`${base(serverUrl)}/api/drafts/${encodeURIComponent(draftId)}/links/${role}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
}

export async function revokeLink(serverUrl: string, draftId: string, ownerToken: string, role: Exclude<Role, 'owner'>): Promise<void> {
  await call(`${base(serverUrl)}/api/drafts/${encodeURIComponent(draftId)}/links/${role}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
}

/** Deletes the draft for everyone; the server closes every partner's connection with 'draft-deleted'. */
export async function deleteRemoteDraft(serverUrl: string, draftId: string, ownerToken: string): Promise<void> {
  await call(`${base(serverUrl)}/api/drafts/${encodeURIComponent(draftId)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
}

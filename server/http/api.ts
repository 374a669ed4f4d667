// The drafts API as one table of routes (method, path, the access it needs, handler): create
// (open on loopback, admin token otherwise; admitted origins only, rate-limited), rotate and
// revoke links, download everything held about a draft, delete it (AVG/GDPR), and .docx/.md
// exports, the process calendar (.ics, also as a subscription: see calendarKey), and the
// routes of reaching an agreed version (server/members/routes.ts). A bearer is an anonymous
// role link or a member's personal link (server/members/access.ts). Wrong tokens count
// against the address (FailedAttempts, shared with /sync).
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import * as Y from 'yjs';
import { CLOSE } from '../../core/sync/close-codes.js';
import { encodeShareLink } from '../../core/sync/share-link.js';
import { PLAN_KINDS, readAgreement } from '../../core/agreement/index.js';
import { renderIcs } from '../../core/render/ics.js';
import { ExportBusy, ExportPool } from '../export-pool.js';
import { buildDoc, checkSnapshot, SnapshotUnreadableError } from '../load.js';
import { accessFor, summaryOf, type Access } from '../members/access.js';
import { memberRoutes } from '../members/routes.js';
import type { Members } from '../members/service.js';
import type { Adoption } from '../../core/render/adoption.js';
import type { DraftStore, Role } from '../storage/types.js';
import type { FailedAttempts, SlidingWindow } from '../throttle.js';
import { DRAFT_ID_RE, hashToken, newDraftId, newToken, newTokenSet, sameSecret } from '../tokens.js';
import type { Doors } from './doors.js';
import { bearer, error, isLocalRequest, json, langOf, readJsonBody, send, tooMany } from './util.js';

export interface ApiDeps {
  store: DraftStore;
  publicUrl(req: IncomingMessage): string;
  adminToken?: string | undefined;
  maxBodyBytes: number;
  /** Which origins may create drafts. */
  doors: Pick<Doors, 'originMayCreate'>;
  /** Draft creations per address. */
  creations: SlidingWindow;
  /** Wrong tokens per address (admin token included). */
  attempts: FailedAttempts;
  /** Writes the initial content of a new draft (schema version etc.) into an empty doc. */
  seed?: ((doc: Y.Doc, input: CreateInput) => void) | undefined;
  /** Disconnects live sockets of a draft (all, or those using one token hash). */
  disconnect(id: string, opts: { tokenHash?: string; code: number; reason: string }): void;
  exporter?: Exporter | undefined;
  /** Members, comments, versions, the consent round and the audit log; absent: only role links. */
  members?: Members | null | undefined;
  log(msg: string): void;
}

export interface Exporter {
  /** lang undefined: the draft's own language. */
  /** With `adoption`: a version's .docx, ending with its vaststelling page. */
  docx(doc: Y.Doc, lang?: 'nl' | 'en', adoption?: Adoption): Promise<Uint8Array>;
  markdown(doc: Y.Doc, lang?: 'nl' | 'en'): Promise<string>;
  json(doc: Y.Doc): unknown;
}

const CreateSchema = v.object({
  title: v.optional(v.pipe(v.string(), v.maxLength(200))),
  lang: v.optional(v.picklist(['nl', 'en'])),
  planKind: v.optional(v.picklist(PLAN_KINDS)),
});
export type CreateInput = v.InferOutput<typeof CreateSchema>;

interface DraftRequest {
  req: IncomingMessage;
  res: ServerResponse;
  id: string;
  /** The role the request's bearer token grants on the draft. */
  role: Role;
  /** Who the bearer is (the role, and the member for a personal link). */
  access: Access;
  /** The route pattern's named groups besides the id. */
  params: Record<string, string>;
}

/** One entry of the route table: method, path pattern, the access it needs, its handler. */
type Route =
  | { method: 'POST'; pattern: RegExp; access: 'creator'; handle(req: IncomingMessage, res: ServerResponse): Promise<void> }
  | { method: 'GET' | 'POST' | 'DELETE'; pattern: RegExp; access: 'any' | 'editor' | 'owner'; handle(r: DraftRequest): Promise<void>; calendarKey?: true };

/**
 * The calendar subscription's credential, for `?key=` on the .ics route alone: a calendar
 * app (Outlook, Google Calendar) fetches a plain URL and sends no Authorization header. The
 * key is the SHA-256 (hex) of a link's token, the hash the server already keeps, so the URL
 * gives its holder the calendar and nothing else: it is no bearer token for any other route
 * or for /sync, and it stops working when the link is revoked or renewed.
 */
function calendarKey(req: IncomingMessage): string | null {
  const key = new URL(req.url ?? '/', 'http://x').searchParams.get('key');
  return key && /^[0-9a-f]{64}$/.test(key) ? key : null;
}

const DRAFT_PATH = '^/api/drafts/(?<id>[A-Za-z0-9_-]+)';
const draftPath = (rest: string) => new RegExp(`${DRAFT_PATH}${rest}$`);
const ANY_DRAFT_PATH = draftPath('(?:/.*)?');

const ATTEMPTS_MESSAGE = (s: number) => `Te veel mislukte pogingen vanaf dit adres. Wacht ${s} seconden en controleer je link.`;
const addressOf = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

function links(base: string, id: string, tokens: Partial<Record<Role, string>>): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = {};
  for (const [role, token] of Object.entries(tokens) as [Role, string][]) out[role] = encodeShareLink({ base, draftId: id, token });
  return out;
}

export function createApi(deps: ApiDeps) {
  const { store } = deps;

  async function accessOf(req: IncomingMessage, id: string, route: Route | undefined): Promise<Access | null> {
    if (!DRAFT_ID_RE.test(id)) return null;
    const token = bearer(req);
    const hash = token ? hashToken(token) : route?.access !== 'creator' && route?.calendarKey ? calendarKey(req) : null;
    return hash ? accessFor(store, deps.members?.records ?? null, id, hash) : null;
  }

  async function loadDoc(id: string): Promise<{ doc: Y.Doc; unreadable: number[]; damaged: boolean; snapshotBytes: number; updates: number; createdAt: string } | null> {
    const stored = await store.fetch(id);
    if (!stored) return null;
    const { doc, unreadable, damaged } = buildDoc(stored, deps.log);
    return { doc, unreadable, damaged, snapshotBytes: stored.snapshot?.byteLength ?? 0, updates: stored.updates.length, createdAt: stored.createdAt };
  }

  async function create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = addressOf(req);
    if (!deps.doors.originMayCreate(req)) {
      deps.log(`[samenspel] refused draft creation from ${address}: origin ${JSON.stringify(String(req.headers.origin).slice(0, 100))} is not admitted`);
      return error(res, 403, 'origin-not-allowed', 'Concepten aanmaken kan alleen vanaf deze server zelf, vanuit de Samenspel-extensie of vanaf een adres dat de beheerder toestaat.');
    }
    if (deps.adminToken) {
      const admin = deps.adminToken;
      const given = bearer(req);
      const checked = await deps.attempts.check(address, 'POST /api/drafts, admin token', async () => (given && sameSecret(given, admin) ? true : null));
      if ('waitMs' in checked) return tooMany(res, 'too-many-attempts', ATTEMPTS_MESSAGE, checked.waitMs);
      if (!checked.found) return error(res, 401, 'unauthorized', 'Een beheerderstoken is nodig om concepten aan te maken.');
    } else if (!isLocalRequest(req)) {
      return error(res, 403, 'forbidden', 'Concepten aanmaken kan alleen lokaal, of met SAMENSPEL_ADMIN_TOKEN.');
    }
    // Counted before the body is read, so parallel requests cannot slip past together.
    if (!deps.creations.take(address)) {
      const wait = deps.creations.waitFor(address);
      return tooMany(res, 'too-many-drafts', (s) => `Vanaf dit adres zijn net te veel concepten aangemaakt. Probeer het over ${s} seconden opnieuw.`, wait);
    }
    const read = await readJsonBody(req, res, deps.maxBodyBytes);
    if ('answered' in read) return;
    const { parsed } = read;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return error(res, 400, 'invalid-input', 'De aanvraag moet een JSON-object zijn, bijvoorbeeld {"title": "Leesplan"}.');
    }
    const input = v.safeParse(CreateSchema, parsed);
    if (!input.success) return error(res, 400, 'invalid-input', input.issues.map((i) => i.message).join('; '));
    const id = newDraftId();
    const { tokens, hashes } = newTokenSet();
    let initial: Uint8Array | undefined;
    if (deps.seed) {
      const doc = new Y.Doc();
      deps.seed(doc, input.output);
      initial = Y.encodeStateAsUpdate(doc);
      doc.destroy();
    }
    await store.createDraft(id, hashes, initial);
    const base = deps.publicUrl(req);
    json(res, 201, { id, tokens, links: links(base, id, tokens) });
  }

  /** WhoAmI (core/consent/contract.ts), with the id. */
  async function info({ res, id, role, access }: DraftRequest): Promise<void> {
    json(res, 200, { id, role, member: access.member ? summaryOf(access.member) : null });
  }

  /** .docx and Markdown: rendered off the event loop by the export pool, which limits them per link and in number. */
  async function exportDocument({ req, res, id, params }: DraftRequest): Promise<void> {
    if (!deps.exporter) return error(res, 501, 'export-unavailable', 'Exporteren is op deze server niet beschikbaar.');
    if (deps.exporter instanceof ExportPool) {
      const waitMs = deps.exporter.admit(hashToken(bearer(req) ?? ''));
      if (waitMs > 0) return tooMany(res, 'too-many-exports', (s) => `Te veel exports met deze link; probeer het over ${s} s opnieuw.`, waitMs);
    }
    const { exporter } = deps;
    const stored = await store.fetch(id);
    if (!stored) return error(res, 404, 'not-found', 'Dit concept bestaat niet meer.');
    checkSnapshot(stored); // before a worker gets it: a damaged store is said as such
    const lang = langOf(req);
    const docx = params.format === 'docx';
    // The pool rebuilds the draft in its worker; any other exporter gets it built here.
    const render = async (): Promise<Uint8Array | string> => {
      if (exporter instanceof ExportPool) return exporter.render(docx ? 'docx' : 'markdown', stored, lang);
      const { doc } = buildDoc(stored, deps.log);
      try {
        return docx ? await exporter.docx(doc, lang) : await exporter.markdown(doc, lang);
      } finally {
        doc.destroy();
      }
    };
    let body: Uint8Array | string;
    try {
      body = await render();
    } catch (e) {
      if (!(e instanceof ExportBusy)) throw e;
      const seconds = String(Math.ceil(e.retryAfterMs / 1000));
      return error(res, 503, 'export-busy', `De server maakt nu te veel exports; probeer het over ${seconds} s opnieuw.`, { 'Retry-After': seconds });
    }
    send(res, 200, body, {
      'Content-Type': docx ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="samenspel-${id}.${docx ? 'docx' : 'md'}"`,
    });
  }

  /** Replaces (rotate) or removes (revoke) the token of one role; live sessions using the old one are cut off. */
  async function replaceLink(id: string, target: Role, token: string | null): Promise<void> {
    const before = (await store.tokens(id)).find((t) => t.role === target);
    await store.setToken(id, target, token === null ? null : hashToken(token));
    if (before) deps.disconnect(id, { tokenHash: before.hash, ...CLOSE.unauthorized });
  }

  async function rotateLink({ req, res, id, params }: DraftRequest): Promise<void> {
    const target = params.role as Role;
    const token = newToken();
    await replaceLink(id, target, token);
    json(res, 200, { id, role: target, token, link: encodeShareLink({ base: deps.publicUrl(req), draftId: id, token }) });
  }

  async function revokeLink({ res, id, params }: DraftRequest): Promise<void> {
    const target = params.role as Role;
    if (target === 'owner') return error(res, 400, 'cannot-revoke-owner', 'De eigenaarslink kan niet worden ingetrokken, alleen vernieuwd.');
    await replaceLink(id, target, null);
    json(res, 200, { id, role: target, revoked: true });
  }

  async function exportJson({ res, id }: DraftRequest): Promise<void> {
    const loaded = await loadDoc(id);
    if (!loaded) return error(res, 404, 'not-found', 'Dit concept bestaat niet meer.');
    const state = Y.encodeStateAsUpdate(loaded.doc);
    const body = {
      id,
      createdAt: loaded.createdAt,
      exportedAt: new Date().toISOString(),
      links: (await store.tokens(id)).map((t) => ({ role: t.role, tokenSha256: t.hash, createdAt: t.createdAt })),
      storage: { kind: store.kind, snapshotBytes: loaded.snapshotBytes, pendingUpdates: loaded.updates, unreadableUpdates: loaded.unreadable, damaged: loaded.damaged },
      content: deps.exporter ? deps.exporter.json(loaded.doc) : loaded.doc.toJSON(),
      ...(deps.members ? await recordsOf(id, deps.members) : {}),
      yjsStateBase64: Buffer.from(state).toString('base64'),
    };
    loaded.doc.destroy();
    res.setHeader('Content-Disposition', `attachment; filename="samenspel-${id}.json"`);
    json(res, 200, body);
  }

  /** What the members side holds about a draft, for "everything held" (personal tokens as their hashes). */
  async function recordsOf(id: string, members: Members) {
    const r = members.records;
    return {
      members: (await r.members(id)).map((m) => ({ ...summaryOf(m), createdAt: m.createdAt, tokenSha256: m.tokenHash })),
      versions: await r.versions(id),
      round: await r.currentRound(id),
      comments: await r.comments(id),
      audit: await r.auditLog(id),
    };
  }

  /** The process calendar (core/render/ics.ts): cheap, so rendered here on the event loop. */
  async function exportIcs({ req, res, id }: DraftRequest): Promise<void> {
    const loaded = await loadDoc(id);
    if (!loaded) return error(res, 404, 'not-found', 'Dit concept bestaat niet meer.');
    const lang = langOf(req);
    let body: string;
    try {
      const { agreement } = readAgreement(loaded.doc);
      body = renderIcs(agreement, { draftId: id, ...(lang ? { lang } : {}) });
    } finally {
      loaded.doc.destroy();
    }
    send(res, 200, body, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="samenspel-${id}.ics"` });
  }

  async function exportYjs({ res, id }: DraftRequest): Promise<void> {
    const loaded = await loadDoc(id);
    if (!loaded) return error(res, 404, 'not-found', 'Dit concept bestaat niet meer.');
    const state = Y.encodeStateAsUpdate(loaded.doc);
    loaded.doc.destroy();
    send(res, 200, state, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="samenspel-${id}.yjs"` });
  }

  async function remove({ res, id }: DraftRequest): Promise<void> {
    try {
      await store.delete(id);
    } catch (e) {
      // The rows may be gone although the final cleanup failed: then the partners must hear it.
      if (!(await store.exists(id).catch(() => true))) deps.disconnect(id, CLOSE.draftGone);
      throw e;
    }
    deps.disconnect(id, CLOSE.draftGone);
    json(res, 200, { id, deleted: true });
  }

  const routes: Route[] = [
    { method: 'POST', pattern: /^\/api\/drafts$/, access: 'creator', handle: create },
    { method: 'GET', pattern: draftPath(''), access: 'any', handle: info },
    { method: 'GET', pattern: draftPath('/export\\.(?<format>docx|md)'), access: 'any', handle: exportDocument },
    { method: 'GET', pattern: draftPath('/export\\.ics'), access: 'any', handle: exportIcs, calendarKey: true },
    { method: 'POST', pattern: draftPath('/links/(?<role>owner|editor|viewer)'), access: 'owner', handle: rotateLink },
    { method: 'DELETE', pattern: draftPath('/links/(?<role>owner|editor|viewer)'), access: 'owner', handle: revokeLink },
    { method: 'GET', pattern: draftPath('/export\\.json'), access: 'owner', handle: exportJson },
    { method: 'GET', pattern: draftPath('/export\\.yjs'), access: 'owner', handle: exportYjs },
    { method: 'DELETE', pattern: draftPath(''), access: 'owner', handle: remove },
  ];
  if (deps.members) {
    const { exporter } = deps;
    const versionDocx = exporter
      ? async (state: Uint8Array, adoption: Adoption, lang: 'nl' | 'en' | undefined) => {
          if (exporter instanceof ExportPool) {
            const stored = { id: 'version', createdAt: '', snapshot: state, snapshotIntact: true, updates: [] };
            return (await exporter.render('docx', stored, lang, adoption)) as Uint8Array;
          }
          const doc = new Y.Doc();
          try {
            Y.applyUpdate(doc, state);
            return await exporter.docx(doc, lang, adoption);
          } finally {
            doc.destroy();
          }
        }
      : undefined;
    for (const r of memberRoutes({ members: deps.members, maxBodyBytes: deps.maxBodyBytes, publicUrl: deps.publicUrl, disconnect: deps.disconnect, versionDocx, log: deps.log })) {
      routes.push({ method: r.method, pattern: draftPath(r.path), access: r.access, handle: (q) => r.handle(q) });
    }
  }

  /** Answers an /api/ request; false when no route knows its path. */
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const method = req.method ?? 'GET';
    const route = routes.find((r) => r.method === method && r.pattern.test(path));
    if (route?.access === 'creator') {
      await route.handle(req, res);
      return true;
    }
    // Under a draft, the token is checked before anything else is said, and an unknown
    // request is answered as if it needed the owner: others learn nothing about it.
    const m = (route?.pattern ?? ANY_DRAFT_PATH).exec(path);
    if (!m) return false;
    const { id, ...params } = m.groups as { id: string } & Record<string, string>;
    const checked = await deps.attempts.check(addressOf(req), `${method} /api/drafts/${JSON.stringify(id.slice(0, 64))}`, () => accessOf(req, id, route));
    if ('waitMs' in checked) return tooMany(res, 'too-many-attempts', ATTEMPTS_MESSAGE, checked.waitMs), true;
    const access = checked.found;
    const role = access?.role;
    if (!access || !role) {
      if (DRAFT_ID_RE.test(id) && (await store.wasDeleted(id))) return error(res, 410, 'draft-deleted', 'Dit concept is verwijderd.'), true;
      return error(res, 401, 'unauthorized', 'Deze link is ongeldig of ingetrokken.'), true;
    }
    if ((route?.access ?? 'owner') === 'owner' && role !== 'owner') return error(res, 403, 'forbidden', 'Alleen de eigenaar van het concept kan dit.'), true;
    if (route?.access === 'editor' && role === 'viewer') return error(res, 403, 'viewer', 'Met een leeslink kun je lezen en opmerkingen plaatsen, maar niets wijzigen.'), true;
    if (!route) return error(res, 404, 'not-found', 'Onbekende aanvraag.'), true;
    try {
      await route.handle({ req, res, id, role, access, params });
    } catch (e) {
      if (!(e instanceof SnapshotUnreadableError)) throw e;
      deps.log(`[samenspel] ${String(e)}`);
      error(res, 500, 'storage-corrupt', 'Dit concept is op de server beschadigd en kan niet worden gelezen. Meld het de beheerder; een back-up kan het herstellen.');
    }
    return true;
  };
}

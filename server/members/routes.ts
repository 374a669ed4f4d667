// The HTTP routes of reaching an agreed version (core/consent/contract.ts CONSENT_ROUTES):
// members, comments, versions, the consent round and the audit log. Every change is stored,
// audited where the contract says so, and mirrored into the draft's Y.Map `server`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import * as Y from 'yjs';
import { ID_PATTERN, readAgreement } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { COMMENT_LIMIT_ERRORS, COMMENT_LIMITS, CONSENT_KINDS, MEMBER_ROLES, type AuditEntry, type ChangeAuthor, type ChangeAuthors, type CommentThread, type Invitation } from '../../core/consent/contract.js';
import { restoreInto } from '../../core/consent/restore.js';
import type { Adoption } from '../../core/render/adoption.js';
import { encodeShareLink } from '../../core/sync/share-link.js';
import { LISTS } from '../../core/agreement/entities.js';
import { CLOSE } from '../../core/sync/close-codes.js';
import { ExportBusy } from '../export-pool.js';
import { error, json, langOf, readJsonBody, send } from '../http/util.js';
import { hashToken, newToken } from '../tokens.js';
import { authorOf, summaryOf, type Access } from './access.js';
import { DraftDamagedError } from './live.js';
import { propose, RoundRefusal } from './round.js';
import type { Members } from './service.js';
import { newRecordId } from './store.js';

export interface MemberRequest {
  req: IncomingMessage;
  res: ServerResponse;
  id: string;
  access: Access;
  params: Record<string, string>;
}

export interface MemberRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path after /api/drafts/:id, a regex source with named groups. */
  path: string;
  /** any: every valid link; editor: editor or owner (not viewers); owner. */
  access: 'any' | 'editor' | 'owner';
  handle(r: MemberRequest): Promise<void>;
}

export interface MemberRoutesDeps {
  members: Members;
  maxBodyBytes: number;
  publicUrl(req: IncomingMessage): string;
  disconnect(id: string, opts: { tokenHash?: string; code: number; reason: string }): void;
  /** Renders a version's .docx with its vaststelling page (the export pool); absent: 501. */
  versionDocx?: ((state: Uint8Array, adoption: Adoption, lang: 'nl' | 'en' | undefined) => Promise<Uint8Array>) | undefined;
  log(msg: string): void;
}

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'mag niet leeg zijn'), v.maxLength(max, `mag hoogstens ${max} tekens zijn`));
const InviteSchema = v.object({ name: text(80), partnerId: v.nullable(v.pipe(v.string(), v.maxLength(64))), role: v.picklist(MEMBER_ROLES), representative: v.boolean() });
const CommentSchema = v.object({
  target: v.object({
    part: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
    field: v.optional(v.pipe(v.string(), v.maxLength(300))),
    label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  }),
  body: text(COMMENT_LIMITS.body),
  mentions: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(50)), []),
});
const ReplySchema = v.object({ body: text(COMMENT_LIMITS.body) });
const ResolveSchema = v.object({ resolved: v.boolean() });
const VersionSchema = v.object({ name: text(120) });
const ProposeSchema = v.object({ versionId: v.pipe(v.string(), v.maxLength(64)) });
const ConsentSchema = v.object({ kind: v.picklist(CONSENT_KINDS), text: v.optional(v.pipe(v.string(), v.maxLength(4000)), '') });

/** Reads a JSON body against `schema`; answers the error itself and returns null when it cannot. */
async function body<S extends v.GenericSchema>(r: MemberRequest, schema: S, max: number): Promise<v.InferOutput<S> | null> {
  const read = await readJsonBody(r.req, r.res, max);
  if ('answered' in read) return null;
  const out = v.safeParse(schema, read.parsed);
  if (!out.success) return error(r.res, 400, 'invalid-input', out.issues.map((i) => `${v.getDotPath(i) ?? 'invoer'}: ${i.message}`).join('; ')), null;
  return out.output;
}

const partnerIdsOf = (doc: Y.Doc): string[] =>
  doc
    .getArray<unknown>(LISTS.partners)
    .toArray()
    .map((m) => (m instanceof Y.Map ? m.get('id') : null))
    .filter((id): id is string => typeof id === 'string');

const csvCell = (s: string | null) => (s === null ? '' : /[",\n\r;]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s);
export const auditCsv = (log: AuditEntry[]): string =>
  ['at,action,memberId,memberName,subject,detail', ...log.map((e) => [e.at, e.action, e.memberId, e.memberName, e.subject, e.detail].map(csvCell).join(','))].join('\r\n') + '\r\n';

/** soffice on the PATH converts a .docx to PDF; null when it is not installed. */
async function docxToPdf(docx: Uint8Array): Promise<Uint8Array | null> {
  const dir = await mkdtemp(join(tmpdir(), 'samenspel-pdf-'));
  try {
    const input = join(dir, 'versie.docx');
    await writeFile(input, docx);
    const ok = await new Promise<boolean>((resolve) => {
      // A profile of its own: a LibreOffice already running for the same user cannot block it.
      execFile('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 }, (err) => resolve(!err));
    });
    if (!ok) return null;
    return new Uint8Array(await readFile(join(dir, 'versie.pdf')));
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function memberRoutes(deps: MemberRoutesDeps): MemberRoute[] {
  const { members } = deps;
  const records = members.records;
  const max = deps.maxBodyBytes;

  async function listMembers({ res, id }: MemberRequest): Promise<void> {
    json(res, 200, (await records.members(id)).map((m) => ({ ...summaryOf(m), createdAt: m.createdAt })));
  }

  async function invite(r: MemberRequest): Promise<void> {
    const input = await body(r, InviteSchema, max);
    if (!input) return;
    if (input.representative && (!input.partnerId || input.role === 'viewer')) {
      return error(r.res, 400, 'invalid-input', 'Een vertegenwoordiger vertegenwoordigt een partner en beslist mee: kies de partner en de rol eigenaar of bewerker.');
    }
    if (input.partnerId && !(await members.live.read(r.id, partnerIdsOf)).includes(input.partnerId)) {
      return error(r.res, 400, 'unknown-partner', 'Deze partner staat niet (meer) in het concept.');
    }
    const token = newToken();
    const member = await records.invite(r.id, { name: input.name, partnerId: input.partnerId, role: input.role, representative: input.representative, tokenHash: hashToken(token) });
    const by = authorOf(r.access);
    await records.audit(r.id, { action: 'invited', memberId: r.access.member?.id ?? null, memberName: by.name, subject: member.id, detail: `${member.name} (${t('nl', `ui.role.${member.role}`)}${member.representative ? ', vertegenwoordiger' : ''})` });
    await members.mirror(r.id, ['members']);
    const answer: Invitation = { member: summaryOf(member), token, link: encodeShareLink({ base: deps.publicUrl(r.req), draftId: r.id, token }) };
    json(r.res, 201, answer);
  }

  async function revoke(r: MemberRequest): Promise<void> {
    const member = await records.revoke(r.id, r.params.memberId as string);
    if (!member) return error(r.res, 404, 'not-found', 'Deze persoon is niet (meer) uitgenodigd.');
    deps.disconnect(r.id, { tokenHash: member.tokenHash, ...CLOSE.unauthorized });
    await records.audit(r.id, { action: 'revoked', memberId: r.access.member?.id ?? null, memberName: authorOf(r.access).name, subject: member.id, detail: member.name });
    await members.mirror(r.id, ['members']);
    json(r.res, 200, summaryOf(member));
  }

  /** Comment writes of one draft, one at a time: a limit is checked and a thread changed without a lost reply. */
  const commentChains = new Map<string, Promise<unknown>>();
  function serialComments<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const out = (commentChains.get(id) ?? Promise.resolve()).then(fn);
    const tail = out.catch(() => undefined);
    commentChains.set(id, tail);
    void tail.then(() => commentChains.get(id) === tail && commentChains.delete(id));
    return out;
  }

  async function addComment(r: MemberRequest): Promise<void> {
    const input = await body(r, CommentSchema, max);
    if (!input) return;
    await serialComments(r.id, () => storeComment(r, input));
  }

  async function storeComment(r: MemberRequest, input: v.InferOutput<typeof CommentSchema>): Promise<void> {
    if ((await records.comments(r.id)).length >= COMMENT_LIMITS.threads) {
      return error(r.res, 409, COMMENT_LIMIT_ERRORS.threads, `Dit concept heeft het maximum van ${COMMENT_LIMITS.threads} opmerkingen bereikt. Reageer op een bestaande opmerking.`);
    }
    const by = authorOf(r.access);
    const thread: CommentThread = {
      id: newRecordId(),
      target: input.target.field
        ? { part: input.target.part, field: input.target.field, ...(input.target.label ? { label: input.target.label } : {}) }
        : { part: input.target.part },
      authorId: by.id,
      authorName: by.name,
      body: input.body,
      at: new Date().toISOString(),
      mentions: [...new Set(input.mentions)],
      replies: [],
      resolvedAt: null,
      resolvedBy: null,
    };
    await records.putComment(r.id, thread);
    await members.mirror(r.id, ['comments']);
    json(r.res, 201, thread);
  }

  /** Changes one thread; `change` may answer a refusal itself (then returns null). */
  function changeThread(r: MemberRequest, change: (t: CommentThread) => CommentThread | null): Promise<void> {
    return serialComments(r.id, () => changeThreadNow(r, change));
  }
  async function changeThreadNow(r: MemberRequest, change: (t: CommentThread) => CommentThread | null): Promise<void> {
    const thread = await records.comment(r.id, r.params.threadId as string);
    if (!thread) return error(r.res, 404, 'not-found', 'Deze opmerking bestaat niet.');
    const next = change(thread);
    if (!next) return;
    await records.putComment(r.id, next);
    await members.mirror(r.id, ['comments']);
    json(r.res, 200, next);
  }

  async function reply(r: MemberRequest): Promise<void> {
    const input = await body(r, ReplySchema, max);
    if (!input) return;
    const by = authorOf(r.access);
    await changeThread(r, (t) => {
      if (t.replies.length >= COMMENT_LIMITS.replies) {
        error(r.res, 409, COMMENT_LIMIT_ERRORS.replies, `Deze opmerking heeft het maximum van ${COMMENT_LIMITS.replies} reacties bereikt. Begin een nieuwe opmerking.`);
        return null;
      }
      return { ...t, replies: [...t.replies, { id: newRecordId(), authorId: by.id, authorName: by.name, body: input.body, at: new Date().toISOString() }] };
    });
  }

  async function resolve(r: MemberRequest): Promise<void> {
    const input = await body(r, ResolveSchema, max);
    if (!input) return;
    const by = authorOf(r.access);
    await changeThread(r, (t) => ({ ...t, resolvedAt: input.resolved ? new Date().toISOString() : null, resolvedBy: input.resolved ? by.name : null }));
  }

  async function openPoints({ res, id }: MemberRequest): Promise<void> {
    const open = (await records.comments(id)).filter((t) => !t.resolvedAt);
    const lines = ['# Openstaande punten', '', ...open.map((t) => `- **${t.target.part}${t.target.field ? ` / ${t.target.label || t.target.field}` : ''}** — ${t.authorName}: ${t.body.replace(/\s+/g, ' ')}${t.replies.length ? ` (${t.replies.length} reacties)` : ''}`)];
    if (open.length === 0) lines.push('Er staan geen punten open.');
    send(res, 200, lines.join('\n') + '\n', { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="samenspel-${id}-open-punten.md"` });
  }

  async function listVersions({ res, id }: MemberRequest): Promise<void> {
    json(res, 200, await records.versions(id));
  }

  async function saveVersion(r: MemberRequest): Promise<void> {
    const input = await body(r, VersionSchema, max);
    if (!input) return;
    const state = await members.live.read(r.id, (doc) => Y.encodeStateAsUpdate(doc));
    const by = authorOf(r.access);
    const version = await records.saveVersion(r.id, { name: input.name, authorId: by.id, authorName: by.name, state });
    await records.audit(r.id, { action: 'version-saved', memberId: r.access.member?.id ?? null, memberName: by.name, subject: version.id, detail: `Versie ${version.n}: ${version.name}` });
    await members.mirror(r.id, ['versions']);
    json(r.res, 201, version);
  }

  async function versionState({ res, id, params }: MemberRequest): Promise<void> {
    const v = await records.version(id, params.versionId as string);
    if (!v) return error(res, 404, 'not-found', 'Deze versie bestaat niet.');
    send(res, 200, v.state, { 'Content-Type': 'application/octet-stream', 'X-Samenspel-Version-Hash': v.summary.hash, 'Content-Disposition': `attachment; filename="samenspel-${id}-versie-${v.summary.n}.yjs"` });
  }

  async function restore(r: MemberRequest): Promise<void> {
    const v = await records.version(r.id, r.params.versionId as string);
    if (!v) return error(r.res, 404, 'not-found', 'Deze versie bestaat niet.');
    const by = authorOf(r.access);
    // The state before the restore is kept as a version too: restoring that one undoes this.
    const before = await members.live.read(r.id, (doc) => Y.encodeStateAsUpdate(doc));
    const saved = await records.saveVersion(r.id, { name: `Voor herstel van versie ${v.summary.n}`, authorId: by.id, authorName: by.name, state: before });
    await records.audit(r.id, { action: 'version-saved', memberId: r.access.member?.id ?? null, memberName: by.name, subject: saved.id, detail: `Versie ${saved.n}: ${saved.name}` });
    const target = new Y.Doc();
    try {
      Y.applyUpdate(target, v.state);
      await members.live.write(r.id, (copy) => restoreInto(copy, target), r.access.member?.id ?? null);
    } finally {
      target.destroy();
    }
    await records.audit(r.id, { action: 'restored', memberId: r.access.member?.id ?? null, memberName: by.name, subject: v.summary.id, detail: `Versie ${v.summary.n} hersteld als nieuwe wijziging` });
    await members.mirror(r.id, ['versions']);
    members.noteChange(r.id);
    json(r.res, 200, { ok: true, savedBefore: saved });
  }

  /** The vaststelling of a version: its partners (from the version), their consents (from its round). */
  async function adoptionOf(id: string, versionId: string): Promise<{ adoption: Adoption; state: Uint8Array } | null> {
    const v = await records.version(id, versionId);
    if (!v) return null;
    const round = (await records.roundOf(id, versionId)) ?? null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, v.state);
    const { agreement } = readAgreement(doc);
    doc.destroy();
    const people = await records.members(id);
    const partnerIds = round?.partnerIds ?? agreement.partners.map((p) => p.id);
    const partners = partnerIds.map((pid) => {
      const p = agreement.partners.find((x) => x.id === pid);
      const c = round?.consents.find((x) => x.partnerId === pid);
      const rep = people.find((m) => m.partnerId === pid && m.representative && !m.revokedAt);
      return { name: p?.name || pid, representative: c?.memberName ?? rep?.name ?? p?.representative ?? '', kind: c?.kind ?? null, text: c?.text ?? '', at: c?.at ?? null };
    });
    const adoption: Adoption = { versionId: v.summary.id, versionN: v.summary.n, versionName: v.summary.name, hash: v.summary.hash, status: round?.status ?? null, agreedAt: round?.agreedAt ?? null, partners };
    return { adoption, state: v.state };
  }

  async function renderVersion(r: MemberRequest): Promise<Uint8Array | null> {
    if (!deps.versionDocx) return error(r.res, 501, 'export-unavailable', 'Exporteren is op deze server niet beschikbaar.'), null;
    const found = await adoptionOf(r.id, r.params.versionId as string);
    if (!found) return error(r.res, 404, 'not-found', 'Deze versie bestaat niet.'), null;
    return deps.versionDocx(found.state, found.adoption, langOf(r.req));
  }

  async function versionDocx(r: MemberRequest): Promise<void> {
    const docx = await renderVersion(r);
    if (!docx) return;
    send(r.res, 200, docx, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="samenspel-${r.id}-versie.docx"`,
    });
  }

  async function versionPdf(r: MemberRequest): Promise<void> {
    const docx = await renderVersion(r);
    if (!docx) return;
    const pdf = await docxToPdf(docx);
    if (!pdf) return error(r.res, 501, 'pdf-unavailable', 'Een PDF maken kan niet op deze server: LibreOffice is er niet geïnstalleerd. Download de .docx en maak daar een PDF van.');
    send(r.res, 200, pdf, { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="samenspel-${r.id}-versie.pdf"` });
  }

  async function proposeRound(r: MemberRequest): Promise<void> {
    const input = await body(r, ProposeSchema, max);
    if (!input) return;
    const v = await records.version(r.id, input.versionId);
    if (!v) return error(r.res, 404, 'not-found', 'Deze versie bestaat niet.');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, v.state);
    const partnerIds = partnerIdsOf(doc);
    doc.destroy();
    const by = authorOf(r.access);
    const round = propose(v.summary, partnerIds, by.name);
    await records.putRound(r.id, round);
    await records.audit(r.id, { action: 'proposed', memberId: r.access.member?.id ?? null, memberName: by.name, subject: v.summary.id, detail: `Versie ${v.summary.n}: ${v.summary.name}` });
    await members.mirror(r.id, ['round', 'versions']);
    // The draft may already differ from the version.
    const checked = (await members.checkRound(r.id)) ?? round;
    json(r.res, 201, checked);
  }

  async function consent(r: MemberRequest): Promise<void> {
    const input = await body(r, ConsentSchema, max);
    if (!input) return;
    const round = await members.consent(r.id, r.access.member, input.kind, input.text);
    const m = r.access.member!;
    await records.audit(r.id, {
      action: input.kind === 'objection' ? 'objected' : 'consented',
      memberId: m.id,
      memberName: m.name,
      subject: m.partnerId,
      detail: `Versie ${round.versionN}: ${t('nl', `ui.consent.kind.${input.kind}`)}${round.consents.at(-1)?.text ? ` — ${round.consents.at(-1)?.text}` : ''}`,
    });
    if (round.status === 'agreed') await records.audit(r.id, { action: 'agreed', memberId: null, memberName: 'Samenspel', subject: round.versionId, detail: `Versie ${round.versionN} vastgesteld` });
    await members.mirror(r.id, ['round', 'versions']);
    json(r.res, 200, round);
  }

  /** Answers per version pair (versions are immutable); a few are kept. */
  const authorsCache = new Map<string, Promise<ChangeAuthors>>();
  async function changesAuthors(r: MemberRequest): Promise<void> {
    const q = new URL(r.req.url ?? '/', 'http://x').searchParams;
    const fromId = q.get('from') ?? '';
    const toId = q.get('to') ?? 'now';
    if (!ID_PATTERN.test(fromId) || (toId !== 'now' && !ID_PATTERN.test(toId))) return error(r.res, 400, 'invalid-input', 'Geef twee versies (from, to), of een versie en "now".');
    let from = await records.version(r.id, fromId);
    let to = toId === 'now' ? null : await records.version(r.id, toId);
    if (!from || (toId !== 'now' && !to)) return error(r.res, 404, 'not-found', 'Deze versie bestaat niet.');
    // Who changed something between them, whichever was chosen first.
    if (to && to.summary.n < from.summary.n) [from, to] = [to, from];
    const key = to ? `${r.id}|${from.summary.id}|${to.summary.id}` : null;
    const cached = key ? authorsCache.get(key) : undefined;
    if (cached) return json(r.res, 200, await cached);
    const store = members.store;
    const work = (async (): Promise<ChangeAuthors> => {
      const stored = await store.fetch(r.id);
      const [authors, compacted, people] = await Promise.all([store.authorsOf(r.id), store.compactedAuthorsOf(r.id), records.members(r.id)]);
      const list = people.map((m): ChangeAuthor => ({ memberId: m.id, name: m.name, partnerId: m.partnerId }));
      const parts = stored
        ? await members.replays.run({ from: { state: from.state, at: from.summary.at }, to: to && { state: to.state, at: to.summary.at }, stored, authors, compacted, members: list })
        : {};
      return { from: from.summary.id, to: to?.summary.id ?? 'now', parts };
    })();
    if (key) {
      authorsCache.set(key, work);
      work.catch(() => authorsCache.delete(key));
      if (authorsCache.size > 100) authorsCache.delete(authorsCache.keys().next().value as string);
    }
    json(r.res, 200, await work);
  }

  async function auditJson({ res, id }: MemberRequest): Promise<void> {
    json(res, 200, await records.auditLog(id));
  }

  async function auditCsvRoute({ res, id }: MemberRequest): Promise<void> {
    send(res, 200, '\uFEFF' + auditCsv(await records.auditLog(id)), { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="samenspel-${id}-logboek.csv"` });
  }

  /** Refusals of the round and a damaged draft become answers, not 500s. */
  const answering =
    (fn: (r: MemberRequest) => Promise<void>) =>
    async (r: MemberRequest): Promise<void> => {
      try {
        await fn(r);
      } catch (e) {
        if (e instanceof RoundRefusal) return error(r.res, e.status, e.code, e.message);
        if (e instanceof DraftDamagedError) return error(r.res, 409, 'draft-damaged', 'Dit concept is op de server beschadigd en alleen te lezen.');
        if (e instanceof ExportBusy) {
          const seconds = String(Math.ceil(e.retryAfterMs / 1000));
          return error(r.res, 503, 'export-busy', `De server maakt nu te veel exports; probeer het over ${seconds} s opnieuw.`, { 'Retry-After': seconds });
        }
        throw e;
      }
    };

  const routes: MemberRoute[] = [
    { method: 'GET', path: '/members', access: 'owner', handle: listMembers },
    { method: 'POST', path: '/members', access: 'owner', handle: invite },
    { method: 'DELETE', path: '/members/(?<memberId>[A-Za-z0-9_-]{1,64})', access: 'owner', handle: revoke },
    { method: 'POST', path: '/comments', access: 'any', handle: addComment },
    { method: 'GET', path: '/comments/open\\.md', access: 'any', handle: openPoints },
    { method: 'POST', path: '/comments/(?<threadId>[A-Za-z0-9_-]{1,64})/replies', access: 'any', handle: reply },
    { method: 'POST', path: '/comments/(?<threadId>[A-Za-z0-9_-]{1,64})/resolve', access: 'editor', handle: resolve },
    { method: 'GET', path: '/versions', access: 'any', handle: listVersions },
    { method: 'POST', path: '/versions', access: 'editor', handle: saveVersion },
    { method: 'GET', path: '/versions/(?<versionId>[A-Za-z0-9_-]{1,64})/state', access: 'any', handle: versionState },
    { method: 'POST', path: '/versions/(?<versionId>[A-Za-z0-9_-]{1,64})/restore', access: 'editor', handle: restore },
    { method: 'GET', path: '/versions/(?<versionId>[A-Za-z0-9_-]{1,64})/export\\.docx', access: 'any', handle: versionDocx },
    { method: 'GET', path: '/versions/(?<versionId>[A-Za-z0-9_-]{1,64})/export\\.pdf', access: 'any', handle: versionPdf },
    { method: 'POST', path: '/round', access: 'owner', handle: proposeRound },
    { method: 'POST', path: '/round/consent', access: 'any', handle: consent },
    { method: 'GET', path: '/changes/authors', access: 'any', handle: changesAuthors },
    { method: 'GET', path: '/audit', access: 'owner', handle: auditJson },
    { method: 'GET', path: '/audit\\.csv', access: 'owner', handle: auditCsvRoute },
  ];
  return routes.map((r) => ({ ...r, handle: answering(r.handle) }));
}

// The server's records as the fronts see them: the top-level Y.Map `server` of the draft
// (core/consent/contract.ts), read and checked with valibot. The server is its only writer,
// but a doc can come from anywhere (a backup, a broken client before the server refused it),
// so each key is checked on its own: a malformed key reads as empty, never as a crash.
import * as v from 'valibot';
import type * as Y from 'yjs';
import { CONSENT_KINDS, MEMBER_ROLES, SERVER_KEYS, SERVER_MAP, type CommentThread, type ConsentRound, type MemberSummary, type VersionSummary } from '../../consent/contract.js';

const text = v.string();
const nullableText = v.nullable(v.string());

const memberSchema = v.object({
  id: text,
  name: text,
  partnerId: nullableText,
  role: v.picklist(MEMBER_ROLES),
  representative: v.boolean(),
  revokedAt: nullableText,
});

const replySchema = v.object({ id: text, authorId: text, authorName: text, body: text, at: text });
const threadSchema = v.object({
  id: text,
  target: v.object({ part: text, field: v.optional(text), label: v.optional(text) }),
  authorId: text,
  authorName: text,
  body: text,
  at: text,
  mentions: v.array(text),
  replies: v.array(replySchema),
  resolvedAt: nullableText,
  resolvedBy: nullableText,
});

const versionSchema = v.object({ id: text, n: v.number(), name: text, authorId: text, authorName: text, at: text, hash: text, agreedAt: v.optional(nullableText, null) });

const consentSchema = v.object({ partnerId: text, memberId: text, memberName: text, kind: v.picklist(CONSENT_KINDS), text, at: text });
const roundSchema = v.object({
  versionId: text,
  versionN: v.number(),
  proposedBy: text,
  proposedAt: text,
  status: v.picklist(['open', 'agreed', 'objected']),
  partnerIds: v.array(text),
  consents: v.array(consentSchema),
  agreedAt: nullableText,
  changedSince: v.boolean(),
});

export interface ServerRecords {
  members: MemberSummary[];
  comments: CommentThread[];
  versions: VersionSummary[];
  round: ConsentRound | null;
}

export const NO_RECORDS: ServerRecords = { members: [], comments: [], versions: [], round: null };

function list<T>(value: unknown, schema: v.GenericSchema<unknown, T>): T[] {
  const parsed = v.safeParse(v.array(schema), value);
  return parsed.success ? parsed.output : [];
}

/** What the server mirrored into `doc`; absent or malformed keys read as empty. */
export function readServerRecords(doc: Y.Doc): ServerRecords {
  const map = doc.getMap<unknown>(SERVER_MAP);
  const round = v.safeParse(roundSchema, map.get(SERVER_KEYS.round));
  return {
    members: list(map.get(SERVER_KEYS.members), memberSchema),
    comments: list(map.get(SERVER_KEYS.comments), threadSchema as v.GenericSchema<unknown, CommentThread>),
    versions: list(map.get(SERVER_KEYS.versions), versionSchema).sort((a, b) => a.n - b.n),
    round: round.success ? round.output : null,
  };
}

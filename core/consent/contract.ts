// The contract between the sync server and every front for reaching an agreed version:
// members (personal invitations), comments, versions, the consent round and the audit log.
// The server is the only writer of these records: it keeps them in its database and mirrors
// a public summary into the draft's Y.Doc (top-level Y.Map `server`, keys below), so every
// front renders them from the doc like everything else. Clients never write that map; the
// server refuses an update that touches it. Writes go through the HTTP routes listed here,
// authenticated with the person's own token (Bearer), and the server stamps who and when.

/** The top-level Y.Map the server writes and clients only read. */
export const SERVER_MAP = 'server';
/** Keys of SERVER_MAP; each holds a plain JSON value (an array or object) replaced whole. */
export const SERVER_KEYS = {
  members: 'members',
  comments: 'comments',
  versions: 'versions',
  round: 'round',
} as const;

export const MEMBER_ROLES = ['owner', 'editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person invited to the draft: what every partner may see of them. */
export interface MemberSummary {
  id: string;
  name: string;
  /** The partner (agreement `partners` item id) this person represents, or null. */
  partnerId: string | null;
  role: MemberRole;
  /** This person is the partner's representative with a mandate: the one who consents. */
  representative: boolean;
  /** ISO time; null while active. */
  revokedAt: string | null;
}

/** What the owner fills in to invite someone. */
export interface InviteInput {
  name: string;
  partnerId: string | null;
  role: MemberRole;
  representative: boolean;
}

/** The answer to an invitation: the personal token is shown once; only its hash is stored. */
export interface Invitation {
  member: MemberSummary;
  token: string;
  link: string;
}

/**
 * Where a comment is attached: a part of the agreement (PartId), optionally one field of it
 * (its core/agreement field key, e.g. `ambition.statement` or `partners/<id>/name`) with the
 * field's label as it was shown where the comment was made. Without a field: the whole part.
 */
export interface CommentTarget {
  part: string;
  field?: string;
  label?: string;
}

export interface CommentReply {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  at: string;
}

export interface CommentThread {
  id: string;
  target: CommentTarget;
  authorId: string;
  authorName: string;
  body: string;
  at: string;
  /** Partner ids mentioned in the body (`@partner`), chosen from a list, not parsed. */
  mentions: string[];
  replies: CommentReply[];
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** Limits on comments, enforced by the server (error codes below) and shown near the limit in the UI. */
export const COMMENT_LIMITS = {
  /** Threads per draft, open and resolved together. */
  threads: 500,
  /** Replies per thread. */
  replies: 100,
  /** Characters per comment or reply. */
  body: 4000,
} as const;
/** Error codes of the comment limits (HTTP 409 for a full draft or thread). */
export const COMMENT_LIMIT_ERRORS = { threads: 'too-many-threads', replies: 'too-many-replies' } as const;
/** From how many threads/replies before the limit the UI says how many are left. */
export const COMMENT_LIMIT_NEAR = { threads: 25, replies: 10 } as const;

/** A stored, immutable version: the whole Yjs state at that moment. */
export interface VersionSummary {
  id: string;
  /** 1, 2, 3 … in the order they were made. */
  n: number;
  name: string;
  authorId: string;
  authorName: string;
  at: string;
  /** SHA-256 (hex) of the stored Yjs state update. */
  hash: string;
  /** When this version's consent round ended with every partner's consent (vastgesteld); null otherwise. */
  agreedAt: string | null;
}

/** A member who changed a part, as the server's member record names them. */
export interface ChangeAuthor {
  memberId: string;
  name: string;
  partnerId: string | null;
}

/** Who changed one part between two versions, from the member recorded with each stored update. */
export interface PartAuthors {
  members: ChangeAuthor[];
  /**
   * Members of updates that were compacted away (merged into the stored snapshot) in the
   * period, for a part the merged updates touched: they may have changed it, one cannot tell.
   */
  earlier: ChangeAuthor[];
  /** Some change came through an anonymous role link (no member recorded). */
  anonymous: boolean;
}

/** GET /changes/authors?from=<versionId>&to=<versionId|now>: per part (a section id), who changed it. */
export interface ChangeAuthors {
  from: string;
  to: string;
  parts: Record<string, PartAuthors>;
}

export const CONSENT_KINDS = ['consent', 'consent-with-remark', 'objection'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentRecord {
  partnerId: string;
  memberId: string;
  memberName: string;
  kind: ConsentKind;
  /** Required for a remark and for an objection (the reasons). */
  text: string;
  at: string;
}

/**
 * The consent round on one proposed version. `open` until every partner has consented (then
 * `agreed`, with agreedAt), or an objection is recorded (`objected`: amend, then propose again).
 * A change to the draft after a version is agreed leaves the round as it is; the fronts show
 * "gewijzigd sinds versie N" by comparing the doc with the version's state (`changedSince`).
 */
export interface ConsentRound {
  versionId: string;
  versionN: number;
  proposedBy: string;
  proposedAt: string;
  status: 'open' | 'agreed' | 'objected';
  /** The partners whose representative's consent is needed (all partners at proposal time). */
  partnerIds: string[];
  consents: ConsentRecord[];
  agreedAt: string | null;
  /** Set by the server when the draft changed after the proposed version (resets the round). */
  changedSince: boolean;
}

export const AUDIT_ACTIONS = ['invited', 'revoked', 'version-saved', 'proposed', 'consented', 'objected', 'restored', 'agreed', 'reset'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Presence: the server stamps every awareness state it relays with `memberId` (the member's
 * id, or null for an anonymous role link) and, for a member, overwrites `user.name` and
 * `user.organisation` with the member's name and partner from its own record.
 */
export const PRESENCE_MEMBER_KEY = 'memberId';

export interface AuditEntry {
  at: string;
  action: AuditAction;
  memberId: string | null;
  memberName: string;
  /** e.g. the version id, the invited member's id, the partner id. */
  subject: string | null;
  detail: string;
}

/** Who the bearer of a token is, as GET /api/drafts/:id answers (member is null for anonymous role links). */
export interface WhoAmI {
  role: MemberRole;
  member: MemberSummary | null;
}

/**
 * The routes, under /api/drafts/:id, with the access they need. Bodies are JSON; errors are
 * `{ error: code, message }` with the status given. Viewers may read and comment (decided:
 * a viewer, such as an alderman's adviser, may raise a point but not change the text).
 */
export const CONSENT_ROUTES = {
  members: { list: 'GET /members (owner)', invite: 'POST /members {InviteInput} -> Invitation (owner)', revoke: 'DELETE /members/:memberId (owner)' },
  comments: {
    add: 'POST /comments {target, body, mentions} -> CommentThread (any member)',
    reply: 'POST /comments/:threadId/replies {body} -> CommentThread (any member)',
    resolve: 'POST /comments/:threadId/resolve {resolved: boolean} -> CommentThread (editor, owner)',
  },
  versions: {
    list: 'GET /versions -> VersionSummary[] (any)',
    save: 'POST /versions {name} -> VersionSummary (editor, owner)',
    state: 'GET /versions/:versionId/state -> application/octet-stream Yjs update (any)',
    restore: 'POST /versions/:versionId/restore -> {ok} (editor, owner): applied as a new change',
    compare: 'the text difference is computed client-side (core/ui/consent/compare.ts), not a route',
    authors: 'GET /changes/authors?from=<versionId>&to=<versionId|now> -> ChangeAuthors (any)',
    docx: 'GET /versions/:versionId/export.docx (any): the version with its vaststelling page',
    pdf: 'GET /versions/:versionId/export.pdf (any): 501 pdf-unavailable when LibreOffice is absent',
  },
  round: {
    propose: 'POST /round {versionId} -> ConsentRound (owner)',
    consent: 'POST /round/consent {kind, text} -> ConsentRound (the representative member of a partner in the round)',
  },
  audit: { list: 'GET /audit -> AuditEntry[] (owner)', csv: 'GET /audit.csv (owner)' },
} as const;

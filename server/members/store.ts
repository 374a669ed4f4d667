// The records of reaching an agreed version, over the same database as the drafts (migration 6):
// members with the SHA-256 of their personal token, immutable versions, consent rounds,
// comment threads and the audit log. Only SQL lives here; the rules are in round.ts and routes.ts.
import { createHash, randomBytes } from 'node:crypto';
import type { AuditAction, AuditEntry, CommentThread, ConsentRound, MemberRole, MemberSummary, VersionSummary } from '../../core/consent/contract.js';
import type { Driver } from '../storage/driver.js';

/** A member as stored: the public summary plus what only the server knows. */
export interface MemberRecord extends MemberSummary {
  draftId: string;
  tokenHash: string;
  createdAt: string;
}

export interface NewVersion {
  name: string;
  authorId: string;
  authorName: string;
  state: Uint8Array;
}

export interface MemberStore {
  invite(draftId: string, m: Omit<MemberRecord, 'id' | 'draftId' | 'createdAt' | 'revokedAt'>): Promise<MemberRecord>;
  /** The active (not revoked) member holding this token hash. */
  byToken(draftId: string, tokenHash: string): Promise<MemberRecord | null>;
  member(draftId: string, memberId: string): Promise<MemberRecord | null>;
  members(draftId: string): Promise<MemberRecord[]>;
  /** Sets revoked_at; null when there is no such active member. */
  revoke(draftId: string, memberId: string): Promise<MemberRecord | null>;
  /** Stores a version with the next number; its hash is the SHA-256 of `state`. */
  saveVersion(draftId: string, v: NewVersion): Promise<VersionSummary>;
  versions(draftId: string): Promise<VersionSummary[]>;
  version(draftId: string, versionId: string): Promise<{ summary: VersionSummary; state: Uint8Array } | null>;
  /** The round of the most recently proposed version, or null. */
  currentRound(draftId: string): Promise<ConsentRound | null>;
  /** The round of one version, or null when it was never proposed. */
  roundOf(draftId: string, versionId: string): Promise<ConsentRound | null>;
  /**
   * Stores a round. With `expected`, a compare-and-set: written only over exactly that stored
   * round, atomically in the database (so across processes too); false when another writer
   * changed it since it was read. Without, a proposal: it replaces whatever round the version had.
   */
  putRound(draftId: string, round: ConsentRound, expected?: ConsentRound): Promise<boolean>;
  comments(draftId: string): Promise<CommentThread[]>;
  comment(draftId: string, threadId: string): Promise<CommentThread | null>;
  putComment(draftId: string, thread: CommentThread): Promise<void>;
  audit(draftId: string, e: Omit<AuditEntry, 'at'>): Promise<AuditEntry>;
  auditLog(draftId: string): Promise<AuditEntry[]>;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export const newRecordId = (): string => randomBytes(9).toString('base64url');
const now = () => new Date().toISOString();

interface MemberRow {
  id: string;
  draft_id: string;
  name: string;
  partner_id: string | null;
  role: MemberRole;
  representative: number;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}
interface VersionRow {
  id: string;
  n: number;
  name: string;
  author_id: string;
  author_name: string;
  at: string;
  hash: string;
  agreed_at?: string | null;
}

const MEMBER_COLUMNS = 'id, draft_id, name, partner_id, role, representative, token_hash, created_at, revoked_at';
const VERSION_COLUMNS = 'id, n, name, author_id, author_name, at, hash';

const member = (r: MemberRow): MemberRecord => ({
  id: r.id,
  draftId: r.draft_id,
  name: r.name,
  partnerId: r.partner_id,
  role: r.role,
  representative: r.representative === 1,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});
const version = (r: VersionRow, agreedAt: string | null): VersionSummary => ({
  id: r.id,
  n: Number(r.n),
  name: r.name,
  authorId: r.author_id,
  authorName: r.author_name,
  at: r.at,
  hash: r.hash,
  agreedAt,
});

export function memberStore(db: Driver): MemberStore {
  /** Agreed time per version id of a draft (from the rounds). */
  async function agreedTimes(draftId: string): Promise<Map<string, string>> {
    const rows = await db.all<{ version_id: string; data: string }>('SELECT version_id, data FROM consent_rounds WHERE draft_id = ?', [draftId]);
    const out = new Map<string, string>();
    for (const r of rows) {
      const round = JSON.parse(r.data) as ConsentRound;
      if (round.status === 'agreed' && round.agreedAt) out.set(r.version_id, round.agreedAt);
    }
    return out;
  }

  return {
    async invite(draftId, m) {
      const rec: MemberRecord = { ...m, id: newRecordId(), draftId, createdAt: now(), revokedAt: null };
      await db.run(`INSERT INTO members (${MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        rec.id,
        draftId,
        rec.name,
        rec.partnerId,
        rec.role,
        rec.representative ? 1 : 0,
        rec.tokenHash,
        rec.createdAt,
        null,
      ]);
      return rec;
    },
    async byToken(draftId, tokenHash) {
      const r = await db.get<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE draft_id = ? AND token_hash = ? AND revoked_at IS NULL`, [draftId, tokenHash]);
      return r ? member(r) : null;
    },
    async member(draftId, memberId) {
      const r = await db.get<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE draft_id = ? AND id = ?`, [draftId, memberId]);
      return r ? member(r) : null;
    },
    async members(draftId) {
      return (await db.all<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE draft_id = ? ORDER BY created_at, id`, [draftId])).map(member);
    },
    async revoke(draftId, memberId) {
      const changed = await db.run('UPDATE members SET revoked_at = ? WHERE draft_id = ? AND id = ? AND revoked_at IS NULL', [now(), draftId, memberId]);
      if (changed === 0) return null;
      const r = await db.get<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE draft_id = ? AND id = ?`, [draftId, memberId]);
      return r ? member(r) : null;
    },
    async saveVersion(draftId, v) {
      return db.transaction(async (tx) => {
        const last = await tx.get<{ n: number | null }>('SELECT MAX(n) AS n FROM versions WHERE draft_id = ?', [draftId]);
        const row: VersionRow = { id: newRecordId(), n: Number(last?.n ?? 0) + 1, name: v.name, author_id: v.authorId, author_name: v.authorName, at: now(), hash: sha256(v.state) };
        await tx.run(`INSERT INTO versions (${VERSION_COLUMNS}, draft_id, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
          row.id,
          row.n,
          row.name,
          row.author_id,
          row.author_name,
          row.at,
          row.hash,
          draftId,
          Buffer.from(v.state),
        ]);
        return version(row, null);
      });
    },
    async versions(draftId) {
      const agreed = await agreedTimes(draftId);
      const rows = await db.all<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM versions WHERE draft_id = ? ORDER BY n`, [draftId]);
      return rows.map((r) => version(r, agreed.get(r.id) ?? null));
    },
    async version(draftId, versionId) {
      const r = await db.get<VersionRow & { state: Buffer }>(`SELECT ${VERSION_COLUMNS}, state FROM versions WHERE draft_id = ? AND id = ?`, [draftId, versionId]);
      if (!r) return null;
      const agreed = await agreedTimes(draftId);
      return { summary: version(r, agreed.get(r.id) ?? null), state: new Uint8Array(r.state.buffer, r.state.byteOffset, r.state.byteLength) };
    },
    async currentRound(draftId) {
      const r = await db.get<{ data: string }>('SELECT data FROM consent_rounds WHERE draft_id = ? ORDER BY proposed_at DESC LIMIT 1', [draftId]);
      return r ? (JSON.parse(r.data) as ConsentRound) : null;
    },
    async roundOf(draftId, versionId) {
      const r = await db.get<{ data: string }>('SELECT data FROM consent_rounds WHERE draft_id = ? AND version_id = ?', [draftId, versionId]);
      return r ? (JSON.parse(r.data) as ConsentRound) : null;
    },
    async putRound(draftId, round, expected) {
      const data = JSON.stringify(round);
      if (expected) {
        // The stored text is JSON.stringify of what was read, so equal text is the same round.
        const changed = await db.run('UPDATE consent_rounds SET data = ? WHERE draft_id = ? AND version_id = ? AND data = ?', [data, draftId, expected.versionId, JSON.stringify(expected)]);
        return changed === 1;
      }
      await db.run(
        'INSERT INTO consent_rounds (version_id, draft_id, proposed_at, data) VALUES (?, ?, ?, ?) ON CONFLICT (version_id) DO UPDATE SET proposed_at = excluded.proposed_at, data = excluded.data',
        [round.versionId, draftId, round.proposedAt, data],
      );
      return true;
    },
    async comments(draftId) {
      return (await db.all<{ data: string }>('SELECT data FROM comments WHERE draft_id = ? ORDER BY at, id', [draftId])).map((r) => JSON.parse(r.data) as CommentThread);
    },
    async comment(draftId, threadId) {
      const r = await db.get<{ data: string }>('SELECT data FROM comments WHERE draft_id = ? AND id = ?', [draftId, threadId]);
      return r ? (JSON.parse(r.data) as CommentThread) : null;
    },
    async putComment(draftId, thread) {
      await db.run('INSERT INTO comments (id, draft_id, at, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data', [
        thread.id,
        draftId,
        thread.at,
        JSON.stringify(thread),
      ]);
    },
    async audit(draftId, e) {
      const entry: AuditEntry = { at: now(), ...e };
      await db.run('INSERT INTO audit_log (draft_id, at, action, member_id, member_name, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        draftId,
        entry.at,
        entry.action,
        entry.memberId,
        entry.memberName,
        entry.subject,
        entry.detail,
      ]);
      return entry;
    },
    async auditLog(draftId) {
      const rows = await db.all<{ at: string; action: AuditAction; member_id: string | null; member_name: string; subject: string | null; detail: string }>(
        'SELECT at, action, member_id, member_name, subject, detail FROM audit_log WHERE draft_id = ? ORDER BY seq',
        [draftId],
      );
      return rows.map((r) => ({ at: r.at, action: r.action, memberId: r.member_id, memberName: r.member_name, subject: r.subject, detail: r.detail }));
    },
  };
}

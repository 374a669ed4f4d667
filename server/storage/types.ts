// The storage seam of the sync server: drafts, their update log, snapshots and the hashes
// of their share-link tokens. One store (store.ts) implements it over SQLite or PostgreSQL;
// tests may wrap or fake it.

import { MEMBER_ROLES, type MemberRole } from '../../core/consent/contract.js';

export type Engine = 'sqlite' | 'postgres';

/** A share link's role: the roles of the consent contract. */
export const ROLES = MEMBER_ROLES;
export type Role = MemberRole;

export interface StoredUpdate {
  seq: number;
  data: Uint8Array;
  /** False when the bytes do not match the checksum stored with them (altered on disk). */
  intact: boolean;
}

export interface StoredDraft {
  id: string;
  createdAt: string;
  /** Compacted state, or null before the first compaction. */
  snapshot: Uint8Array | null;
  /** False when the snapshot does not match its stored checksum (true when there is none). */
  snapshotIntact: boolean;
  /** Updates appended after the snapshot, in append order. */
  updates: StoredUpdate[];
}

export interface UpdateAuthor {
  seq: number;
  memberId: string | null;
  /** ISO time the update was stored; null for updates stored before authorship was kept. */
  at: string | null;
}

export interface CompactedAuthor {
  memberId: string;
  /** How many compacted updates this member wrote. */
  updates: number;
  firstAt: string | null;
  lastAt: string | null;
}

export interface TokenRecord {
  role: Role;
  hash: string;
  createdAt: string;
}

export interface DraftStore {
  readonly kind: Engine;
  /** Creates a draft with its token hashes and (optionally) an initial Yjs update. */
  createDraft(id: string, tokenHashes: Record<Role, string>, initial?: Uint8Array): Promise<void>;
  exists(id: string): Promise<boolean>;
  /** Whether a draft of this id was deleted here (a tombstone: the hash of its id). */
  wasDeleted(id: string): Promise<boolean>;
  /** The role a token hash grants on a draft, or null. */
  roleFor(id: string, tokenHash: string): Promise<Role | null>;
  /** Replaces (rotate) or removes (revoke, hash null) the token of one role. */
  setToken(id: string, role: Role, hash: string | null): Promise<boolean>;
  tokens(id: string): Promise<TokenRecord[]>;
  /** Everything needed to rebuild the document; null when the draft does not exist. */
  fetch(id: string): Promise<StoredDraft | null>;
  /**
   * Appends one update durably: when the promise resolves the write has reached the
   * database (SQLite: synchronous, WAL; PostgreSQL: committed). Rejects with
   * DraftGoneError when the draft no longer exists.
   */
  append(id: string, update: Uint8Array, memberId?: string | null): Promise<number>;
  /**
   * Who wrote each update still in the log, in append order: the member id given to append
   * (null when none was) and when it was stored (null for rows stored before migration 5).
   * Compacted updates are not listed: see compactedAuthorsOf. Empty for an unknown draft.
   */
  authorsOf(id: string): Promise<UpdateAuthor[]>;
  /**
   * What compaction kept of the authorship of the updates it folded into the snapshot: per
   * member, how many of them were theirs and the first and last time. Updates without a
   * member id are not counted. Ordered by member id.
   */
  compactedAuthorsOf(id: string): Promise<CompactedAuthor[]>;
  /**
   * Stores a new snapshot and removes exactly the given (already merged) updates, atomically.
   * Nothing to merge: nothing changes. Rejects, changing nothing, when some of them are gone
   * already (another process compacted meanwhile, so the snapshot may lack its work).
   */
  compact(id: string, snapshot: Uint8Array, mergedSeqs: number[]): Promise<void>;
  /**
   * Removes the draft and everything about it, its bytes included: on SQLite the freed pages
   * are zeroed (secure_delete) and the write-ahead log is emptied before this resolves.
   */
  delete(id: string): Promise<boolean>;
  /** Drafts whose update log has at least `minUpdates` rows. */
  draftsToCompact(minUpdates: number, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

export class DraftGoneError extends Error {
  constructor(id: string) {
    super(`draft ${id} does not exist (deleted?)`);
    this.name = 'DraftGoneError';
  }
}

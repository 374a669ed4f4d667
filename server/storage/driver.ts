// The seam between the one draft store (store.ts) and a database engine. A driver runs SQL
// written once with `?` placeholders, in transactions, and names the few fragments that
// differ between SQLite and PostgreSQL. Rows come back alike from both: integers as numbers,
// timestamps as ISO strings, blobs as Buffers.
import type { Engine } from './types.js';

export type Param = string | number | Buffer | null;

export interface Queries {
  /** Runs one statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs statements without parameters, several at once (migrations). */
  exec(sql: string): Promise<void>;
}

/** The SQL that is not the same on both engines (besides the DDL of migration 1). */
export interface Dialect {
  /** A subquery of the integers in one parameter holding a JSON array, for `x IN …`. */
  integersFromJson: string;
  /** A query that returns a row when the table named by its one parameter exists. */
  tableExists: string;
  /** Run first in the migration transaction to keep other processes out; null when the transaction already does. */
  migrationLock: string | null;
}

export interface Driver extends Queries {
  readonly kind: Engine;
  readonly dialect: Dialect;
  /**
   * Runs fn in one transaction: commits when it resolves, rolls back when it throws. Use only
   * `tx` inside. SQLite: BEGIN IMMEDIATE, and no other statement runs until it ends.
   */
  transaction<T>(fn: (tx: Queries) => Promise<T>): Promise<T>;
  /**
   * Runs one statement (a write returning at most one row) in a group commit kept by the
   * driver: it shares one transaction, so one disk flush, with the grouped statements that
   * arrive while the previous group commits, starts at once when none does, never runs
   * inside another transaction, and resolves once committed. `transfer`: buffers of `params`
   * the caller gives up (moved instead of copied; they are unusable afterwards). Absent: the
   * store groups its appends itself, over `transaction`.
   */
  grouped?<T>(sql: string, params: readonly Param[], transfer?: readonly ArrayBuffer[]): Promise<T | undefined>;
  /** With `grouped`: the group commits run so far and the grouped statements they held (tests, benchmark). */
  groupCommits?(): Promise<{ commits: number; statements: number }>;
  /**
   * Makes deleted rows leave the write-ahead log (SQLite: checkpoint and truncate it, rejecting
   * when other connections' readers keep it from finishing; PostgreSQL: nothing, see docs/server.md).
   */
  checkpoint(): Promise<void>;
  /** Idempotent. */
  close(): Promise<void>;
}

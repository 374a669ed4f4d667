// The module the SQLite thread runs (see sqlite.ts): it owns the one better-sqlite3
// connection of a store and runs the statements the event loop sends it, in order, replying
// only once a statement has finished — for a commit, once SQLite has written the
// write-ahead log (so a reply to a write survives kill -9) and synced it (synchronous = FULL,
// so it survives a power loss too). The disk flush thus waits here, never on the server's
// event loop. It also runs the group commit of grouped writes (appends): every grouped write
// waiting when the thread is free shares one transaction, so one flush, and a lone one starts
// at once. The write-ahead log is kept allocated at its working size, so a commit's flush
// overwrites blocks instead of growing the file (which costs a file-system journal commit on top).
// The sync is SQLite's own fsync (this better-sqlite3 build has no fdatasync). Measured on the
// project's machine, an fsync of a log frame costs what an fdatasync does: each is one cache
// flush of the disk, which is the whole cost. So synchronous = NORMAL with an fdatasync of our
// own would gain nothing, and would have to take over what SQLite does itself (syncing the
// directory of a log file it has just created).
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, statSync, writeSync } from 'node:fs';
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { Param } from './driver.js';

/**
 * `tx` names the transaction a statement belongs to. The event loop sends a transaction's
 * BEGIN and its statements without waiting for each answer (one wake-up of this thread for
 * all of them); if BEGIN failed, they fail too instead of running outside the transaction.
 */
export type SqliteRequest =
  | { id: number; op: 'run' | 'all' | 'get'; sql: string; params: readonly Param[]; tx?: number }
  /** One statement of the next group commit (see runGroup); answered with its row, once committed. */
  | { id: number; op: 'grouped'; sql: string; params: readonly Param[] }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' | 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'checkpoint' | 'close' | 'groupCommits' };

/** An error as it crosses the thread boundary: what failures.ts and the logs read of it. */
export interface SqliteFailure {
  name: string;
  message: string;
  code?: string;
}
export type SqliteReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SqliteFailure };

export interface SqliteWorkerData {
  file: string;
}

if (!parentPort) throw new Error('sqlite-worker.ts runs only as a worker thread');
const port: MessagePort = parentPort;
const { file } = workerData as SqliteWorkerData;

/** Frames the write-ahead log holds at most in steady use: the automatic checkpoint's 1000 and room for the transaction that crosses it. */
const WAL_FRAMES = 1100;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
let walBytes = 0;
/** Set when allocating failed (the disk is full, say): not tried again until the next checkpoint. */
let walAllocationFailed = false;

/**
 * Extends the write-ahead log with zeros to its working size (never shortens it). SQLite
 * reads a log only up to its last valid frame, so zeros past it are ignored, as are the
 * stale frames it leaves there itself; written now, the blocks are allocated once instead
 * of by commits. Done between statements, holding the write lock, so no frame is written
 * meanwhile (nor by another process).
 */
function preallocateWal(): void {
  if (!db?.open || db.inTransaction || walBytes === 0 || walAllocationFailed) return;
  try {
    allocateWal(db);
  } catch {
    // Only a speed-up: commits still grow the log themselves.
    walAllocationFailed = true;
  }
}

function allocateWal(db: Database.Database): void {
  const wal = `${file}-wal`;
  const size = statSync(wal, { throwIfNoEntry: false })?.size;
  if (size === undefined || size >= walBytes) return;
  // The write lock keeps other connections (another process) from appending frames meanwhile.
  db.exec('BEGIN IMMEDIATE');
  try {
    const fd = openSync(wal, 'r+');
    try {
      const zeros = Buffer.alloc(Math.min(1 << 20, walBytes - size));
      for (let at = size; at < walBytes; at += zeros.byteLength) writeSync(fd, zeros, 0, Math.min(zeros.byteLength, walBytes - at), at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Opens the file with the pragmas every store relies on; a failure is every request's answer. */
function open(): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  if (file !== ':memory:') {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    walBytes = WAL_HEADER_BYTES + WAL_FRAMES * (WAL_FRAME_HEADER_BYTES + pageSize);
    // A log that grew past its working size (one large transaction) is cut back to it when it restarts.
    db.pragma(`journal_size_limit = ${walBytes}`);
  }
  return db;
}
let db: Database.Database | null = null;
let openFailure: unknown = null;
try {
  db = open();
  preallocateWal();
} catch (e) {
  openFailure = e;
}

const statements = new Map<string, Database.Statement>();
function prepared(on: Database.Database, sql: string): Database.Statement {
  let s = statements.get(sql);
  if (!s) statements.set(sql, (s = on.prepare(sql)));
  return s;
}

/** Blobs arrive as Uint8Array (structured clone); better-sqlite3 binds Buffers. */
const bindable = (params: readonly Param[]): unknown[] =>
  params.map((p: unknown) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));

/** The transaction whose BEGIN failed, and why: its statements are refused until it ends. */
let failed: { tx: number; error: unknown } | null = null;

/** The open connection, or the reason there is none (the failure to open it, or its close). */
function connection(): Database.Database {
  if (!db) throw openFailure;
  if (!db.open) throw new Error('the database is closed');
  return db;
}

type Grouped = Extract<SqliteRequest, { op: 'grouped' }>;

/** A request other than a grouped statement (those run in their group: runGroup). */
function handle(req: Exclude<SqliteRequest, Grouped>): unknown {
  const refused = failed;
  if (refused && 'tx' in req && refused.tx === req.tx) {
    if (req.op === 'commit' || req.op === 'rollback') failed = null;
    if (req.op === 'rollback') return undefined;
    throw refused.error;
  }
  if (req.op === 'close') {
    if (db?.open) db.close();
    return undefined;
  }
  const on = connection();
  switch (req.op) {
    case 'groupCommits':
      return { ...groupCommits };
    case 'run':
      return prepared(on, req.sql).run(...bindable(req.params)).changes;
    case 'all':
      return prepared(on, req.sql).all(...bindable(req.params));
    case 'get':
      return prepared(on, req.sql).get(...bindable(req.params));
    case 'exec':
      return void on.exec(req.sql);
    case 'begin':
      try {
        return void on.exec('BEGIN IMMEDIATE');
      } catch (e) {
        failed = { tx: req.tx, error: e };
        throw e;
      }
    case 'commit':
      return void on.exec('COMMIT');
    case 'rollback':
      return void (on.inTransaction && on.exec('ROLLBACK'));
    case 'checkpoint': {
      // Waits (busy_timeout) for readers of other connections; busy = 1 when they stayed.
      const [result] = on.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy) throw new Error('the write-ahead log could not be emptied: another connection kept reading the database');
      // Emptied, it is allocated again with zeros: nothing of what it held comes back.
      walAllocationFailed = false;
      preallocateWal();
      return undefined;
    }
  }
}

function failure(e: unknown): SqliteFailure {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const code = (e as { code?: unknown }).code;
  return { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) };
}

/** Group commits run so far, and the grouped statements they held. */
const groupCommits = { commits: 0, statements: 0 };

/**
 * The group commit: the grouped statements waiting, in one transaction (a lone one by itself,
 * which commits alone). A statement that fails fails alone while the transaction stands;
 * when the transaction fails (BEGIN, COMMIT, or SQLite rolled it back), every one fails.
 * Answers only after COMMIT, so after the flush.
 */
function runGroup(group: Grouped[]): SqliteReply[] {
  groupCommits.commits++;
  groupCommits.statements += group.length;
  const all = (e: unknown): SqliteReply[] => group.map((req) => ({ id: req.id, ok: false, error: failure(e) }));
  let on: Database.Database;
  try {
    on = connection();
  } catch (e) {
    return all(e);
  }
  const one = (req: Grouped): SqliteReply => {
    try {
      return { id: req.id, ok: true, value: prepared(on, req.sql).get(...bindable(req.params)) };
    } catch (e) {
      return { id: req.id, ok: false, error: failure(e) };
    }
  };
  if (group.length === 1) return group.map(one);
  try {
    on.exec('BEGIN IMMEDIATE');
  } catch (e) {
    return all(e);
  }
  const replies: SqliteReply[] = [];
  for (const req of group) {
    const reply = one(req);
    replies.push(reply);
    // A failure that ended the transaction (SQLITE_FULL, I/O) undid the others too: theirs as well.
    if (!reply.ok && !on.inTransaction) return group.map((r) => ({ id: r.id, ok: false, error: reply.error }));
  }
  try {
    on.exec('COMMIT');
  } catch (e) {
    try {
      if (on.inTransaction) on.exec('ROLLBACK');
    } catch {
      // The failure of COMMIT is the one to report.
    }
    return all(e);
  }
  return replies;
}

/** Grouped statements not yet run: they wait while a transaction of the event loop is open. */
let group: Grouped[] = [];

function flushGroup(): void {
  if (group.length === 0 || db?.inTransaction) return;
  const batch = group;
  group = [];
  port.postMessage(runGroup(batch));
  // After the answers: a log not there yet at open, or emptied by another connection, is allocated now.
  preallocateWal();
}

/**
 * Every request waiting on the port is taken at once (the first by the event, the rest
 * drained): the others are answered in order; the grouped ones wait for the end of the batch
 * and commit together, so those that arrived during the previous flush share the next one.
 */
port.on('message', (first: SqliteRequest[]) => {
  const requests = [...first];
  for (let more = receiveMessageOnPort(port); more; more = receiveMessageOnPort(port)) requests.push(...(more.message as SqliteRequest[]));
  const replies: SqliteReply[] = [];
  for (const req of requests) {
    if (req.op === 'grouped') {
      group.push(req);
      continue;
    }
    // Whatever was grouped before the close is committed first.
    if (req.op === 'close') flushGroup();
    try {
      replies.push({ id: req.id, ok: true, value: handle(req) });
    } catch (e) {
      replies.push({ id: req.id, ok: false, error: failure(e) });
    }
  }
  if (replies.length) port.postMessage(replies);
  flushGroup();
});

// The module the SQLite thread runs (see sqlite.ts): it owns the one better-sqlite3
// connection of a store and runs the statements the event loop sends it, in order, replying
// only once a statement has finished — for a commit, once SQLite has synced
// the write-ahead log (synchronous = FULL), so a reply to a write means it survives kill -9.
// The disk flush thus waits here, never on the server's event loop.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { Param } from './driver.js';

/**
 * `tx` names the transaction a statement belongs to. The event loop sends a transaction's
 * BEGIN and its statements without waiting for each answer (one wake-up of this thread for
 * all of them); if BEGIN failed, they fail too instead of running outside the transaction.
 */
export type SqliteRequest =
  | { id: number; op: 'run' | 'all' | 'get'; sql: string; params: readonly Param[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' | 'commit' | 'rollback'; tx: number }
  | { id: number; op: 'checkpoint' | 'close' };

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

const port = parentPort;
if (!port) throw new Error('sqlite-worker.ts runs only as a worker thread');
const { file } = workerData as SqliteWorkerData;

/** Opens the file with the pragmas every store relies on; a failure is every request's answer. */
function open(): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  return db;
}
let db: Database.Database | null = null;
let openFailure: unknown = null;
try {
  db = open();
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

function handle(req: SqliteRequest): unknown {
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
  if (!db) throw openFailure;
  if (!db.open) throw new Error('the database is closed');
  switch (req.op) {
    case 'run':
      return prepared(db, req.sql).run(...bindable(req.params)).changes;
    case 'all':
      return prepared(db, req.sql).all(...bindable(req.params));
    case 'get':
      return prepared(db, req.sql).get(...bindable(req.params));
    case 'exec':
      return void db.exec(req.sql);
    case 'begin':
      try {
        return void db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        failed = { tx: req.tx, error: e };
        throw e;
      }
    case 'commit':
      return void db.exec('COMMIT');
    case 'rollback':
      return void (db.inTransaction && db.exec('ROLLBACK'));
    case 'checkpoint': {
      // Waits (busy_timeout) for readers of other connections; busy = 1 when they stayed.
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy) throw new Error('the write-ahead log could not be emptied: another connection kept reading the database');
      return undefined;
    }
  }
}

function failure(e: unknown): SqliteFailure {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const code = (e as { code?: unknown }).code;
  return { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) };
}

// A message holds the requests of one event-loop tick; the replies go back together.
port.on('message', (requests: SqliteRequest[]) => {
  const replies = requests.map((req): SqliteReply => {
    try {
      return { id: req.id, ok: true, value: handle(req) };
    } catch (e) {
      return { id: req.id, ok: false, error: failure(e) };
    }
  });
  port.postMessage(replies);
});

// The SQLite driver (better-sqlite3; WAL, synchronous=FULL, foreign keys on, secure_delete on).
// The connection lives in a worker thread of its own (sqlite-worker.ts): statements are sent
// there and answered when done, so a commit's disk flush never stalls the event loop (every
// connection of the server) and a resolved write has reached the database file and survives
// kill -9. Calls run one after another, and none while a transaction is open. Deleted content
// is overwritten with zeros in the file (secure_delete), and a checkpoint empties the
// write-ahead log, whose frames still hold the pages as they were. Grouped writes (appends)
// skip the queue of calls and share the thread's group commit (sqlite-worker.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Dialect, Driver, Param, Queries } from './driver.js';
import type { SqliteFailure, SqliteReply, SqliteRequest, SqliteWorkerData } from './sqlite-worker.js';
import { openStoreOn } from './store.js';
import type { DraftStore } from './types.js';
import { startWorker } from '../worker-thread.js';

const dialect: Dialect = {
  integersFromJson: '(SELECT value FROM json_each(?))',
  tableExists: "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?",
  // BEGIN IMMEDIATE takes the database's write lock, which keeps other processes out.
  migrationLock: null,
};

const WORKER_MODULE = new URL(import.meta.url.endsWith('.ts') ? './sqlite-worker.ts' : './sqlite-worker.js', import.meta.url);

type Request = SqliteRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The error of the thread, rebuilt with the name and code that failures.ts and callers read. */
function rebuilt(f: SqliteFailure): Error {
  return Object.assign(new Error(f.message), { name: f.name }, f.code === undefined ? {} : { code: f.code });
}

/** Blobs come back from the thread as Uint8Array; the driver contract says Buffer. */
function withBuffers<T>(row: T): T {
  if (!row || typeof row !== 'object') return row;
  const out = row as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (v instanceof Uint8Array && !Buffer.isBuffer(v)) out[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return row;
}

/** The thread owning the connection: requests go in order, a tick's worth per message, answered in order. */
class SqliteThread {
  private worker: Worker;
  private next = 1;
  private waiting = new Map<number, { resolve(value: unknown): void; reject(e: unknown): void }>();
  private stopped: Error | null = null;

  constructor(file: string) {
    this.worker = startWorker(WORKER_MODULE, { workerData: { file } satisfies SqliteWorkerData });
    // Idle, the thread does not keep the process alive; with a request waiting it does.
    this.worker.unref();
    this.worker.on('message', (replies: SqliteReply[]) => {
      for (const reply of replies) {
        const w = this.waiting.get(reply.id);
        if (!w) continue;
        this.waiting.delete(reply.id);
        if (reply.ok) w.resolve(reply.value);
        else w.reject(rebuilt(reply.error));
      }
      if (this.waiting.size === 0) this.worker.unref();
    });
    this.worker.on('error', (e) => this.stop(new Error(`the SQLite thread failed: ${e.message}`, { cause: e })));
    this.worker.on('exit', (code) => this.stop(new Error(`the SQLite thread stopped (exit code ${code})`)));
  }

  private stop(e: Error): void {
    this.stopped ??= e;
    for (const w of this.waiting.values()) w.reject(this.stopped);
    this.waiting.clear();
  }

  /** Requests of this tick, sent as one message (one wake-up of the thread for all of them). */
  private outbox: SqliteRequest[] = [];
  /** Buffers the outbox's requests hand over to the thread (moved, not copied). */
  private transfers: ArrayBuffer[] = [];

  /** `transfer`: buffers of the request's parameters that the caller gives up (they are detached). */
  call(req: Request, transfer: readonly ArrayBuffer[] = []): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.transfers.push(...transfer);
      if (this.outbox.push({ ...req, id } as SqliteRequest) === 1) queueMicrotask(() => this.send());
    });
  }

  private send(): void {
    const requests = this.outbox;
    const transfers = this.transfers;
    this.outbox = [];
    this.transfers = [];
    if (!this.stopped) this.worker.postMessage(requests, transfers);
  }

  async terminate(): Promise<void> {
    if (this.stopped) return;
    await this.call({ op: 'close' });
    this.stopped = new Error('the database is closed');
    await this.worker.terminate();
  }
}

/** Statements on the thread, inside transaction `tx` when one is given. */
function queriesOn(thread: SqliteThread, tx?: number): Queries {
  const t = tx === undefined ? {} : { tx };
  return {
    run: async (sql, params: readonly Param[] = []) => (await thread.call({ op: 'run', sql, params, ...t })) as number,
    all: async <T>(sql: string, params: readonly Param[] = []) => ((await thread.call({ op: 'all', sql, params, ...t })) as T[]).map(withBuffers),
    get: async <T>(sql: string, params: readonly Param[] = []) => withBuffers((await thread.call({ op: 'get', sql, params, ...t })) as T | undefined),
    exec: async (sql) => void (await thread.call({ op: 'exec', sql, ...t })),
  };
}

export function sqliteDriver(file: string): Driver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const thread = new SqliteThread(file);
  const direct = queriesOn(thread);
  let transactions = 0;

  // One call at a time, in order: an async transaction must not take in others' statements.
  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const out = tail.then(fn);
    tail = out.catch(() => undefined);
    return out;
  }
  let closed: Promise<void> | null = null;

  return {
    kind: 'sqlite',
    dialect,
    run: (sql, params) => serial(() => direct.run(sql, params)),
    all: <T>(sql: string, params?: readonly Param[]) => serial(() => direct.all<T>(sql, params)),
    get: <T>(sql: string, params?: readonly Param[]) => serial(() => direct.get<T>(sql, params)),
    exec: (sql) => serial(() => direct.exec(sql)),
    transaction: (fn) =>
      serial(async () => {
        // BEGIN goes with the first statements, unanswered: a failed BEGIN fails them (tx).
        const tx = ++transactions;
        const began = thread.call({ op: 'begin', tx });
        began.catch(() => undefined);
        try {
          const out = await fn(queriesOn(thread, tx));
          await began;
          await thread.call({ op: 'commit', tx });
          return out;
        } catch (e) {
          await thread.call({ op: 'rollback', tx }).catch(() => undefined);
          // The statements' failure is that of BEGIN when it failed.
          await began;
          throw e;
        }
      }),
    // Not in the queue: the thread keeps grouped statements out of open transactions itself.
    grouped: async <T>(sql: string, params: readonly Param[], transfer: readonly ArrayBuffer[] = []) =>
      withBuffers((await thread.call({ op: 'grouped', sql, params }, transfer)) as T | undefined),
    groupCommits: async () => (await thread.call({ op: 'groupCommits' })) as { commits: number; statements: number },
    checkpoint: () => serial(async () => void (await thread.call({ op: 'checkpoint' }))),
    close: () => (closed ??= serial(() => thread.terminate())),
  };
}

/** A migrated store on an SQLite file (or ':memory:'), usable at once: its calls wait for the migration. */
export function openSqliteStore(file: string): DraftStore {
  return openStoreOn(sqliteDriver(file)).store;
}

// The SQLite driver (better-sqlite3; WAL, synchronous=FULL, foreign keys on, secure_delete on).
// Every statement runs synchronously under the hood, so a resolved write has reached the
// database file and survives kill -9. Calls run one after another, and none while a
// transaction is open. Deleted content is overwritten with zeros in the file (secure_delete),
// and a checkpoint empties the write-ahead log, whose frames still hold the pages as they were.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dialect, Driver, Param, Queries } from './driver.js';
import { openStoreOn } from './store.js';
import type { DraftStore } from './types.js';

const dialect: Dialect = {
  integersFromJson: '(SELECT value FROM json_each(?))',
  tableExists: "SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = ?",
  // BEGIN IMMEDIATE takes the database's write lock, which keeps other processes out.
  migrationLock: null,
};

export function sqliteDriver(file: string): Driver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const direct: Queries = {
    run: async (sql, params: readonly Param[] = []) => prepared(sql).run(...params).changes,
    all: async <T>(sql: string, params: readonly Param[] = []) => prepared(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly Param[] = []) => prepared(sql).get(...params) as T | undefined,
    exec: async (sql) => void db.exec(sql),
  };

  // One call at a time, in order: an async transaction must not take in others' statements.
  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const out = tail.then(fn);
    tail = out.catch(() => undefined);
    return out;
  }

  return {
    kind: 'sqlite',
    dialect,
    run: (sql, params) => serial(() => direct.run(sql, params)),
    all: <T>(sql: string, params?: readonly Param[]) => serial(() => direct.all<T>(sql, params)),
    get: <T>(sql: string, params?: readonly Param[]) => serial(() => direct.get<T>(sql, params)),
    exec: (sql) => serial(() => direct.exec(sql)),
    transaction: (fn) =>
      serial(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(direct);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    checkpoint: () =>
      serial(async () => {
        // Waits (busy_timeout) for readers of other connections; busy = 1 when they stayed.
        const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result?.busy) throw new Error('the write-ahead log could not be emptied: another connection kept reading the database');
      }),
    close: () => serial(async () => void (db.open && db.close())),
  };
}

/** A migrated store on an SQLite file (or ':memory:'), usable at once: its calls wait for the migration. */
export function openSqliteStore(file: string): DraftStore {
  return openStoreOn(sqliteDriver(file)).store;
}

// The SQLite driver's thread (server/storage/sqlite-worker.ts): statements run off the event
// loop, errors keep the name and code the server reads, and a transaction whose BEGIN fails
// runs none of its statements (they are sent along with BEGIN, unanswered).
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from '../../server/storage/driver.js';
import { isStorageFull } from '../../server/storage/failures.js';
import { sqliteDriver } from '../../server/storage/sqlite.js';

let dir: string;
let file: string;
let driver: Driver;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-thread-'));
  file = join(dir, 'db.sqlite');
  driver = sqliteDriver(file);
  await driver.exec('CREATE TABLE t (n INTEGER, b BLOB)');
});
afterAll(async () => {
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the SQLite thread', () => {
  it('runs a statement while the event loop goes on', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    // A few hundred milliseconds of work for SQLite; on the event loop no turn could pass meanwhile.
    const row = await driver.get<{ n: number }>('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT COUNT(*) AS n FROM c');
    const turnsMeanwhile = turns;
    running = false;
    expect(row?.n).toBe(2_000_000);
    expect(turnsMeanwhile).toBeGreaterThan(0);
  });

  it('gives blobs back as Buffers and errors with their name and code', async () => {
    await driver.run('INSERT INTO t (n, b) VALUES (?, ?)', [1, Buffer.from([1, 2, 3])]);
    const row = await driver.get<{ b: Buffer }>('SELECT b FROM t WHERE n = 1');
    expect(Buffer.isBuffer(row?.b)).toBe(true);
    expect([...(row?.b ?? [])]).toEqual([1, 2, 3]);
    const failure = await driver.run('INSERT INTO no_such_table VALUES (1)').catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'SqliteError', code: 'SQLITE_ERROR', message: expect.stringContaining('no_such_table') });
    expect(isStorageFull(failure)).toBe(false);
  });

  it('runs none of the statements of a transaction whose BEGIN failed, and works on afterwards', async () => {
    await driver.exec('PRAGMA busy_timeout = 0');
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE'); // holds the write lock: our BEGIN IMMEDIATE gets SQLITE_BUSY
    let ran = false;
    const failure = await driver
      .transaction(async (tx) => {
        ran = true;
        await tx.run('INSERT INTO t (n) VALUES (?)', [2]);
      })
      .catch((e: unknown) => e);
    other.exec('ROLLBACK');
    other.close();
    expect(ran).toBe(true); // the statement was sent, with BEGIN still unanswered
    expect(failure).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(await driver.get('SELECT n FROM t WHERE n = 2')).toBeUndefined();
    await driver.exec('PRAGMA busy_timeout = 5000');
    await driver.transaction((tx) => tx.run('INSERT INTO t (n) VALUES (?)', [3]));
    expect(await driver.get('SELECT n FROM t WHERE n = 3')).toEqual({ n: 3 });
  });
});

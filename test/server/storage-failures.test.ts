// Storage failures told truthfully, on the real server over loopback: a full disk (SQLite
// SQLITE_FULL for real through max_page_count, and the error shapes of better-sqlite3, the
// file system and PostgreSQL) closes the writer with 4507 storage-full, any other write
// failure with 4500 storage-failed, a draft gone at load with 4410 — never acknowledged.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../server/app.js';
import { configFromEnv } from '../../server/config.js';
import type { Driver } from '../../server/storage/driver.js';
import { sqliteDriver } from '../../server/storage/sqlite.js';
import { openMigrated } from '../../server/storage/store.js';
import type { DraftStore } from '../../server/storage/types.js';
import { createDraft, type CreatedDraft } from '../support/server.js';
import { waitFor } from '../support/server-clients.js';
import { authFrame, rawClient, syncUpdateFrame, type RawClient } from '../support/server-frames.js';

let dir: string;
let driver: Driver;
let inner: DraftStore;
let server: RunningServer;
let wsUrl: string;
/** What the next appends throw instead of writing, or null to write. */
let appendFailure: unknown = null;
/** Drafts whose fetch fails (an error) or finds nothing (null). */
const fetchFailures = new Map<string, Error | null>();
const log: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-failures-'));
  driver = sqliteDriver(join(dir, 'samenspel.sqlite'));
  inner = await openMigrated(driver);
  const store: DraftStore = {
    ...inner,
    async append(id, update) {
      if (appendFailure) throw appendFailure;
      return inner.append(id, update);
    },
    async fetch(id) {
      if (!fetchFailures.has(id)) return inner.fetch(id);
      const failure = fetchFailures.get(id);
      if (failure) throw failure;
      return null;
    },
  };
  server = await startServer({ ...configFromEnv({}), port: 0, dataDir: dir, compactIntervalMs: 0 }, { store, log: (m) => log.push(m) });
  wsUrl = server.url.replace('http', 'ws') + '/sync';
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

function messages(c: RawClient): { type: number; saved?: boolean }[] {
  return c.messages.map((m) => {
    const d = decoding.createDecoder(m);
    decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    return type === 8 ? { type, saved: decoding.readVarUint(d) === 1 } : { type };
  });
}

/** Sync step 1 from a client that has nothing yet. */
function syncStep1Frame(doc: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, doc);
  encoding.writeVarUint(e, 0); // Sync
  encoding.writeVarUint(e, 0); // Step 1
  encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(e);
}

/** An authenticated raw connection whose document has loaded (it answered sync step 1). */
async function connected(d: CreatedDraft): Promise<RawClient> {
  const c = await rawClient(wsUrl);
  c.send(authFrame(d.id, d.tokens.editor));
  c.send(syncStep1Frame(d.id));
  await waitFor(() => messages(c).some((m) => m.type === 0 || m.type === 4), 5000, 'the answer to sync step 1');
  return c;
}

const textUpdate = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};
const storedUpdates = async (id: string) => (await inner.fetch(id))?.updates.length ?? -1;

describe('a full disk', () => {
  it('closes the writer with 4507 storage-full on a real SQLITE_FULL, acknowledges nothing, and writes again once there is room', async () => {
    const d = await createDraft(server.url);
    const before = await storedUpdates(d.id);
    const pages = (await driver.get<{ page_count: number }>('PRAGMA page_count'))?.page_count as number;
    await driver.exec(`PRAGMA max_page_count = ${pages}`);
    try {
      const c = await connected(d);
      c.send(syncUpdateFrame(d.id, textUpdate('x'.repeat(32 * 1024))));
      expect(await c.closed).toEqual({ code: 4507, reason: 'storage-full' });
      expect(messages(c).filter((m) => m.type === 8)).toEqual([]);
      expect(log.join('\n')).toMatch(/append failed \(SqliteError: database or disk is full\)/);
    } finally {
      await driver.exec('PRAGMA max_page_count = 1073741823');
    }
    expect(await storedUpdates(d.id)).toBe(before);
    const again = await connected(d);
    again.send(syncUpdateFrame(d.id, textUpdate('weer ruimte')));
    await waitFor(() => messages(again).some((m) => m.type === 8), 5000, 'the acknowledgement');
    expect(messages(again).filter((m) => m.type === 8)).toEqual([{ type: 8, saved: true }]);
    expect(await storedUpdates(d.id)).toBe(before + 1);
    again.ws.close();
  });

  const shapes: [string, unknown, { code: number; reason: string }][] = [
    ['better-sqlite3 SQLITE_FULL', Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' }), { code: 4507, reason: 'storage-full' }],
    ['ENOSPC from the file system', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }), { code: 4507, reason: 'storage-full' }],
    ['PostgreSQL 53100 disk_full', Object.assign(new Error('could not extend file "base/16384/16397": No space left on device'), { code: '53100', severity: 'ERROR' }), { code: 4507, reason: 'storage-full' }],
    ['a full disk as the cause of another error', new Error('write failed', { cause: Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }) }), { code: 4507, reason: 'storage-full' }],
    ['any other write failure', Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }), { code: 4500, reason: 'storage-failed' }],
  ];
  it.each(shapes)('closes the writer on %s, acknowledging nothing', async (_name, failure, close) => {
    const d = await createDraft(server.url);
    const before = await storedUpdates(d.id);
    const c = await connected(d);
    appendFailure = failure;
    try {
      c.send(syncUpdateFrame(d.id, textUpdate('niet opgeslagen')));
      expect(await c.closed).toEqual(close);
    } finally {
      appendFailure = null;
    }
    expect(messages(c).filter((m) => m.type === 8)).toEqual([]);
    expect(await storedUpdates(d.id)).toBe(before);
  });
});

describe('a failing load', () => {
  it('closes with 4410 draft-deleted when the draft is gone by the time it loads, 4500 when reading fails', async () => {
    for (const [failure, close] of [
      [null, { code: 4410, reason: 'draft-deleted' }],
      [Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' }), { code: 4500, reason: 'storage-failed' }],
    ] as const) {
      const d = await createDraft(server.url);
      fetchFailures.set(d.id, failure);
      const c = await rawClient(wsUrl);
      c.send(authFrame(d.id, d.tokens.editor));
      expect(await c.closed).toEqual(close);
      expect(messages(c).filter((m) => m.type === 0)).toEqual([]);
    }
  });
});

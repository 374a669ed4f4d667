// Authorship in storage (migration 5), on SQLite and PostgreSQL: the member id given to each
// append and its time are read back per update; compaction keeps, per member, the count and
// first/last time of the updates it folds in; deleting the draft removes all of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/storage/postgres.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import type { DraftStore } from '../../server/storage/types.js';
import { startPostgres, type Service } from '../support/services.js';

let dir: string;
let pgService: Service | undefined;
const stores: Record<string, DraftStore> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-authors-'));
  stores.sqlite = openSqliteStore(join(dir, 'db.sqlite'));
  pgService = await startPostgres();
  stores.postgres = await openPostgresStore(pgService.url);
}, 60_000);
afterAll(async () => {
  for (const s of Object.values(stores)) await s.close();
  await pgService?.stop();
  await rm(dir, { recursive: true, force: true });
});

const hashes = { owner: 'h-owner', editor: 'h-editor', viewer: 'h-viewer' };

/** The update of one edit on `doc`. */
function edit(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
  let out: Uint8Array = new Uint8Array();
  const h = (u: Uint8Array) => (out = u);
  doc.on('update', h);
  fn(doc);
  doc.off('update', h);
  return out;
}

describe.each(['sqlite', 'postgres'])('%s store', (kind) => {
  const store = () => stores[kind] as DraftStore;

  it('records which member wrote each update, and when', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-auth1', hashes, edit(doc, (d) => d.getMap('m').set('init', 1)));
    const before = new Date().toISOString();
    const a = await s.append('draft-auth1', edit(doc, (d) => d.getMap('m').set('a', 1)), 'member-anna');
    const [b, c] = await Promise.all([
      s.append('draft-auth1', edit(doc, (d) => d.getMap('m').set('b', 1)), 'member-bram'),
      s.append('draft-auth1', edit(doc, (d) => d.getMap('m').set('c', 1))),
    ]);
    const after = new Date().toISOString();
    const authors = await s.authorsOf('draft-auth1');
    expect(authors.map((r) => [r.seq, r.memberId])).toEqual([
      [authors[0]?.seq, null], // the initial update of createDraft has no member
      [a, 'member-anna'],
      [b, 'member-bram'],
      [c, null],
    ]);
    for (const r of authors.slice(1)) {
      expect(r.at).not.toBeNull();
      expect(r.at! >= before && r.at! <= after).toBe(true);
    }
    expect(await s.authorsOf('draft-unknown')).toEqual([]);
  });

  it('keeps per-member counts and times through compaction, and forgets them with the draft', async () => {
    const s = store();
    const doc = new Y.Doc();
    await s.createDraft('draft-auth2', hashes);
    const type = (text: string) => edit(doc, (d) => d.getText('t').insert(d.getText('t').length, text));
    await s.append('draft-auth2', type('a1,'), 'member-anna');
    await s.append('draft-auth2', type('b1,'), 'member-bram');
    await s.append('draft-auth2', type('x,'), null);
    await s.append('draft-auth2', type('a2,'), 'member-anna');
    const first = await s.authorsOf('draft-auth2');
    await s.compact('draft-auth2', Y.encodeStateAsUpdate(doc), first.slice(0, 3).map((r) => r.seq));
    expect((await s.authorsOf('draft-auth2')).map((r) => r.memberId)).toEqual(['member-anna']);
    expect(await s.compactedAuthorsOf('draft-auth2')).toEqual([
      { memberId: 'member-anna', updates: 1, firstAt: first[0]?.at, lastAt: first[0]?.at },
      { memberId: 'member-bram', updates: 1, firstAt: first[1]?.at, lastAt: first[1]?.at },
    ]);
    // A second compaction adds to what the first kept.
    await s.append('draft-auth2', type('a3,'), 'member-anna');
    const rest = await s.authorsOf('draft-auth2');
    await s.compact('draft-auth2', Y.encodeStateAsUpdate(doc), rest.map((r) => r.seq));
    expect(await s.authorsOf('draft-auth2')).toEqual([]);
    expect(await s.compactedAuthorsOf('draft-auth2')).toEqual([
      { memberId: 'member-anna', updates: 3, firstAt: first[0]?.at, lastAt: rest[1]?.at },
      { memberId: 'member-bram', updates: 1, firstAt: first[1]?.at, lastAt: first[1]?.at },
    ]);
    expect(await s.delete('draft-auth2')).toBe(true);
    expect(await s.compactedAuthorsOf('draft-auth2')).toEqual([]);
  });
});

// Storage integrity, on the real server over loopback: a snapshot that cannot be read or fails
// its checksum closes the client with 4422 storage-corrupt (never "permission denied", never
// served); an altered update row makes the draft damaged — every connection read-only with
// the stateless warning, writes refused, not compacted, reported by export.json. And, in
// buildDoc, which later updates are lost with a missing one.
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Compactor } from '../../server/compactor.js';
import { buildDoc } from '../../server/load.js';
import { checksum } from '../../server/storage/checksum.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import { api, createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';
import { connectClient, sleep, waitFor, waitForStatus } from '../support/server-clients.js';
import { authFrame, rawClient, syncUpdateFrame, type RawClient } from '../support/server-frames.js';

const NO_COMPACTION = { SAMENSPEL_COMPACT_INTERVAL_MS: '0', SAMENSPEL_COMPACT_MIN_UPDATES: '100000' };
let dir: string;
let srv: ServerProcess;
const dbFile = () => join(dir, 'samenspel.sqlite');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-integrity-'));
  srv = await startServerProcess({ dataDir: dir, env: NO_COMPACTION });
});
afterAll(async () => {
  await srv?.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** Hocuspocus messages as the raw client received them: type, and what follows for the ones we check. */
function decoded(c: RawClient): { type: number; stateless?: string; saved?: boolean; auth?: number }[] {
  return c.messages.map((m) => {
    const d = decoding.createDecoder(m);
    decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type === 5) return { type, stateless: decoding.readVarString(d) };
    if (type === 8) return { type, saved: decoding.readVarUint(d) === 1 };
    if (type === 2) return { type, auth: decoding.readVarUint(d) };
    return { type };
  });
}

async function write(d: CreatedDraft, fn: (doc: Y.Doc) => void): Promise<void> {
  const s = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
  await waitForStatus(s, (x) => x.kind === 'saved');
  fn(s.doc);
  await s.whenSaved();
  await s.destroy();
}

/** Replaces `from` by `to` (same length) inside a stored blob, leaving its checksum as it was. */
function alter(blob: Buffer, from: string, to: string): Buffer {
  const at = blob.indexOf(from);
  expect(at, `"${from}" in the stored bytes`).toBeGreaterThanOrEqual(0);
  const out = Buffer.from(blob);
  out.write(to, at, 'utf8');
  return out;
}

describe('a corrupt snapshot', () => {
  it('closes the client with 4422 storage-corrupt, whether unreadable or failing its checksum, and stores nothing', { timeout: 60_000 }, async () => {
    const unreadable = await createDraft(srv.url);
    const altered = await createDraft(srv.url);
    for (const d of [unreadable, altered]) await write(d, (doc) => doc.getText('notes').insert(0, 'Afspraak-ORIGINEEL-met de gemeente'));
    await srv.stop();
    const store = openSqliteStore(dbFile());
    const compactor = new Compactor(store, { intervalMs: 0, minUpdates: 1, log: () => undefined });
    for (const d of [unreadable, altered]) expect(await compactor.compactNow(d.id)).toBeGreaterThan(0);
    await store.close();
    const db = new Database(dbFile());
    const garbage = Buffer.from([1, 200, 200, 200, 200, 200, 7, 7, 7]);
    // Unreadable, with a checksum that matches it: only decoding finds it out.
    db.prepare('UPDATE drafts SET snapshot = ?, snapshot_checksum = ? WHERE id = ?').run(garbage, checksum(garbage), unreadable.id);
    // Still a well-formed Yjs update, one letter changed: only the checksum finds it out.
    const row = db.prepare('SELECT snapshot FROM drafts WHERE id = ?').get(altered.id) as { snapshot: Buffer };
    const changed = alter(row.snapshot, 'ORIGINEEL', 'VERVALST!');
    expect(() => Y.applyUpdate(new Y.Doc(), changed)).not.toThrow();
    db.prepare('UPDATE drafts SET snapshot = ? WHERE id = ?').run(changed, altered.id);
    db.close();
    await srv.restart();

    for (const d of [unreadable, altered]) {
      for (const token of [d.tokens.editor, d.tokens.viewer]) {
        const c = await rawClient(srv.wsUrl);
        c.send(authFrame(d.id, token));
        expect(await c.closed).toEqual({ code: 4422, reason: 'storage-corrupt' });
        expect(decoded(c).filter((m) => m.type === 0)).toEqual([]); // no document content was sent
      }
    }
    expect(srv.logs.join('')).toMatch(/load failed, closing with 4422 storage-corrupt .*do not match the stored checksum/);
    // A real client writing meanwhile stores nothing over it.
    const victim = await connectClient(srv.wsUrl, altered.id, altered.tokens.editor);
    victim.doc.getMap('m').set('overwrite', true);
    await sleep(800);
    expect(victim.status().kind).not.toBe('saved');
    await victim.destroy();
    const check = new Database(dbFile(), { readonly: true });
    const after = check.prepare('SELECT snapshot FROM drafts WHERE id = ?').get(altered.id) as { snapshot: Buffer };
    const updates = check.prepare('SELECT COUNT(*) AS n FROM updates WHERE draft_id IN (?, ?)').get(unreadable.id, altered.id) as { n: number };
    check.close();
    expect(Buffer.compare(after.snapshot, changed)).toBe(0);
    expect(updates.n).toBe(0);
    // The HTTP exports say the same, never a generic 500 or a document built from altered bytes.
    for (const d of [unreadable, altered]) {
      for (const path of ['export.md', 'export.docx', 'export.json']) {
        const res = await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/${path}`);
        expect([path, res.status, ((await res.json()) as { error: string }).error]).toEqual([path, 500, 'storage-corrupt']);
      }
    }
  });
});

describe('an altered update row', () => {
  it('serves the draft read-only to everyone with the warning, refuses writes, is never compacted', { timeout: 60_000 }, async () => {
    const d = await createDraft(srv.url);
    // One client types a sentence and goes on after it (that depends on it); another sets a field.
    const a = await connectClient(srv.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(a, (x) => x.kind === 'saved');
    a.doc.getText('notes').insert(0, 'Bibliotheek-ORIGINEEL-leest voor');
    await a.whenSaved();
    a.doc.getText('notes').insert(a.doc.getText('notes').length, ' op woensdag');
    await a.whenSaved();
    await write(d, (doc) => doc.getMap('meta').set('andere', 'los daarvan'));
    await a.destroy();
    await srv.stop();

    const db = new Database(dbFile());
    const rows = db.prepare('SELECT seq, data FROM updates WHERE draft_id = ? ORDER BY seq').all(d.id) as { seq: number; data: Buffer }[];
    const target = rows.find((r) => r.data.includes('ORIGINEEL')) as { seq: number; data: Buffer };
    db.prepare('UPDATE updates SET data = ? WHERE seq = ?').run(alter(target.data, 'ORIGINEEL', 'VERVALST!'), target.seq);
    db.close();
    // Now with compaction running often: it must leave this draft alone.
    const compacting = await startServerProcess({ dataDir: dir, env: { SAMENSPEL_COMPACT_INTERVAL_MS: '100', SAMENSPEL_COMPACT_MIN_UPDATES: '1' } });
    try {
      for (const token of [d.tokens.editor, d.tokens.owner, d.tokens.viewer]) {
        const c = await rawClient(compacting.wsUrl);
        c.send(authFrame(d.id, token));
        await waitFor(() => decoded(c).some((m) => m.type === 5), 5000, 'the stateless warning');
        const warning = decoded(c).find((m) => m.type === 5)?.stateless as string;
        // The altered update and the one typed after it (Yjs keeps it pending) are unusable.
        expect(JSON.parse(warning)).toEqual({ type: 'samenspel:draft-damaged', unreadable: 2 });
        c.send(syncUpdateFrame(d.id, Y.encodeStateAsUpdate(editOf(`write by ${token.slice(0, 4)}`))));
        await waitFor(() => decoded(c).some((m) => m.type === 8), 5000, 'a sync status');
        expect(decoded(c).filter((m) => m.type === 8)).toEqual([{ type: 8, saved: false }]);
        expect(c.ws.readyState).toBe(c.ws.OPEN);
        c.ws.close();
        await c.closed;
      }
      await sleep(500); // several compaction sweeps
      expect(compacting.logs.join('')).toMatch(/compaction of draft \S+ skipped: damaged \(2 stored updates unusable\)/);
      const dump = (await (await api(compacting.url, d.tokens.owner)(`/api/drafts/${d.id}/export.json`)).json()) as { storage: { unreadableUpdates: number[] } };
      expect(dump.storage.unreadableUpdates).toEqual([target.seq, target.seq + 1]);
    } finally {
      await compacting.dispose();
    }
    const check = new Database(dbFile(), { readonly: true });
    const after = check.prepare('SELECT seq FROM updates WHERE draft_id = ? ORDER BY seq').all(d.id) as { seq: number }[];
    const snapshot = check.prepare('SELECT snapshot FROM drafts WHERE id = ?').get(d.id) as { snapshot: Buffer | null };
    check.close();
    expect(after.map((r) => r.seq)).toEqual(rows.map((r) => r.seq)); // nothing written, nothing compacted away
    expect(snapshot.snapshot).toBeNull();
    await srv.restart();
  });
});

/** A stand-alone edit by a new client: a write that would change the draft. */
function editOf(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('meta').set('poging', text);
  return doc;
}

describe('buildDoc', () => {
  it('counts the updates that depend on an unusable one, keeps the independent ones, and marks the draft damaged', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const updates: Uint8Array[] = [];
    const take = (doc: Y.Doc, fn: () => void) => {
      const h = (u: Uint8Array) => updates.push(u);
      doc.on('update', h);
      fn();
      doc.off('update', h);
    };
    take(a, () => a.getText('t').insert(0, 'eerst '));
    take(a, () => a.getText('t').insert(6, 'dan '));
    take(b, () => b.getMap('m').set('los', 1));
    take(a, () => a.getText('t').insert(10, 'daarna'));
    const stored = {
      id: 'draft-unit',
      createdAt: '',
      snapshot: null,
      snapshotIntact: true,
      updates: updates.map((data, i) => ({ seq: i + 1, data, intact: i !== 1 })),
    };
    const logs: string[] = [];
    const loaded = buildDoc(stored, (m) => logs.push(m));
    expect(loaded.unreadable).toEqual([2, 4]);
    expect(loaded.merged).toEqual([1, 3]);
    expect(loaded.damaged).toBe(true);
    expect(loaded.doc.getText('t').toString()).toBe('eerst ');
    expect(loaded.doc.getMap('m').get('los')).toBe(1);
    expect(logs.join('\n')).toMatch(/#2 cannot be read.*checksum[\s\S]*#4 depends on missing content/);

    const intact = buildDoc({ ...stored, updates: stored.updates.map((u) => ({ ...u, intact: true })) });
    expect(intact).toMatchObject({ unreadable: [], merged: [1, 2, 3, 4], damaged: false });
    expect(intact.doc.getText('t').toString()).toBe('eerst dan daarna');
  });
});

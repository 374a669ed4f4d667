// Versions on the real server: each is the whole Yjs state with its SHA-256, append-only (no
// route changes or deletes one; the database refuses an UPDATE), and restoring one is a new
// change of the draft: the content comes back, nothing earlier is rewritten, and the state
// before the restore is kept as a version of its own.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAgreement, updateSection } from '../../core/agreement/index.js';
import type { VersionSummary } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitFor } from '../support/server-clients.js';
import { consentDraft } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('versions', () => {
  it('are append-only and their hashes verify', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const editor = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    const saved: VersionSummary[] = [];
    for (const [i, statement] of ['Lezen is leuk.', 'Alle kinderen lezen met plezier.'].entries()) {
      updateSection(editor.doc, 'ambition', { statement });
      await editor.whenSaved();
      const res = await c.post(c.reps[0]!.token, '/versions', { name: `Versie ${i + 1}` });
      expect(res.status).toBe(201);
      saved.push((await res.json()) as VersionSummary);
    }
    expect(saved.map((v) => v.n)).toEqual([1, 2]);
    expect(saved[0]!.authorName).toBe(c.reps[0]!.member.name);
    const list = (await (await c.call(c.reps[1]!.token)(`/api/drafts/${c.draft.id}/versions`)).json()) as VersionSummary[];
    expect(list).toEqual(saved);

    for (const v of saved) {
      const res = await c.call(c.reps[2]!.token)(`/api/drafts/${c.draft.id}/versions/${v.id}/state`);
      expect(res.status).toBe(200);
      const state = new Uint8Array(await res.arrayBuffer());
      expect(sha256(state)).toBe(v.hash);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      expect(readAgreement(doc).agreement.ambition.statement).toBe(v.n === 1 ? 'Lezen is leuk.' : 'Alle kinderen lezen met plezier.');
      doc.destroy();
    }
    // No route changes or deletes a version (answered like any unknown request).
    for (const method of ['DELETE', 'PUT', 'PATCH']) {
      const res = await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/versions/${saved[0]!.id}`, { method });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
    }
    // The database itself refuses to change a stored version; the stored bytes hash as listed.
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'));
    try {
      expect(() => db.prepare("UPDATE versions SET name = 'vervalst' WHERE id = ?").run(saved[0]!.id)).toThrow(/immutable/);
      const rows = db.prepare('SELECT id, hash, state FROM versions WHERE draft_id = ? ORDER BY n').all(c.draft.id) as { id: string; hash: string; state: Buffer }[];
      expect(rows.map((r) => r.hash)).toEqual(saved.map((v) => v.hash));
      for (const r of rows) expect(sha256(r.state)).toBe(r.hash);
    } finally {
      db.close();
    }
    await editor.destroy();
  });

  it('restores a version as a new change, keeping the state before it as a version', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const editor = await connectClient(srv.wsUrl, c.draft.id, c.reps[0]!.token);
    updateSection(editor.doc, 'ambition', { statement: 'Eerste ambitie.' });
    await editor.whenSaved();
    const first = (await (await c.post(c.reps[0]!.token, '/versions', { name: 'Eerste' })).json()) as VersionSummary;
    updateSection(editor.doc, 'ambition', { statement: 'Heel andere ambitie.', promise: 'Een belofte.' });
    await editor.whenSaved();
    const svBefore = Y.encodeStateVector(editor.doc);

    // Viewers may not restore.
    const viewer = await c.post(c.draft.tokens.viewer, `/versions/${first.id}/restore`, {});
    expect(viewer.status).toBe(403);
    const res = await c.post(c.reps[1]!.token, `/versions/${first.id}/restore`, {});
    expect(res.status, await res.clone().text()).toBe(200);
    const { savedBefore } = (await res.json()) as { savedBefore: VersionSummary };
    await waitFor(() => readAgreement(editor.doc).agreement.ambition.statement === 'Eerste ambitie.', 10_000, 'restored text at the client');
    expect(readAgreement(editor.doc).agreement.ambition.promise).toBe('');
    // A new change: the client's earlier state is contained in the new one (nothing rewritten).
    const svAfter = Y.decodeStateVector(Y.encodeStateVector(editor.doc));
    for (const [client, clock] of Y.decodeStateVector(svBefore)) expect(svAfter.get(client)).toBeGreaterThanOrEqual(clock);
    expect([...svAfter.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan([...Y.decodeStateVector(svBefore).values()].reduce((a, b) => a + b, 0));

    // Undo the restore by restoring the version saved before it.
    expect(savedBefore.n).toBe(first.n + 1);
    expect((await c.post(c.reps[1]!.token, `/versions/${savedBefore.id}/restore`, {})).status).toBe(200);
    await waitFor(() => readAgreement(editor.doc).agreement.ambition.promise === 'Een belofte.', 10_000, 'undone restore');
    expect(readAgreement(editor.doc).agreement.ambition.statement).toBe('Heel andere ambitie.');
    expect(readAgreement(editor.doc).agreement.partners).toHaveLength(3);
    const log = (await (await c.call(c.draft.tokens.owner)(`/api/drafts/${c.draft.id}/audit`)).json()) as { action: string }[];
    expect(log.filter((e) => e.action === 'restored')).toHaveLength(2);
    await editor.destroy();
  });
});

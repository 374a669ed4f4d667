// Deletion that deletes: after DELETE /api/drafts/:id (the AVG deletion) no byte of the
// draft's text is left in any file of the data dir (SQLite main file, -wal, -shm), while the
// text of a draft that was kept is still found there by the same search.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createDraft, startServerProcess, type ServerProcess } from '../support/server.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';

let srv: ServerProcess;
beforeAll(async () => {
  // Compact after a few updates, so the text is also in a snapshot and in freed log rows.
  srv = await startServerProcess({ env: { SAMENSPEL_COMPACT_MIN_UPDATES: '4', SAMENSPEL_COMPACT_INTERVAL_MS: '100' } });
});
afterAll(async () => {
  await srv?.dispose();
});

/** Occurrences of `marker` in every file of the data dir, per file name. */
async function occurrences(marker: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const needle = Buffer.from(marker, 'utf8');
  for (const name of await readdir(srv.dataDir)) {
    const bytes = await readFile(join(srv.dataDir, name)).catch(() => null);
    if (!bytes) continue; // a directory
    let n = 0;
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) n++;
    out[name] = n;
  }
  return out;
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function writeMarker(id: string, token: string, marker: string): Promise<void> {
  const s = await connectClient(srv.wsUrl, id, token);
  await waitForStatus(s, (x) => x.kind === 'saved');
  const text = s.doc.getText('notes');
  for (let i = 0; i < 6; i++) {
    text.insert(text.length, `${marker} #${i}; `);
    await s.whenSaved();
  }
  s.doc.getMap('meta').set('marker', marker);
  await s.whenSaved();
  await s.destroy();
}

it('leaves no trace of a deleted draft in the database files, and keeps the others', { timeout: 60_000 }, async () => {
  const kept = await createDraft(srv.url);
  const gone = await createDraft(srv.url);
  await writeMarker(kept.id, kept.tokens.editor, 'BEWAARD-eb2c41-TEKST');
  await writeMarker(gone.id, gone.tokens.editor, 'GEWIST-9f3a7d-TEKST');
  // Let compaction fold the log into snapshots (the log rows it removes are freed pages).
  await new Promise((r) => setTimeout(r, 600));
  expect(total(await occurrences('GEWIST-9f3a7d-TEKST'))).toBeGreaterThan(0);

  const res = await api(srv.url, gone.tokens.owner)(`/api/drafts/${gone.id}`, { method: 'DELETE' });
  expect(res.status).toBe(200);
  const after = await occurrences('GEWIST-9f3a7d-TEKST');
  expect(after, 'occurrences per file').toEqual(Object.fromEntries(Object.keys(after).map((f) => [f, 0])));
  expect(total(await occurrences(gone.id)), 'the draft id').toBe(0);
  expect(total(await occurrences('BEWAARD-eb2c41-TEKST'))).toBeGreaterThan(0);
  expect((await readdir(srv.dataDir)).filter((f) => f.startsWith('samenspel.sqlite'))).toContain('samenspel.sqlite');
});

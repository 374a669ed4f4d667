// The limits on comments, on the real server: at most COMMENT_LIMITS.threads threads per draft
// and COMMENT_LIMITS.replies replies per thread, refused with a clear code and a Dutch
// message (also when requests race each other), and a comment longer than the limit refused
// as bad input. Comments up to a limit are seeded in the server's own database, as a restored
// backup would bring them; the rest goes through the HTTP API.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT_ERRORS, COMMENT_LIMITS, type CommentThread } from '../../core/consent/contract.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';
import { consentDraft, type ConsentDraft } from './consent-support.js';

let srv: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
});
afterAll(async () => {
  await srv?.dispose();
});

const thread = (i: number, replies = 0): CommentThread => ({
  id: `seed${i}`,
  target: { part: 'ambition' },
  authorId: 'link:owner',
  authorName: 'Eigenaarslink',
  body: `Punt ${i}`,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  mentions: [],
  replies: Array.from({ length: replies }, (_, r) => ({ id: `r${i}-${r}`, authorId: 'link:owner', authorName: 'Eigenaarslink', body: `Reactie ${r}`, at: '2026-01-02T00:00:00.000Z' })),
  resolvedAt: null,
  resolvedBy: null,
});

function seed(draftId: string, threads: CommentThread[]): void {
  const db = new Database(join(srv.dataDir, 'samenspel.sqlite'));
  db.pragma('busy_timeout = 10000');
  const insert = db.prepare('INSERT INTO comments (id, draft_id, at, data) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const t of threads) insert.run(`${draftId}-${t.id}`, draftId, t.at, JSON.stringify({ ...t, id: `${draftId}-${t.id}` }));
  })();
  db.close();
}

const comment = (c: ConsentDraft, token: string, body = 'Nog een punt') => c.post(token, '/comments', { target: { part: 'rules' }, body, mentions: [] });

describe('comment limits', () => {
  it('refuses a thread over the limit per draft, also when requests race', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    seed(c.draft.id, Array.from({ length: COMMENT_LIMITS.threads - 3 }, (_, i) => thread(i)));
    // Five at once where three fit: exactly three are stored.
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => comment(c, c.reps[i % 3]!.token, `Tegelijk ${i}`)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409]);
    const refused = (await answers.find((r) => r.status === 409)!.json()) as { error: string; message: string };
    expect(refused.error).toBe(COMMENT_LIMIT_ERRORS.threads);
    expect(refused.message).toContain(String(COMMENT_LIMITS.threads));
    expect(refused.message).toMatch(/opmerkingen bereikt/);
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM comments WHERE draft_id = ?').get(c.draft.id) as { n: number };
    db.close();
    expect(n).toBe(COMMENT_LIMITS.threads);
    // Replying still works at the thread limit.
    const reply = await c.post(c.reps[0]!.token, `/comments/${c.draft.id}-seed0/replies`, { body: 'Eens.' });
    expect(reply.status).toBe(200);
  }, 120_000);

  it('refuses a reply over the limit per thread and keeps every reply of a race', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    seed(c.draft.id, [thread(1, COMMENT_LIMITS.replies - 1)]);
    const id = `${c.draft.id}-seed1`;
    expect((await c.post(c.reps[0]!.token, `/comments/${id}/replies`, { body: 'De laatste.' })).status).toBe(200);
    const over = await c.post(c.reps[1]!.token, `/comments/${id}/replies`, { body: 'Eén te veel.' });
    expect(over.status).toBe(409);
    const body = (await over.json()) as { error: string; message: string };
    expect(body.error).toBe(COMMENT_LIMIT_ERRORS.replies);
    expect(body.message).toContain(String(COMMENT_LIMITS.replies));

    // Ten replies at once to a new thread: none is lost.
    const created = await comment(c, c.reps[2]!.token);
    const fresh = (await created.json()) as CommentThread;
    const race = await Promise.all(Array.from({ length: 10 }, (_, i) => c.post(c.reps[i % 3]!.token, `/comments/${fresh.id}/replies`, { body: `Reactie ${i}` })));
    expect(race.every((r) => r.status === 200)).toBe(true);
    const db = new Database(join(srv.dataDir, 'samenspel.sqlite'), { readonly: true });
    const row = db.prepare('SELECT data FROM comments WHERE id = ?').get(fresh.id) as { data: string };
    db.close();
    const stored = JSON.parse(row.data) as CommentThread;
    expect(stored.replies.map((r) => r.body).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Reactie ${i}`).sort());
  }, 120_000);

  it('refuses a comment longer than the limit as bad input', async () => {
    const c = await consentDraft(srv.url, srv.wsUrl);
    const long = await comment(c, c.reps[0]!.token, 'x'.repeat(COMMENT_LIMITS.body + 1));
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: string }).error).toBe('invalid-input');
    expect((await comment(c, c.reps[0]!.token, 'x'.repeat(COMMENT_LIMITS.body))).status).toBe(201);
  }, 60_000);
});

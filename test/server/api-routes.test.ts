// The drafts API's route table: who may do what (401 before anything else, 403 for what only
// the owner may do, 404 for the owner's unknown requests), and the close codes from
// core/sync sent to live sessions when a link is replaced or a draft deleted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../../core/sync/close-codes.js';
import { createApi } from '../../server/http/api.js';
import { createDoors } from '../../server/http/doors.js';
import { error } from '../../server/http/util.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import type { DraftStore } from '../../server/storage/types.js';
import { FailedAttempts, SlidingWindow } from '../../server/throttle.js';
import { hashToken } from '../../server/tokens.js';
import { api, createDraft, type CreatedDraft } from '../support/server.js';

let store: DraftStore;
let server: Server;
let base: string;
let d: CreatedDraft;
const cut: { id: string; tokenHash?: string; code: number; reason: string }[] = [];

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  const quiet = () => undefined;
  const handle = createApi({
    store,
    publicUrl: () => base,
    maxBodyBytes: 1024,
    doors: createDoors({ host: '127.0.0.1', publicUrl: null, allowedHosts: [], allowedOrigins: [] }, 'http', quiet),
    // The route table is under test here, not the throttles (test/server/doors.test.ts).
    creations: new SlidingWindow(1000),
    attempts: new FailedAttempts(1000, quiet),
    disconnect: (id, o) => cut.push({ id, ...o }),
    log: quiet,
  });
  server = createServer((req, res) => {
    void handle(req, res, new URL(req.url ?? '/', 'http://x').pathname).then((known) => known || error(res, 404, 'no-route', 'Onbekend.'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await store?.close();
});
beforeEach(async () => {
  d = await createDraft(base);
  cut.length = 0;
});

const status = async (token: string, path: string, method = 'GET') => (await api(base, token)(`/api/drafts/${d.id}${path}`, { method })).status;

describe('access', () => {
  it('asks for a valid token first, on every path under a draft', async () => {
    for (const [path, method] of [['', 'GET'], ['', 'DELETE'], ['/export.json', 'GET'], ['/links/editor', 'POST'], ['/unknown', 'GET']] as const) {
      expect(await status('x'.repeat(43), path, method), `${method} ${path}`).toBe(401);
      expect((await fetch(`${base}/api/drafts/${d.id}${path}`, { method })).status, `${method} ${path} without a token`).toBe(401);
    }
  });

  it('lets any role read the draft and export it, and only the owner do the rest', async () => {
    for (const role of ['owner', 'editor', 'viewer'] as const) {
      expect(await (await api(base, d.tokens[role])(`/api/drafts/${d.id}`)).json()).toEqual({ id: d.id, role, member: null });
      expect(await status(d.tokens[role], '/export.md')).toBe(501); // no exporter in this test
    }
    for (const role of ['editor', 'viewer'] as const) {
      for (const [path, method] of [['', 'DELETE'], ['/export.json', 'GET'], ['/export.yjs', 'GET'], ['/links/viewer', 'POST'], ['/links/viewer', 'DELETE'], ['/unknown', 'GET']] as const) {
        expect(await status(d.tokens[role], path, method), `${role}: ${method} ${path}`).toBe(403);
      }
    }
    expect(await status(d.tokens.owner, '/export.json')).toBe(200);
    expect(await status(d.tokens.owner, '/export.yjs')).toBe(200);
    expect(await status(d.tokens.owner, '/unknown')).toBe(404);
    expect(await status(d.tokens.owner, '', 'POST')).toBe(404);
    expect(await status(d.tokens.owner, '/links/owner', 'DELETE')).toBe(400);
  });

  it('leaves paths outside the table to the caller', async () => {
    expect(await (await fetch(`${base}/api/drafts`)).json()).toMatchObject({ error: 'no-route' });
    expect(await (await fetch(`${base}/api/elsewhere`, { method: 'POST' })).json()).toMatchObject({ error: 'no-route' });
    expect(await (await fetch(`${base}/api/drafts/not.an.id`)).json()).toMatchObject({ error: 'no-route' });
  });
});

describe('live sessions', () => {
  it('are cut off with CLOSE.unauthorized when their link is rotated or revoked', async () => {
    const rotated = (await (await api(base, d.tokens.owner)(`/api/drafts/${d.id}/links/viewer`, { method: 'POST' })).json()) as { token: string };
    expect(await status(rotated.token, '')).toBe(200);
    expect(await status(d.tokens.viewer, '')).toBe(401);
    expect(await status(d.tokens.owner, '/links/editor', 'DELETE')).toBe(200);
    expect(await status(d.tokens.editor, '')).toBe(401);
    expect(cut).toEqual([
      { id: d.id, tokenHash: hashToken(d.tokens.viewer), ...CLOSE.unauthorized },
      { id: d.id, tokenHash: hashToken(d.tokens.editor), ...CLOSE.unauthorized },
    ]);
  });

  it('are all cut off with CLOSE.draftGone when the draft is deleted', async () => {
    expect(await status(d.tokens.owner, '', 'DELETE')).toBe(200);
    expect(cut).toEqual([{ id: d.id, ...CLOSE.draftGone }]);
    expect(await status(d.tokens.owner, '')).toBe(410); // the tombstone: "deleted", not "wrong link"
    expect(await store.exists(d.id)).toBe(false);
  });
});

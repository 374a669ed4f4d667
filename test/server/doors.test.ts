// Finding 8 (issue 11), item by item against real server processes: draft creation only from
// the server's own and admitted origins (never `Access-Control-Allow-Origin: *`), the Host
// header checked against DNS rebinding (HTTP and WebSocket), creation rate-limited, wrong
// tokens throttled per address over HTTP and /sync together and logged with the address, the
// admin token compared in constant time, and a JSON object body required.
import { request, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { configFromEnv } from '../../server/config.js';
import { sameSecret } from '../../server/tokens.js';
import { createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';
import { waitFor } from '../support/server-clients.js';
import { authFrame } from '../support/server-frames.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: any Host header, any source address on loopback (fetch allows neither). */
function raw(base: string, path: string, o: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: o.method ?? 'GET', headers: o.headers ?? {}, agent: false, ...(o.from ? { localAddress: o.from } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(o.body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const create = (base: string, headers: Record<string, string> = {}, body = '{"title":"Leesplan"}') =>
  raw(base, '/api/drafts', { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body });

/** Opens a socket (optionally from another loopback address or with a forged Host); resolves when it opens or is refused. */
function socket(wsUrl: string, o: { from?: string; host?: string } = {}) {
  const ws = new WebSocket(wsUrl, { ...(o.from ? { localAddress: o.from } : {}), ...(o.host ? { headers: { host: o.host } } : {}) });
  const messages: Buffer[] = [];
  ws.on('message', (d: Buffer) => messages.push(d));
  const closed = new Promise<{ code: number; reason: string }>((r) => ws.on('close', (code, reason) => r({ code, reason: reason.toString() })));
  const opened = new Promise<{ open: true } | { refused: number }>((resolve) => {
    ws.once('open', () => resolve({ open: true }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      res.resume();
    });
    ws.on('error', () => undefined);
  });
  return { ws, messages, closed, opened };
}

let srv: ServerProcess;
let named: ServerProcess;
beforeAll(async () => {
  srv = await startServerProcess();
  named = await startServerProcess({
    env: {
      SAMENSPEL_PUBLIC_URL: 'https://samenspel.example.nl',
      SAMENSPEL_ALLOWED_HOSTS: 'intern.bieb.nl',
      SAMENSPEL_ALLOWED_ORIGINS: 'https://plan.example.nl,chrome-extension://abcdefghijklmnop',
    },
  });
});
afterAll(async () => {
  await srv?.dispose();
  await named?.dispose();
});

describe('8.1 draft creation only from the server itself and admitted origins', () => {
  it('refuses another web origin, with text/plain or JSON, and lets it read nothing', async () => {
    for (const type of ['text/plain', 'application/json']) {
      const r = await create(srv.url, { origin: 'https://evil.example', 'content-type': type });
      expect(r.status, type).toBe(403);
      expect(r.headers['access-control-allow-origin'], type).toBeUndefined();
      expect(r.body).not.toContain('tokens');
    }
    expect(JSON.parse((await create(srv.url, { origin: 'https://evil.example' })).body)).toMatchObject({ error: 'origin-not-allowed' });
    const pre = await raw(srv.url, '/api/drafts', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect((await create(srv.url, { origin: 'null' })).status).toBe(403);
    expect(srv.logs.join('')).toMatch(/refused draft creation from 127\.0\.0\.1: origin "https:\/\/evil\.example"/);
  });

  it('admits the same origin, the extensions by default and clients without an Origin, naming the origin', async () => {
    for (const origin of [srv.url, 'chrome-extension://kfjdkejfkdjfkdjfkdjfkdjfkdjfkdjf', 'moz-extension://4c1e2b7a-0f1d-4c3e-9b1a-3f2e1d0c9b8a']) {
      const pre = await raw(srv.url, '/api/drafts', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(pre.headers['access-control-allow-origin'], origin).toBe(origin);
      const r = await create(srv.url, { origin });
      expect(r.status, origin).toBe(201);
      expect(r.headers['access-control-allow-origin']).toBe(origin);
      expect(r.headers.vary).toBe('Origin');
    }
    expect((await create(srv.url)).status).toBe(201);
  });

  it('follows SAMENSPEL_ALLOWED_ORIGINS and the public URL, and keeps the token routes open to all', async () => {
    const h = { host: 'samenspel.example.nl' };
    expect((await create(named.url, { ...h, origin: 'https://samenspel.example.nl' })).status).toBe(201);
    expect((await create(named.url, { ...h, origin: 'https://plan.example.nl' })).status).toBe(201);
    expect((await create(named.url, { ...h, origin: 'chrome-extension://abcdefghijklmnop' })).status).toBe(201);
    expect((await create(named.url, { ...h, origin: 'chrome-extension://someotherextension' })).status).toBe(403);
    const d = JSON.parse((await create(named.url, h)).body) as CreatedDraft;
    const info = await raw(named.url, `/api/drafts/${d.id}`, { headers: { ...h, origin: 'https://elders.example', authorization: `Bearer ${d.tokens.viewer}` } });
    expect(info.status).toBe(200);
    expect(info.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses a wildcard or a non-origin in SAMENSPEL_ALLOWED_ORIGINS', () => {
    for (const bad of ['*', 'https://*', 'http://*', 'https://plan.example.nl/pad', 'plan.example.nl']) {
      expect(() => configFromEnv({ SAMENSPEL_ALLOWED_ORIGINS: bad }), bad).toThrow(/SAMENSPEL_ALLOWED_ORIGINS/);
    }
    expect(configFromEnv({ SAMENSPEL_ALLOWED_ORIGINS: 'https://plan.example.nl:8443, chrome-extension://abc' }).allowedOrigins).toEqual([
      'https://plan.example.nl:8443',
      'chrome-extension://abc',
    ]);
    expect(configFromEnv({}).allowedOrigins).toEqual(['chrome-extension://*', 'moz-extension://*']);
  });
});

describe('8.2 the Host header against DNS rebinding', () => {
  it('answers a foreign Host with 421 and a Dutch message, on every path', async () => {
    for (const path of ['/', '/healthz', '/api/drafts', '/d/abcdefgh12']) {
      const r = await raw(srv.url, path, { method: path === '/api/drafts' ? 'POST' : 'GET', headers: { host: `rebind.evil.example:${new URL(srv.url).port}`, ...JSON_TYPE }, body: '{}' });
      expect(r.status, path).toBe(421);
      expect(JSON.parse(r.body)).toMatchObject({ error: 'unknown-host', message: expect.stringContaining('adres') });
    }
    expect(srv.logs.join('')).toMatch(/refused a request from 127\.0\.0\.1 for unknown host "rebind\.evil\.example:\d+"/);
  });

  it('admits IP addresses and localhost on a loopback server, and the configured names', async () => {
    const port = new URL(srv.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) expect((await raw(srv.url, '/healthz', { headers: { host } })).status, host).toBe(200);
    for (const host of ['samenspel.example.nl', 'SAMENSPEL.example.nl.', 'intern.bieb.nl:8787', '127.0.0.1']) {
      expect((await raw(named.url, '/healthz', { headers: { host } })).status, host).toBe(200);
    }
    expect((await raw(named.url, '/healthz', { headers: { host: 'example.nl' } })).status).toBe(421);
    expect((await raw(named.url, '/healthz', { headers: { host: 'samenspel.example.nl.evil.example' } })).status).toBe(421);
  });

  it('refuses a WebSocket upgrade with a foreign Host', async () => {
    const bad = socket(srv.wsUrl, { host: 'rebind.evil.example' });
    expect(await bad.opened).toEqual({ refused: 421 });
    const good = socket(srv.wsUrl, { host: `localhost:${new URL(srv.url).port}` });
    expect(await good.opened).toEqual({ open: true });
    good.ws.close();
  });
});

describe('8.3 draft creation is rate-limited per address', () => {
  it('answers 429 with Retry-After past the limit, also for a parallel burst', async () => {
    const t = await startServerProcess({ env: { SAMENSPEL_DRAFTS_PER_MINUTE: '5' } });
    try {
      const burst = await Promise.all(Array.from({ length: 20 }, () => create(t.url)));
      expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
      const refused = burst.filter((r) => r.status === 429);
      expect(refused).toHaveLength(15);
      expect(Number(refused[0]?.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused[0]?.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(JSON.parse(refused[0]?.body ?? '{}')).toMatchObject({ error: 'too-many-drafts' });
    } finally {
      await t.dispose();
    }
  });
});

describe('8.4–8.6 wrong tokens are throttled per address, over HTTP and /sync together, and logged with the address', () => {
  let t: ServerProcess;
  let d: CreatedDraft;
  const WRONG = 'w'.repeat(43);
  beforeAll(async () => {
    t = await startServerProcess({ env: { SAMENSPEL_AUTH_FAILURES_PER_MINUTE: '5' } });
    d = await createDraft(t.url);
  });
  afterAll(async () => {
    await t?.dispose();
  });
  const info = (token: string, from = '127.0.0.1') => raw(t.url, `/api/drafts/${d.id}`, { headers: { authorization: `Bearer ${token}` }, from });

  it('over HTTP: a parallel burst gets at most the limit of 401s, then 429 with Retry-After even for the right token', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => info(`${WRONG.slice(0, 40)}${String(i).padStart(3, '0')}`, '127.0.0.3')));
    expect(burst.filter((r) => r.status === 401)).toHaveLength(5);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(25);
    const blocked = await info(d.tokens.owner, '127.0.0.3');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(blocked.body)).toMatchObject({ error: 'too-many-attempts' });
    // Another address is not affected, and right tokens do not count.
    for (let i = 0; i < 8; i++) expect((await info(d.tokens.viewer)).status).toBe(200);
  });

  it('many right tokens at once from one address (a workshop behind one NAT) all get in, however far over the limit', async () => {
    const tokens = [d.tokens.owner, d.tokens.editor, d.tokens.viewer];
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => info(tokens[i % 3]!, '127.0.0.6')));
    expect(burst.map((r) => r.status)).toEqual(Array(30).fill(200));
    // Wrong tokens mixed in still get at most the limit; once it is used up, the address waits.
    const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => info(i % 2 ? d.tokens.viewer : `${WRONG.slice(0, 40)}${String(i).padStart(3, '0')}`, '127.0.0.7')));
    expect(mixed.filter((r) => r.status === 401)).toHaveLength(5);
    expect(mixed.every((r, i) => (i % 2 ? [200, 429] : [401, 429]).includes(r.status))).toBe(true);
  });

  it('over one socket: closed with 4431 after the limit; the address stays refused on new sockets and over HTTP', async () => {
    const s = socket(t.wsUrl, { from: '127.0.0.4' });
    expect(await s.opened).toEqual({ open: true });
    // One guess after another, each answered (at most 8 may wait at once on a socket).
    let answered = 0;
    for (let i = 0; i < 15 && s.ws.readyState === WebSocket.OPEN; i++) {
      s.ws.send(authFrame(`guess${String(i).padStart(8, '0')}`, `${WRONG.slice(0, 40)}${i}`));
      await waitFor(() => s.messages.length > answered || s.ws.readyState !== WebSocket.OPEN, 5000, 'an answer');
      answered = s.messages.length;
    }
    expect(await s.closed).toEqual({ code: 4431, reason: 'too-many-attempts' });
    expect(answered).toBeLessThanOrEqual(5);

    const again = socket(t.wsUrl, { from: '127.0.0.4' });
    expect(await again.opened).toEqual({ open: true });
    again.ws.send(authFrame(d.id, d.tokens.editor));
    expect(await again.closed).toEqual({ code: 4431, reason: 'too-many-attempts' });
    expect((await info(d.tokens.owner, '127.0.0.4')).status).toBe(429);

    const other = socket(t.wsUrl, { from: '127.0.0.5' });
    expect(await other.opened).toEqual({ open: true });
    other.ws.send(authFrame(d.id, d.tokens.editor));
    await waitFor(() => other.messages.length > 0, 5000, 'auth reply');
    expect(other.ws.readyState).toBe(WebSocket.OPEN);
    other.ws.close();
  });

  it('logs each wrong token with the address, never the token', async () => {
    await waitFor(() => /wrong token from 127\.0\.0\.4/.test(t.logs.join('')), 5000, 'socket log line');
    const log = t.logs.join('');
    expect(log.match(/wrong token from 127\.0\.0\.3 \(GET \/api\/drafts\//g)).toHaveLength(5);
    expect(log.match(/wrong token from 127\.0\.0\.4 \(\/sync, draft "guess/g)).toHaveLength(5);
    expect(log).toMatch(/too many wrong tokens from 127\.0\.0\.3: refusing its attempts for \d+ s/);
    expect(log).not.toContain(WRONG.slice(0, 40));
    for (const token of Object.values(d.tokens)) expect(log).not.toContain(token);
  });
});

describe('8.7 the admin token', () => {
  it('is compared as equal-length digests: right only when identical, whatever the lengths', () => {
    expect(sameSecret('beheer-geheim-1234567890', 'beheer-geheim-1234567890')).toBe(true);
    for (const other of ['', 'beheer', 'beheer-geheim-1234567891', 'beheer-geheim-1234567890x', 'x'.repeat(10_000)]) {
      expect(sameSecret(other, 'beheer-geheim-1234567890'), other).toBe(false);
    }
  });

  it('counts wrong admin tokens against the address', async () => {
    const g = await startServerProcess({ env: { SAMENSPEL_ADMIN_TOKEN: 'beheer-geheim-1234567890', SAMENSPEL_AUTH_FAILURES_PER_MINUTE: '3' } });
    try {
      const tries = [];
      for (const guess of ['a', 'beheer-geheim-123456789', 'beheer-geheim-12345678901', 'b']) tries.push((await create(g.url, { authorization: `Bearer ${guess}` })).status);
      expect(tries).toEqual([401, 401, 401, 429]);
      expect((await create(g.url, { authorization: 'Bearer beheer-geheim-1234567890' })).status).toBe(429);
      expect((await create(g.url, { authorization: 'Bearer beheer-geheim-1234567890' }, '{}')).headers['retry-after']).toBeDefined();
      expect(g.logs.join('')).toMatch(/wrong token from 127\.0\.0\.1 \(POST \/api\/drafts, admin token\)/);
      expect(g.logs.join('')).not.toContain('beheer-geheim');
    } finally {
      await g.dispose();
    }
  });
});

describe('8.8 the body must be a JSON object', () => {
  it('refuses arrays, other JSON values, an empty body and a body not declared as JSON', async () => {
    for (const body of ['[]', 'null', '"titel"', '42', 'true', '']) {
      const r = await create(srv.url, {}, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body).not.toContain('tokens');
    }
    expect(JSON.parse((await create(srv.url, {}, '[]')).body)).toMatchObject({ error: 'invalid-input' });
    const plain = await create(srv.url, { 'content-type': 'text/plain' }, '{}');
    expect(plain.status).toBe(415);
    expect(JSON.parse(plain.body)).toMatchObject({ error: 'unsupported-media-type' });
    expect((await create(srv.url, {}, '{}')).status).toBe(201);
  });
});

// HTTP surface: health, the honest fallback page, safe static files (no traversal, right
// content types, security headers), the add-in manifest rewritten to the public URL, bodies.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server.js';

let bare: ServerProcess;
let built: ServerProcess;
let dir: string;

/** A raw GET that does not normalise the path (fetch would resolve ../). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-http-'));
  await mkdir(join(dir, 'web/assets'), { recursive: true });
  await mkdir(join(dir, 'addin'), { recursive: true });
  await writeFile(join(dir, 'web/index.html'), '<!doctype html><title>Werkruimte</title>');
  await writeFile(join(dir, 'web/assets/app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'geheim');
  await symlink(join(dir, 'secret.txt'), join(dir, 'web/link.txt'));
  await writeFile(join(dir, 'addin/manifest.xml'), '<OfficeApp><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/></OfficeApp>');
  await writeFile(join(dir, 'addin/manifest.json'), JSON.stringify({ extensions: [{ runtimes: [{ code: { page: 'https://localhost:3000/taskpane.html' } }] }] }));
  await writeFile(join(dir, 'addin/taskpane.html'), '<!doctype html><title>Taakvenster</title>');
  bare = await startServerProcess();
  built = await startServerProcess({
    env: { SAMENSPEL_WEB_DIR: join(dir, 'web'), SAMENSPEL_ADDIN_DIR: join(dir, 'addin'), SAMENSPEL_PUBLIC_URL: 'https://samenspel.example.nl' },
  });
});
afterAll(async () => {
  await bare?.dispose();
  await built?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('without a built workspace', () => {
  it('answers /healthz and serves an honest Dutch page', async () => {
    expect((await fetch(`${bare.url}/healthz`)).status).toBe(200);
    const home = await fetch(`${bare.url}/`);
    expect(home.headers.get('content-type')).toContain('text/html');
    const html = await home.text();
    expect(html).toContain('lang="nl"');
    expect(html).toContain('nog niet geïnstalleerd');
    const draft = await (await fetch(`${bare.url}/d/abcdefgh12`)).text();
    expect(draft).toContain('concept');
    expect((await fetch(`${bare.url}/nope.js`)).status).toBe(404);
  });
});

describe('with a built workspace', () => {
  it('serves files with content types and security headers, the draft page as the app', async () => {
    const js = await fetch(`${built.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetch(`${built.url}/d/abcdefgh12`);
    expect(await page.text()).toContain('Werkruimte');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses path traversal, encoded or not, and symlinks out of the folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '/%00']) {
      const r = await rawGet(built.url, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('geheim');
    }
  });

  it('serves the add-in with the manifest pointing at the public URL', async () => {
    const xml = await (await fetch(`${built.url}/addin/manifest.xml`)).text();
    expect(xml).toContain('https://samenspel.example.nl/taskpane.html');
    expect(xml).not.toContain('localhost');
    // The unified manifest too, and neither is cached for long: a new public URL takes at once.
    const res = await fetch(`${built.url}/addin/manifest.json`);
    expect(((await res.json()) as { extensions: { runtimes: { code: { page: string } }[] }[] }).extensions[0]!.runtimes[0]!.code.page).toBe('https://samenspel.example.nl/taskpane.html');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const pane = await fetch(`${built.url}/addin/taskpane.html`);
    expect(pane.status).toBe(200);
    expect(pane.headers.get('x-frame-options')).toBeNull(); // Word hosts it in a frame
  });

  it('limits and validates request bodies', async () => {
    const asJson = { 'content-type': 'application/json' };
    const big = await fetch(`${built.url}/api/drafts`, { method: 'POST', body: 'x'.repeat(200 * 1024), headers: asJson });
    expect(big.status).toBe(413);
    const notJson = await fetch(`${built.url}/api/drafts`, { method: 'POST', body: '{', headers: asJson });
    expect(notJson.status).toBe(400);
  });
});

describe('TLS with dev certificates', () => {
  it('makes localhost certificates and serves https', async () => {
    const { makeDevCerts } = await import('../../server/certs.js');
    const certDir = join(dir, 'certs');
    const c = makeDevCerts(certDir);
    const tls = await startServerProcess({ env: { SAMENSPEL_TLS_CERT: c.cert, SAMENSPEL_TLS_KEY: c.key } });
    try {
      expect(tls.url).toMatch(/^https:/);
      const { request: httpsRequest } = await import('node:https');
      const { readFile } = await import('node:fs/promises');
      const ca = await readFile(c.ca);
      const status = await new Promise<number>((resolve, reject) => {
        const u = new URL(`${tls.url}/healthz`);
        const req = httpsRequest({ host: u.hostname, port: u.port, path: u.pathname, ca, servername: 'localhost' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(200);
    } finally {
      await tls.dispose();
    }
  });
});

describe('shutdown', () => {
  it('stops gracefully on SIGTERM and SIGINT, keeping saved work', async () => {
    const { createDraft } = await import('../support/server.js');
    const { connectClient, waitForStatus } = await import('../support/server-clients.js');
    const s = await startServerProcess();
    try {
      const d = await createDraft(s.url);
      const c = await connectClient(s.wsUrl, d.id, d.tokens.editor);
      await waitForStatus(c, (x) => x.kind === 'saved');
      c.doc.getMap('m').set('k', 'v');
      await c.whenSaved();
      await s.stop();
      expect(s.child.exitCode).toBe(0);
      await waitForStatus(c, (x) => x.kind === 'offline');
      await s.restart();
      await waitForStatus(c, (x) => x.kind === 'saved');
      expect(c.doc.getMap('m').get('k')).toBe('v');
      await c.destroy();
      s.child.kill('SIGINT');
      await new Promise((r) => s.child.once('exit', r));
      expect(s.child.exitCode).toBe(0);
    } finally {
      await s.dispose();
    }
  });
});

describe('API from other origins and through proxies', () => {
  it('answers CORS preflights and refuses proxied draft creation without an admin token', async () => {
    // Creation admits the extension by its origin, never `*` (test/server/doors.test.ts has the rest).
    const pre = await fetch(`${bare.url}/api/drafts`, { method: 'OPTIONS', headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    const proxied = await fetch(`${bare.url}/api/drafts`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status).toBe(403);
  });
});

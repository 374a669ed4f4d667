// Static files over the real server: text goes out brotli- or gzip-compressed as the browser
// accepts (Vary: Accept-Encoding), decoding to the file exactly; a build's precompressed
// sibling is used unless it is older than the file; hashed assets are cached as immutable,
// pages and unhashed files are not; small and binary files go out as they are.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../server/http/compressed.js';
import { startServerProcess, type ServerProcess } from '../support/server.js';

let server: ServerProcess;
let dir: string;
const SCRIPT = `export const x = ${JSON.stringify('samen lezen '.repeat(4000))};\n`;
const PAGE = `<!doctype html><title>Werkruimte</title>${'<p>Samenspel</p>'.repeat(200)}`;

function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samenspel-static-'));
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), PAGE);
  await writeFile(join(dir, 'assets/index-Ab3_x9Zq.js'), SCRIPT);
  await writeFile(join(dir, 'assets/plain.js'), SCRIPT);
  await writeFile(join(dir, 'assets/tiny-Qw12Er34.js'), 'export {};');
  await writeFile(join(dir, 'assets/logo-Zx98Cv76.png'), Buffer.alloc(4096, 7));
  // A precompressed sibling, recognisably different from compressing the file on the fly.
  await writeFile(join(dir, 'assets/pre-Pp11Pp11.js'), SCRIPT);
  await writeFile(join(dir, 'assets/pre-Pp11Pp11.js.br'), brotliCompressSync(Buffer.from('// from the build\n' + SCRIPT)));
  // A stale sibling (older than its file) is not used.
  await writeFile(join(dir, 'assets/stale-Ss22Ss22.js'), SCRIPT);
  await writeFile(join(dir, 'assets/stale-Ss22Ss22.js.br'), brotliCompressSync(Buffer.from('// stale\n')));
  const past = new Date(Date.now() - 3600_000);
  await utimes(join(dir, 'assets/stale-Ss22Ss22.js.br'), past, past);
  server = await startServerProcess({ env: { SAMENSPEL_WEB_DIR: dir, SAMENSPEL_QUIET: '1' } });
});
afterAll(async () => {
  await server?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('compressed static files', () => {
  it('sends brotli when accepted, gzip otherwise, identity when neither, each decoding to the file', async () => {
    const br = await get('/assets/index-Ab3_x9Zq.js', 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.byteLength);
    expect(br.body.byteLength).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get('/assets/index-Ab3_x9Zq.js', 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-Ab3_x9Zq.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('compresses the page behind a draft link too, and answers HEAD with the same headers and no body', async () => {
    const page = await get('/d/abcdefgh', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.body).toString()).toBe(PAGE);
    const head = await get('/d/abcdefgh', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(page.headers['content-length']);
    expect(head.body.byteLength).toBe(0);
  });

  it('caches hashed assets for a year as immutable, unhashed ones for an hour', async () => {
    expect((await get('/assets/index-Ab3_x9Zq.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/logo-Zx98Cv76.png', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/plain.js', 'br')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends small and binary files as they are', async () => {
    const tiny = await get('/assets/tiny-Qw12Er34.js', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};');
    const png = await get('/assets/logo-Zx98Cv76.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['vary']).toBeUndefined();
    expect(png.body.byteLength).toBe(4096);
  });

  it("uses the build's precompressed file unless it is older than the file", async () => {
    expect(brotliDecompressSync((await get('/assets/pre-Pp11Pp11.js', 'br')).body).toString()).toBe('// from the build\n' + SCRIPT);
    expect(brotliDecompressSync((await get('/assets/stale-Ss22Ss22.js', 'br')).body).toString()).toBe(SCRIPT);
  });

  it('reads Accept-Encoding as browsers and proxies write it', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding(['gzip', 'br'])).toBe('br');
  });
});

// Compressed static files: which encoding a request accepts (brotli before gzip), and the
// compressed bytes of a file — the build's precompressed sibling (`app.js.br`, `app.js.gz`)
// when it is there and not older than the file, otherwise compressed on first request and
// kept in a bounded in-memory cache (checked against the file's size and mtime every time).
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Files smaller than this are sent as they are (the headers would outweigh the saving). */
const MIN_BYTES = 1024;
/** Larger files are streamed uncompressed rather than held in memory. */
const MAX_BYTES = 16 * 1024 * 1024;
/** Bytes of compressed files kept in memory at most (oldest dropped first). */
const CACHE_BYTES = 64 * 1024 * 1024;

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|map|xml|svg|txt|webmanifest|wasm)$/i;
export const isCompressible = (file: string) => COMPRESSIBLE.test(file);

/** The encoding to answer with for an Accept-Encoding header, or null for none (identity). */
export function chooseEncoding(header: string | string[] | undefined): Encoding | null {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  const q = new Map<string, number>();
  for (const part of raw.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipAsync(body, { level: 9 });
}

interface Entry {
  size: number;
  mtimeMs: number;
  body: Buffer;
}
const cache = new Map<string, Entry>();
const pending = new Map<string, Promise<Buffer>>();
let cachedBytes = 0;

function remember(key: string, entry: Entry): void {
  const old = cache.get(key);
  if (old) {
    cachedBytes -= old.body.byteLength;
    cache.delete(key);
  }
  cache.set(key, entry);
  cachedBytes += entry.body.byteLength;
  for (const [k, e] of cache) {
    if (cachedBytes <= CACHE_BYTES) break;
    cache.delete(k);
    cachedBytes -= e.body.byteLength;
  }
}

async function precompressed(file: string, encoding: Encoding, mtimeMs: number): Promise<Buffer | null> {
  const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  try {
    const s = await stat(sibling);
    return s.isFile() && s.mtimeMs >= mtimeMs ? await readFile(sibling) : null;
  } catch {
    return null;
  }
}

/** The compressed bytes of `file` in `encoding`, or null when it is better sent as it is (small, huge, not text). */
export async function compressedFile(file: string, encoding: Encoding): Promise<Buffer | null> {
  if (!isCompressible(file)) return null;
  const s = await stat(file);
  if (s.size < MIN_BYTES || s.size > MAX_BYTES) return null;
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.size === s.size && hit.mtimeMs === s.mtimeMs) return hit.body;
  const running = pending.get(key);
  if (running) return running;
  const work = (async () => {
    const body = (await precompressed(file, encoding, s.mtimeMs)) ?? (await compress(await readFile(file), encoding));
    remember(key, { size: s.size, mtimeMs: s.mtimeMs, body });
    return body;
  })();
  pending.set(key, work);
  try {
    return await work;
  } finally {
    pending.delete(key);
  }
}

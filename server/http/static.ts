// Safe static files: the web workspace (SPA fallback for /d/<id>) and the Word add-in files,
// with the add-in manifest's dev URLs rewritten to the public URL. No path traversal,
// explicit content types, security headers; an honest Dutch page when nothing is built.
// Text files go out compressed (brotli or gzip, compressed.ts); files whose name carries the
// build's content hash are cached for a year as immutable, everything else revalidated.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chooseEncoding, compressedFile, isCompressible } from './compressed.js';
import { PAGE_CSP, SECURITY_HEADERS, send } from './util.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** Resolves a URL path inside root, or null when it would leave root or is not a file. */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootAbs = resolve(root);
  const target = resolve(rootAbs, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (target !== rootAbs && !target.startsWith(rootAbs + sep)) return null;
  try {
    const real = await realpath(target);
    const realRoot = await realpath(rootAbs);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    const s = await stat(real);
    if (s.isDirectory()) return resolveInside(root, join(decoded, 'index.html'));
    return s.isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function dirExists(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function headersFor(file: string, frameable: boolean): Record<string, string> {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const h: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': type };
  if (!frameable) {
    h['Content-Security-Policy'] = PAGE_CSP;
    h['X-Frame-Options'] = 'DENY';
  } else {
    delete h['Cross-Origin-Opener-Policy'];
    h['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  // Pages, manifests and the service worker are revalidated on every load, so an update is seen at once;
  // a hashed file never changes under its name.
  h['Cache-Control'] = /\.(html|xml|webmanifest)$|manifest[^/]*\.json$|[/\\]sw\.js$/.test(file)
    ? 'no-cache'
    : HASHED.test(file)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600';
  if (isCompressible(file)) h['Vary'] = 'Accept-Encoding';
  return h;
}

/** A build output file named `<name>-<hash>.<ext>` under assets/ or chunks/ (Vite's and WXT's 8-character content hash). */
const HASHED = /[/\\](?:assets|chunks)[/\\][^/\\]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

async function streamFile(req: IncomingMessage, res: ServerResponse, file: string, frameable: boolean): Promise<void> {
  const headers = headersFor(file, frameable);
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const body = encoding ? await compressedFile(file, encoding).catch(() => null) : null;
  if (body && encoding) {
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.byteLength) });
    return void res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

const FALLBACK = (title: string, body: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

export function fallbackPage(draft: boolean): string {
  return draft
    ? FALLBACK(
        'Samenspel — concept',
        '<p>Deze link hoort bij een concept-samenwerkingsafspraak op deze Samenspel-server.</p>' +
          '<p>De webwerkruimte is op deze server nog niet geïnstalleerd, dus je kunt het concept hier nog niet openen of bewerken. ' +
          'Je link blijft geldig: bewaar hem en probeer het later opnieuw, of open hem in de Samenspel-extensie of de Word-invoegtoepassing.</p>',
      )
    : FALLBACK(
        'Samenspel',
        '<p>Deze Samenspel-server draait. Hij bewaart en synchroniseert concepten van samenwerkingsafspraken.</p>' +
          '<p>De webwerkruimte is op deze server nog niet geïnstalleerd. Werk via de browserextensie of de Word-invoegtoepassing, ' +
          'of vraag de beheerder de webwerkruimte te bouwen.</p>',
      );
}

export async function serveWeb(req: IncomingMessage, res: ServerResponse, webDir: string, path: string): Promise<void> {
  const isDraftPage = /^\/d\/[A-Za-z0-9_-]+\/?$/.test(path);
  if (!(await dirExists(webDir))) {
    if (path === '/' || path === '/index.html' || isDraftPage) {
      return send(res, 200, fallbackPage(isDraftPage), { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP });
    }
    return send(res, 404, 'Niet gevonden', { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  const file = await resolveInside(webDir, isDraftPage ? '/index.html' : path);
  if (file) return streamFile(req, res, file, false);
  send(res, 404, 'Niet gevonden', { 'Content-Type': 'text/plain; charset=utf-8' });
}

const DEV_ORIGIN = /https:\/\/localhost(?::\d+)?/g;

export async function serveAddin(req: IncomingMessage, res: ServerResponse, addinDir: string, path: string, publicUrl: string): Promise<void> {
  const file = await resolveInside(addinDir, path);
  if (!file) return send(res, 404, 'Niet gevonden', { 'Content-Type': 'text/plain; charset=utf-8' });
  if (/manifest[^/]*\.(?:xml|json)$/i.test(file)) {
    const xml = (await readFile(file, 'utf8')).replace(DEV_ORIGIN, publicUrl);
    return send(res, 200, xml, { ...headersFor(file, true) });
  }
  return streamFile(req, res, file, true);
}

// Small HTTP helpers: JSON replies and 429s, bounded body reading, bearer tokens, security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const PAGE_CSP =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value, null, 2), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export function error(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { error: code, message }, headers);
}

/** 429 with Retry-After in whole seconds. */
export function tooMany(res: ServerResponse, code: string, message: (seconds: number) => string, waitMs: number): void {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  error(res, 429, code, message(seconds), { 'Retry-After': String(seconds) });
}

/** Whether the body is declared as JSON (which a cross-origin page cannot send without a preflight). */
export function isJson(req: IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > max) throw new BodyTooLarge(`body larger than ${max} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a JSON request body held: parsed, or already answered with 415, 413 or 400. */
export type JsonBody = { parsed: unknown } | { answered: true };

/** Reads a JSON request body of at most `max` bytes; answers the error itself when it cannot. */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<JsonBody> {
  if (!isJson(req)) return error(res, 415, 'unsupported-media-type', 'Stuur de aanvraag als JSON (Content-Type: application/json).'), { answered: true };
  let raw: string;
  try {
    raw = await readBody(req, max);
  } catch (e) {
    if (e instanceof BodyTooLarge) return error(res, 413, 'body-too-large', `De aanvraag is groter dan ${max} bytes.`), { answered: true };
    throw e;
  }
  try {
    return { parsed: JSON.parse(raw) as unknown };
  } catch {
    return error(res, 400, 'invalid-json', 'De aanvraag is geen geldige JSON.'), { answered: true };
  }
}

export function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(h);
  return m?.[1] ?? null;
}

/** A request from this machine itself — not one relayed by a reverse proxy on it. */
export function isLocalRequest(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress;
  const loopback = a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
  return loopback && !req.headers['x-forwarded-for'] && !req.headers.forwarded && !req.headers['x-real-ip'];
}

/** The language a request asks for with `?lang=nl|en`; undefined: the draft's own. */
export function langOf(req: IncomingMessage): 'nl' | 'en' | undefined {
  const q = new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
  return q === 'en' || q === 'nl' ? q : undefined;
}

// The server's front doors: the Host names it answers to (any other name means DNS
// rebinding or a misrouted request) and the Origins that may create drafts, with the CORS
// headers that follow from them. Bearer-token routes stay open to every origin.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Config } from '../config.js';
import { SlidingWindow } from '../throttle.js';

export const CREATE_PATH = '/api/drafts';

/** The bearer-token API: no cookies, so any origin may call it with a token it holds. */
const TOKEN_CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE',
  'Access-Control-Expose-Headers': 'content-disposition, retry-after',
  'Access-Control-Max-Age': '600',
};

export const HOST_REFUSED = 'Deze server kent het adres niet waarmee je hem aanspreekt. Open Samenspel via het adres dat je van je beheerder kreeg.';

export interface Doors {
  /** Whether the request's Host header names this server; a refusal is logged (once a minute per address). */
  hostAllowed(req: IncomingMessage): boolean;
  /** Whether the request may create a draft as far as its Origin goes (no Origin: not a browser). */
  originMayCreate(req: IncomingMessage): boolean;
  /** CORS headers for an /api/ path: creation only for admitted origins, by name and never `*`. */
  corsHeaders(req: IncomingMessage, path: string): Record<string, string>;
}

const HOST_RE = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/;

/** The name in a Host header, lower case, without brackets or a final dot; null when it is no host. */
function hostName(header: string): string | null {
  const m = HOST_RE.exec(header.toLowerCase());
  if (!m?.[1]) return null;
  return m[1].replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

export function createDoors(
  config: Pick<Config, 'host' | 'publicUrl' | 'allowedHosts' | 'allowedOrigins'>,
  scheme: 'http' | 'https',
  log: (msg: string) => void,
): Doors {
  const names = new Set(config.allowedHosts.map((h) => h.replace(/\.$/, '')));
  if (config.publicUrl) names.add(new URL(config.publicUrl).hostname.replace(/^\[(.*)\]$/, '$1'));
  const bound = hostName(config.host);
  if (bound) names.add(bound);
  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : null;
  const refusalsLogged = new SlidingWindow(1);

  // An IP address or localhost cannot be pointed elsewhere by an attacker's DNS.
  const known = (name: string) => isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || names.has(name);

  function originMayCreate(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (origin === publicOrigin || origin === `${scheme}://${req.headers.host?.toLowerCase()}`) return true;
    return config.allowedOrigins.some((o) => (o.endsWith('://*') ? origin.startsWith(o.slice(0, -1)) && origin.length >= o.length : o === origin));
  }

  return {
    hostAllowed(req) {
      const header = req.headers.host;
      // HTTP/1.0 without a Host is no browser, so no rebinding.
      if (header === undefined) return true;
      const name = hostName(header);
      if (name !== null && known(name)) return true;
      const address = req.socket.remoteAddress ?? 'unknown';
      if (refusalsLogged.take(address)) log(`[samenspel] refused a request from ${address} for unknown host ${JSON.stringify(header.slice(0, 100))}`);
      return false;
    },
    originMayCreate,
    corsHeaders(req, path) {
      if (path !== CREATE_PATH) return TOKEN_CORS;
      const origin = req.headers.origin;
      if (origin === undefined || !originMayCreate(req)) return { Vary: 'Origin' };
      return { ...TOKEN_CORS, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    },
  };
}

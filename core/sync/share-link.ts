// Share links: `<public>/d/<draftId>#token=<token>`. The token travels in the fragment so
// it never reaches server logs or Referer headers.

export interface ShareLink {
  /** The public base URL of the server, without trailing slash. */
  base: string;
  draftId: string;
  token: string;
}

const ID_RE = /^[A-Za-z0-9_-]{8,64}$/;
const TOKEN_RE = /^[A-Za-z0-9_-]{16,128}$/;

export function encodeShareLink(link: ShareLink): string {
  if (!ID_RE.test(link.draftId)) throw new Error('invalid draft id');
  if (!TOKEN_RE.test(link.token)) throw new Error('invalid token');
  const base = link.base.replace(/\/+$/, '');
  return `${base}/d/${encodeURIComponent(link.draftId)}#token=${encodeURIComponent(link.token)}`;
}

/** Parses a share link; null when it is not one. */
export function decodeShareLink(input: string): ShareLink | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const m = /^(.*)\/d\/([^/]+)\/?$/.exec(url.pathname);
  if (!m) return null;
  const draftId = decodeURIComponent(m[2] ?? '');
  const token = new URLSearchParams(url.hash.replace(/^#/, '')).get('token') ?? '';
  if (!ID_RE.test(draftId) || !TOKEN_RE.test(token)) return null;
  return { base: `${url.origin}${m[1] ?? ''}`, draftId, token };
}

/** The WebSocket URL of a server's sync endpoint, from its public base URL. */
export function syncUrlFor(base: string): string {
  const u = new URL(base.replace(/\/+$/, '') + '/sync');
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

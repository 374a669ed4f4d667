// Normalising the URL an annotation targets, so the same page gets the same key on every
// visit: fragment and tracking parameters dropped, the page's canonical link honoured when
// it points at the same site. Only http(s) pages can be annotated.
import { CodedError } from '../i18n/errors.js';

/** Query parameters that only track a visitor and never choose the content. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'li_fat_id',
  'ttclid',
]);

/** Not an http(s) address; coded so each front says it in its own language. */
export class UrlError extends CodedError {
  override name = 'UrlError';
  constructor(input: string) {
    super('not-http-url', { url: input.slice(0, 200) });
  }
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function parseHttp(input: string): URL | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

const siteOf = (url: URL) => url.hostname.replace(/^www\./, '');

/**
 * The normalised form of `input`. `canonical` is the href of the page's
 * `<link rel="canonical">` (resolved against `input`); it is used only when it is an
 * http(s) URL on the same site (a `www.` prefix aside), so a page cannot file its
 * annotations under someone else's address. Throws UrlError for anything but http(s).
 */
export function normalizeUrl(input: string, canonical?: string | null): string {
  const url = parseHttp(input);
  if (!url) throw new UrlError(input);
  let chosen = url;
  if (canonical) {
    let resolved: URL | null = null;
    try {
      resolved = parseHttp(new URL(canonical.trim(), url).href);
    } catch {
      resolved = null;
    }
    if (resolved && siteOf(resolved) === siteOf(url)) chosen = resolved;
  }
  chosen.hash = '';
  chosen.username = '';
  chosen.password = '';
  const kept = [...chosen.searchParams].filter(([name]) => !isTracking(name));
  chosen.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return chosen.href;
}

// Ids of list items, partners and annotations: 1–64 characters [A-Za-z0-9_-], the one
// pattern every reader and writer checks, and the random ids Samenspel makes itself. Names of
// Object.prototype (`constructor`, `__proto__`) fit the pattern and stay allowed: a hostile
// client can write any of them, so records keyed by ids are made safe instead (records.ts).
import * as v from 'valibot';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const idSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be 1-64 characters A-Z, a-z, 0-9, _ or -'));

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A random id of 16 url-safe characters, 6 random bits each (96 bits); works outside secure contexts too. */
export function newId(): string {
  // 256 is a multiple of 64, so the low six bits of a random byte are uniform.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => ALPHABET[byte & 63]).join('');
}

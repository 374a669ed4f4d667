// The checksum stored beside every update and snapshot (SHA-256 of the bytes, 32 bytes), so
// that bytes altered on disk are found when a draft is read instead of being served as saved.
import { createHash } from 'node:crypto';

export function checksum(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** False when no checksum was stored (a row written around the store) or it does not match. */
export function checksumMatches(data: Uint8Array, stored: Buffer | null): boolean {
  return stored !== null && checksum(data).equals(stored);
}

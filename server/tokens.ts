// Capability tokens: 256 random bits, base64url. Only SHA-256 hashes are stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from './storage/types.js';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newDraftId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two secrets in constant time; hashing first makes the length no secret either. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function newTokenSet(): { tokens: Record<Role, string>; hashes: Record<Role, string> } {
  const tokens = Object.fromEntries(ROLES.map((r) => [r, newToken()])) as Record<Role, string>;
  const hashes = Object.fromEntries(ROLES.map((r) => [r, hashToken(tokens[r])])) as Record<Role, string>;
  return { tokens, hashes };
}

export const DRAFT_ID_RE = /^[A-Za-z0-9_-]{8,64}$/;

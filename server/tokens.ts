// Capability tokens: 256 random bits, base64url. Only SHA-256 hashes are stored.
import { createHash, randomBytes } from 'node:crypto';
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

export function newTokenSet(): { tokens: Record<Role, string>; hashes: Record<Role, string> } {
  const tokens = Object.fromEntries(ROLES.map((r) => [r, newToken()])) as Record<Role, string>;
  const hashes = Object.fromEntries(ROLES.map((r) => [r, hashToken(tokens[r])])) as Record<Role, string>;
  return { tokens, hashes };
}

export const DRAFT_ID_RE = /^[A-Za-z0-9_-]{8,64}$/;

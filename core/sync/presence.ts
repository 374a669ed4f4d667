// Presence: who is in a draft (name, organisation, colour), read from Yjs awareness.
// `readOnly` is set by the server for viewers and cannot be trusted from clients otherwise;
// `memberId` is stamped by the server on every state it relays (server/members/presence.ts):
// a member's id when the person came in with a personal invitation (name and organisation
// then come from the server's record), null for a link per role (a name the person typed).
import { PRESENCE_MEMBER_KEY } from '../consent/contract.js';

export interface Presence {
  name: string;
  organisation?: string;
  colour?: string;
}

export interface Peer {
  clientId: number;
  name: string;
  organisation: string;
  colour: string;
  readOnly: boolean;
  /** Where the peer is working: the part of the agreement and the field (core/agreement textKey), if any. */
  part: string | null;
  field: string | null;
  /** The invited member the server verified this peer to be; absent for a link per role (or a server that does not stamp). */
  memberId?: string;
}

/** Where this person is working, shared through awareness ("Anna is in Ambitie, veld Belofte"). */
export interface Whereabouts {
  part: string | null;
  field: string | null;
}

// Colours with at least 4.5:1 contrast against white text.
const PALETTE = ['#1f5fa8', '#a2301f', '#2f6b2f', '#7a3e9d', '#8a5300', '#00677a', '#b0265f', '#4a4a9c'];

export function colourFor(seed: string): string {
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] as string;
}

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Validates one awareness state from the network into a Peer (or null). */
export function peerFrom(clientId: number, state: unknown): Peer | null {
  if (!state || typeof state !== 'object') return null;
  const s = state as Record<string, unknown>;
  const user = s.user as Record<string, unknown> | undefined;
  if (!user || typeof user !== 'object') return null;
  const name = str(user.name, 80).trim();
  if (!name) return null;
  const colour = /^#[0-9a-fA-F]{6}$/.test(str(user.colour, 7)) ? str(user.colour, 7) : colourFor(name);
  const where = (s.where && typeof s.where === 'object' ? s.where : {}) as Record<string, unknown>;
  const key = (v: unknown) => str(v, 300) || null;
  return {
    clientId,
    name,
    organisation: str(user.organisation, 120).trim(),
    colour,
    readOnly: s.readOnly === true,
    part: key(where.part),
    field: key(where.field),
    ...(str(s[PRESENCE_MEMBER_KEY], 64) ? { memberId: str(s[PRESENCE_MEMBER_KEY], 64) } : {}),
  };
}

export function presenceState(p: Presence): { name: string; organisation: string; colour: string } {
  return { name: p.name.slice(0, 80), organisation: (p.organisation ?? '').slice(0, 120), colour: p.colour ?? colourFor(p.name) };
}

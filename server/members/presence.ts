// Identity stamping of presence: every awareness state a connection sends is relayed with the
// server's word on who it is. A member's `user.name` and `user.organisation` are overwritten
// with the name and partner from the member record, and `memberId` is set (null for an
// anonymous link, so nobody can claim a member's id).
import * as Y from 'yjs';
import { PRESENCE_MEMBER_KEY } from '../../core/consent/contract.js';
import { LISTS } from '../../core/agreement/entities.js';
import type { MemberRecord } from './store.js';

/** The partner's name as written in the draft, or '' when it has none (yet). */
export function partnerName(doc: Y.Doc, partnerId: string | null): string {
  if (!partnerId) return '';
  for (const item of doc.getArray<unknown>(LISTS.partners)) {
    if (!(item instanceof Y.Map) || item.get('id') !== partnerId) continue;
    const name = item.get('name');
    return (name instanceof Y.Text ? name.toString() : typeof name === 'string' ? name : '').trim().slice(0, 120);
  }
  return '';
}

/** Rewrites one awareness state in place (a state of null, a peer leaving, is left alone). */
export function stampPresence(state: Record<string, unknown> | null | undefined, member: MemberRecord | null, doc: Y.Doc): void {
  if (!state || typeof state !== 'object') return;
  state[PRESENCE_MEMBER_KEY] = member?.id ?? null;
  if (!member) return;
  const given = state.user && typeof state.user === 'object' ? (state.user as Record<string, unknown>) : {};
  state.user = { ...given, name: member.name.slice(0, 80), organisation: partnerName(doc, member.partnerId) };
}

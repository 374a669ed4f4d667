// Who the bearer of a token is on a draft: an anonymous role link (the tokens table) or a
// member's personal link (members table, not revoked). Used by HTTP and /sync alike.
import type { MemberSummary } from '../../core/consent/contract.js';
import type { DraftStore, Role } from '../storage/types.js';
import type { MemberRecord, MemberStore } from './store.js';

export interface Access {
  role: Role;
  /** Null for an anonymous role link. */
  member: MemberRecord | null;
}

export async function accessFor(store: DraftStore, members: MemberStore | null, draftId: string, tokenHash: string): Promise<Access | null> {
  const role = await store.roleFor(draftId, tokenHash);
  if (role) return { role, member: null };
  const member = members ? await members.byToken(draftId, tokenHash) : null;
  return member ? { role: member.role, member } : null;
}

export const summaryOf = (m: MemberRecord): MemberSummary => ({ id: m.id, name: m.name, partnerId: m.partnerId, role: m.role, representative: m.representative, revokedAt: m.revokedAt });

/** How an anonymous link is named where an author is recorded. */
export const LINK_AUTHOR: Record<Role, string> = { owner: 'Eigenaarslink', editor: 'Bewerkerslink', viewer: 'Leeslink' };

/** The author id and name recorded for an action: the member, or the anonymous link's role. */
export const authorOf = (a: Access): { id: string; name: string } => (a.member ? { id: a.member.id, name: a.member.name } : { id: `link:${a.role}`, name: LINK_AUTHOR[a.role] });

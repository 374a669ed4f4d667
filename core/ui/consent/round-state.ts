// What the consent round means for the screens: each partner's state (consented, with a
// remark, objected, waiting), the headline of the round (open, agreed, objected), the last
// agreed version and whether the draft changed since, and whether this person may record
// consent, and for which partner.
import type { ConsentKind, ConsentRecord, ConsentRound, MemberSummary, VersionSummary } from '../../consent/contract.js';

export type PartnerState = ConsentKind | 'waiting';

export interface PartnerRow {
  partnerId: string;
  state: PartnerState;
  /** The partner's latest record in this round, if any. */
  record: ConsentRecord | null;
}

/** One row per partner in the round, in the round's order; a partner's latest record counts. */
export function partnerRows(round: ConsentRound): PartnerRow[] {
  return round.partnerIds.map((partnerId) => {
    const records = round.consents.filter((c) => c.partnerId === partnerId);
    const record = records.length ? records.reduce((a, b) => (b.at >= a.at ? b : a)) : null;
    return { partnerId, state: record ? record.kind : 'waiting', record };
  });
}

export type RoundHeadline =
  | { kind: 'none' }
  | { kind: 'open'; versionN: number; waiting: number }
  | { kind: 'objected'; versionN: number }
  | { kind: 'agreed'; versionN: number; agreedAt: string };

/** Where the current round stands. */
export function roundHeadline(round: ConsentRound | null): RoundHeadline {
  if (!round) return { kind: 'none' };
  const n = round.versionN;
  if (round.status === 'agreed' && round.agreedAt) return { kind: 'agreed', versionN: n, agreedAt: round.agreedAt };
  if (round.status === 'objected') return { kind: 'objected', versionN: n };
  return { kind: 'open', versionN: n, waiting: partnerRows(round).filter((r) => r.state === 'waiting').length };
}

/** The last agreed version and whether the draft changed since ("gewijzigd sinds versie N, vastgesteld op …"). */
export interface AgreedState {
  versionId: string;
  versionN: number;
  agreedAt: string;
  changed: boolean;
}

/** The newest version that was vastgesteld, if any. */
export function lastAgreed(versions: VersionSummary[]): VersionSummary | null {
  return versions.filter((v) => v.agreedAt).reduce<VersionSummary | null>((a, b) => (!a || b.n > a.n ? b : a), null);
}

export function agreedState(round: ConsentRound | null, versions: VersionSummary[]): AgreedState | null {
  const fromRound = round?.status === 'agreed' && round.agreedAt ? { id: round.versionId, n: round.versionN, agreedAt: round.agreedAt } : null;
  const fromList = lastAgreed(versions);
  const last = fromList && (!fromRound || fromList.n > fromRound.n) ? { id: fromList.id, n: fromList.n, agreedAt: fromList.agreedAt! } : fromRound;
  if (!last) return null;
  // Unchanged only while the round is still on that version and the server saw no change since.
  const changed = !(round && round.versionId === last.id && !round.changedSince);
  return { versionId: last.id, versionN: last.n, agreedAt: last.agreedAt, changed };
}

/** The partner this member may consent for in this round, or null (not a representative, revoked, not in the round, round closed). */
export function consentPartner(round: ConsentRound | null, me: MemberSummary | null): string | null {
  if (!round || round.status !== 'open' || !me || !me.representative || me.revokedAt || !me.partnerId) return null;
  return round.partnerIds.includes(me.partnerId) ? me.partnerId : null;
}

/** A remark or an objection needs its text; a plain consent needs none. */
export const needsText = (kind: ConsentKind): boolean => kind !== 'consent';

// The rules of a consent round (instemming), as pure functions over ConsentRound: who may
// record what, when the version is agreed (vastgesteld) or objected, and the reset when the
// draft changes after the proposed version. The routes store and mirror what these return.
import type { ConsentKind, ConsentRecord, ConsentRound, VersionSummary } from '../../core/consent/contract.js';
import type { MemberRecord } from './store.js';

/** A refusal with its HTTP status, error code and Dutch message. */
export class RoundRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function propose(version: VersionSummary, partnerIds: string[], by: string, at = new Date().toISOString()): ConsentRound {
  if (partnerIds.length === 0) throw new RoundRefusal(409, 'no-partners', 'Deze versie heeft nog geen partners: voeg eerst de partners toe, leg een nieuwe versie vast en stel die voor.');
  return { versionId: version.id, versionN: version.n, proposedBy: by, proposedAt: at, status: 'open', partnerIds: [...new Set(partnerIds)], consents: [], agreedAt: null, changedSince: false };
}

/**
 * Records `kind` for the partner `member` represents. Only an active member who is the
 * representative of a partner in the round, with the owner or editor role, may; the record is
 * for that partner and that member only. A later record of the same partner replaces its earlier one.
 */
export function recordConsent(round: ConsentRound | null, member: MemberRecord | null, kind: ConsentKind, text: string, at = new Date().toISOString()): ConsentRound {
  if (!round) throw new RoundRefusal(409, 'no-round', 'Er is geen versie voorgesteld om mee in te stemmen.');
  if (!member) throw new RoundRefusal(403, 'not-a-member', 'Instemmen kan alleen met je persoonlijke uitnodiging, niet met een algemene link.');
  if (member.role === 'viewer') throw new RoundRefusal(403, 'viewer', 'Met een leeslink kun je lezen en opmerkingen plaatsen, maar niet instemmen.');
  if (!member.representative || !member.partnerId) throw new RoundRefusal(403, 'not-representative', 'Alleen de vertegenwoordiger van een partner kan namens die partner instemmen.');
  if (!round.partnerIds.includes(member.partnerId)) throw new RoundRefusal(403, 'partner-not-in-round', 'Je partner hoort niet bij deze instemmingsronde.');
  if (round.status !== 'open') throw new RoundRefusal(409, 'round-closed', round.status === 'agreed' ? 'Deze versie is al vastgesteld.' : 'Er is bezwaar gemaakt: pas het concept aan en stel een nieuwe versie voor.');
  if (round.changedSince) throw new RoundRefusal(409, 'round-changed', 'Het concept is gewijzigd sinds deze versie: de eigenaar legt een nieuwe versie vast en stelt die voor.');
  const body = text.trim();
  if (kind !== 'consent' && !body) {
    throw new RoundRefusal(400, 'text-required', kind === 'objection' ? 'Geef bij een bezwaar je redenen.' : 'Schrijf je opmerking bij je instemming.');
  }
  const record: ConsentRecord = { partnerId: member.partnerId, memberId: member.id, memberName: member.name, kind, text: body, at };
  const consents = [...round.consents.filter((c) => c.partnerId !== member.partnerId), record];
  const objected = consents.some((c) => c.kind === 'objection');
  const all = round.partnerIds.every((p) => consents.some((c) => c.partnerId === p && c.kind !== 'objection'));
  return { ...round, consents, status: objected ? 'objected' : all ? 'agreed' : 'open', agreedAt: !objected && all ? at : null };
}

/**
 * The round after the draft's content was compared with the proposed version: `differs` sets
 * changedSince; the first change while the round is open clears its consents (reset true).
 */
export function afterChange(round: ConsentRound, differs: boolean): { round: ConsentRound; reset: boolean } {
  if (!differs || round.changedSince) return { round, reset: false };
  const reset = round.status === 'open';
  return { round: { ...round, changedSince: true, ...(reset ? { consents: [] } : {}) }, reset };
}

// What this device learnt about an open draft's links while it is open (renewed or revoked
// in Delen), kept beside the session: every screen sees the links as they are now, not as
// they were when the session was opened.
import type { DraftSession } from './session.js';
import type { RecentDraft } from './storage.js';

const latest = new WeakMap<DraftSession, RecentDraft>();

export const knownDraft = (session: DraftSession): RecentDraft => latest.get(session) ?? session.draft;

export function setKnownDraft(session: DraftSession, draft: RecentDraft): void {
  latest.set(session, draft);
}

/** This device renewed the very link the session is connected with, so the server closed it; reopening uses the new one. */
export function renewedOwnLink(session: DraftSession): boolean {
  const role = session.draft.role;
  const now = knownDraft(session).tokens[role];
  return !!now && now !== session.draft.tokens[role];
}

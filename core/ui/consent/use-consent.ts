// Hooks of the consent screens: the server's records from the doc, who this person is (asked
// once per session), and where this draft's API calls go.
import { useEffect, useState } from 'preact/hooks';
import type { WhoAmI } from '../../consent/contract.js';
import type { DraftSession } from '../session.js';
import { useDocValue } from '../use-doc.js';
import type { ApiTarget } from './consent-api.js';
import { whoAmI } from './consent-api.js';
import { readServerRecords, type ServerRecords } from './server-records.js';

export const useServerRecords = (session: DraftSession): ServerRecords => useDocValue(session.doc, readServerRecords);

/** This session's API target: the draft's server and this device's token for it. */
export function apiTarget(session: DraftSession): ApiTarget {
  return { serverUrl: session.draft.serverUrl, draftId: session.draft.id, token: session.draft.tokens[session.draft.role] ?? '' };
}

const asked = new WeakMap<DraftSession, Promise<WhoAmI | null>>();

/** Who the bearer of this session's token is; null until known, or when the server cannot say (offline). */
export function useWhoAmI(session: DraftSession): WhoAmI | null {
  const [who, setWho] = useState<WhoAmI | null>(null);
  useEffect(() => {
    let live = true;
    let pending = asked.get(session);
    if (!pending) {
      pending = whoAmI(apiTarget(session)).then(
        (w) => ({ role: w.role, member: w.member ?? null }),
        () => null,
      );
      asked.set(session, pending);
      // Asked again next time when the server did not answer.
      void pending.then((w) => w === null && asked.delete(session));
    }
    void pending.then((w) => live && setWho(w));
    return () => {
      live = false;
    };
  }, [session]);
  return who;
}

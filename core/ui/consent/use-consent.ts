// Hooks of the consent screens: the server's records from the doc, who this person is (asked
// once per session: taken from the answer of opening the link when there was one, else asked
// once the session reached its server, so a draft whose server is not there is not asked
// for), and where this draft's API calls go.
import { useEffect, useState } from 'preact/hooks';
import type { WhoAmI } from '../../consent/contract.js';
import type { DraftSession } from '../session.js';
import { useDocValue } from '../use-doc.js';
import type { ApiTarget } from './consent-api.js';
import { takeWhoAmI } from '../server-api.js';
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
  const reached = useReachedServer(session);
  useEffect(() => {
    let live = true;
    let pending = asked.get(session);
    const target = apiTarget(session);
    const known = pending ? null : takeWhoAmI(target.serverUrl, target.draftId, target.token);
    if (known) asked.set(session, (pending = Promise.resolve(known)));
    // Not asked before the session reached its server: offline, or no server at all.
    if (!pending && !reached) return;
    if (!pending) {
      pending = whoAmI(target).then(
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
  }, [session, reached]);
  return who;
}

/** Whether the session's sync has reached its server (authenticated and synced) at least once. */
function useReachedServer(session: DraftSession): boolean {
  const at = (kind: string) => kind === 'saved' || kind === 'unsaved';
  const [reached, setReached] = useState(() => !!session.draft.serverUrl && at(session.status().kind));
  useEffect(() => {
    if (!session.draft.serverUrl) return;
    if (at(session.status().kind)) setReached(true);
    return session.onStatus((s) => {
      if (at(s.kind)) setReached(true);
    });
  }, [session]);
  return reached;
}

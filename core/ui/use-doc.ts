// Hooks that derive UI state from a Y.Doc: re-read on 'update', at most once per animation
// frame (typing fires per key). The agreement is read incrementally (AgreementReader): only
// the sections a change touched are read again, the rest keep their objects, so a keystroke
// costs a re-read of one field and views of other sections can skip rendering.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { readPrivate, type Agreement, type PrivateContent } from '../agreement/index.js';
import { AgreementReader } from '../agreement/read-incremental.js';
import type { Peer, SyncStatus } from '../sync/index.js';
import type { DraftSession } from './session.js';

const frame = (cb: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(cb);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(cb, 16);
  return () => clearTimeout(id);
};

/** A value derived from a doc, recomputed after updates (debounced to a frame). */
export function useDocValue<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const [value, setValue] = useState(() => read(doc));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const onUpdate = () => {
      if (cancel) return;
      cancel = frame(() => {
        cancel = null;
        setValue(read(doc));
      });
    };
    setValue(read(doc));
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      cancel?.();
    };
  }, [doc]);
  return value;
}

/** The agreement in `doc`, the same object until something in it changes (and then only the changed sections are new). */
export function useAgreement(doc: Y.Doc): Agreement {
  const reader = useMemo(() => new AgreementReader(doc), [doc]);
  useEffect(() => () => reader.destroy(), [reader]);
  return useDocValue(doc, () => reader.read().agreement);
}
export const usePrivate = (doc: Y.Doc): PrivateContent => useDocValue(doc, (d) => readPrivate(d).content);

export function useSyncStatus(session: DraftSession): SyncStatus {
  const [status, setStatus] = useState(() => session.status());
  useEffect(() => {
    setStatus(session.status());
    return session.onStatus(setStatus);
  }, [session]);
  return status;
}

export function usePeers(session: DraftSession): Peer[] {
  const [peers, setPeers] = useState(() => session.peers());
  useEffect(() => {
    setPeers(session.peers());
    return session.onPeers(setPeers);
  }, [session]);
  return peers;
}

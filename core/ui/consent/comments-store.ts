// The comment threads of a doc for the many fields that each show their own count: one
// observer of the Y.Map `server` per doc (it changes only when the server writes), shared by
// every field, instead of one doc listener per field re-reading on every keystroke.
import { useEffect, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { SERVER_MAP, type CommentThread } from '../../consent/contract.js';
import { readServerRecords } from './server-records.js';

interface Store {
  threads: CommentThread[];
  listeners: Set<() => void>;
}

const stores = new WeakMap<Y.Doc, Store>();

function storeOf(doc: Y.Doc): Store {
  const store = stores.get(doc);
  if (store) return store;
  const s: Store = { threads: readServerRecords(doc).comments, listeners: new Set() };
  doc.getMap(SERVER_MAP).observe(() => {
    s.threads = readServerRecords(doc).comments;
    for (const l of s.listeners) l();
  });
  stores.set(doc, s);
  return s;
}

const idsOf = (threads: CommentThread[]) => threads.map((c) => `${c.id}:${c.resolvedAt ? 1 : 0}:${c.replies.length}`).join(',');

/** The threads pointing at one field (its field key), re-rendering only when they change. */
export function useFieldThreads(doc: Y.Doc, field: string | null): CommentThread[] {
  const pick = () => (field ? storeOf(doc).threads.filter((c) => c.target.field === field) : []);
  const [threads, setThreads] = useState(pick);
  useEffect(() => {
    if (!field) return setThreads([]);
    const store = storeOf(doc);
    const first = pick();
    let last = idsOf(first);
    setThreads(first);
    const onChange = () => {
      const next = pick();
      const key = idsOf(next);
      if (key !== last) {
        last = key;
        setThreads(next);
      }
    };
    store.listeners.add(onChange);
    return () => void store.listeners.delete(onChange);
  }, [doc, field]);
  return threads;
}

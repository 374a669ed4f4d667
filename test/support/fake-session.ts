// A DraftSession without a network for component tests: the docs are real Y.Docs, the sync
// status can be set from the test (listeners are told), presence and refusals are inert.
import * as Y from 'yjs';
import type { SyncStatus } from '../../core/sync/index.js';
import type { DraftSession } from '../../core/ui/session.js';
import type { RecentDraft, Role } from '../../core/ui/storage.js';

export function draftFor(role: Role = 'editor'): RecentDraft {
  return { id: 'draft12345', title: '', serverUrl: 'http://127.0.0.1:8787', role, tokens: { [role]: 'tokentokentokentoken' }, openedAt: '' };
}

export function fakeSession(doc: Y.Doc, draft: RecentDraft = draftFor()): { session: DraftSession; setStatus: (s: SyncStatus) => void } {
  let status: SyncStatus = { kind: 'saved', unsaved: 0, readOnly: draft.role === 'viewer' };
  const listeners = new Set<(s: SyncStatus) => void>();
  const session: DraftSession = {
    draft,
    doc,
    privateDoc: new Y.Doc(),
    status: () => status,
    onStatus: (cb) => (listeners.add(cb), () => listeners.delete(cb)),
    peers: () => [],
    onPeers: () => () => undefined,
    setPresence: () => undefined,
    setWhere: () => undefined,
    onRefused: () => () => undefined,
    destroy: async () => undefined,
  };
  const setStatus = (next: SyncStatus) => {
    status = next;
    for (const cb of listeners) cb(next);
  };
  return { session, setStatus };
}

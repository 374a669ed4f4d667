// A draft open in the workspace: the synced session (core/sync), the private doc that never
// leaves this device, and what this device knows about the draft (role, links).
import * as Y from 'yjs';
import { canWrite, privateDocName } from '../agreement/index.js';
import type { Peer, PersistenceFactory, Presence, SyncSession, SyncStatus, Whereabouts } from '../sync/index.js';
import type { RecentDraft } from './storage.js';

/** What the UI needs of an open draft; core/sync's SyncSession satisfies the sync part. */
export interface DraftSession {
  readonly draft: RecentDraft;
  readonly doc: Y.Doc;
  /** Personal interests and private notes: persisted locally, never synced. */
  readonly privateDoc: Y.Doc;
  status(): SyncStatus;
  onStatus(cb: (s: SyncStatus) => void): () => void;
  peers(): Peer[];
  onPeers(cb: (p: Peer[]) => void): () => void;
  /** Who this person is, for the others; takes effect at once. */
  setPresence(p: Presence): void;
  /** The server refused a change as too large; see core/sync SyncSession.onRefused. */
  onRefused(cb: () => boolean): () => void;
  /** Which part and field this person is in, for the others. */
  setWhere(where: Partial<Whereabouts>): void;
  destroy(): Promise<void>;
}

export type SessionOpener = (draft: RecentDraft, presence: { name: string; organisation: string }) => Promise<DraftSession>;

/** This device's databases of drafts, by name: IndexedDB by default, a fake in tests. */
export interface LocalDatabases {
  /** Keeps a doc in a database (core/sync's persistence seam). */
  persistence: PersistenceFactory;
  /** Deletes a database. */
  clear(name: string): Promise<void>;
}

/** y-indexeddb, loaded when first needed. */
export async function indexedDatabases(): Promise<LocalDatabases> {
  const { IndexeddbPersistence, clearDocument } = await import('y-indexeddb');
  return {
    persistence: (name, doc) => new IndexeddbPersistence(name, doc),
    // Another window that has the draft open blocks the deletion until it closes: fail rather than wait.
    async clear(name) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const blocked = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`database ${name} is in use`)), 5000)));
      await Promise.race([clearDocument(name), blocked]).finally(() => clearTimeout(timer));
    },
  };
}

/** Removes this device's copy of a draft: the databases of its synced doc and of its private doc. */
export async function eraseLocalCopy(databases: LocalDatabases, draftId: string): Promise<void> {
  const { localDatabaseName } = await import('../sync/index.js');
  await databases.clear(localDatabaseName(draftId));
  await databases.clear(privateDocName(draftId));
}

/** The default opener: core/sync's openDraft, with the synced doc and the private doc kept in IndexedDB. */
export const openSession: SessionOpener = async (draft, presence) => {
  const { openDraft } = await import('../sync/index.js');
  const local = await indexedDatabases();
  const token = draft.tokens[draft.role];
  if (!token) throw new Error('no token for this draft');
  const sync: SyncSession = await openDraft({
    serverUrl: draft.serverUrl,
    draftId: draft.id,
    token,
    ...(presence.name.trim() ? { presence: { name: presence.name, organisation: presence.organisation } } : {}),
    retry: { minDelay: 500, maxDelay: 5000 },
    persistence: local.persistence,
  });
  // A newer Samenspel (or a broken client) may set meta.schemaVersion at any time, also
  // while this draft is open; this one then stops writing until it is set back.
  const checkSchema = () => sync.setWriteBlock(canWrite(sync.doc) ? null : 'newer-schema');
  sync.doc.on('update', checkSchema);
  checkSchema();
  const privateDoc = new Y.Doc();
  const privateStore = local.persistence(privateDocName(draft.id), privateDoc);
  await Promise.race([sync.whenLocalLoaded, new Promise((r) => setTimeout(r, 3000))]);
  await Promise.race([privateStore.whenSynced, new Promise((r) => setTimeout(r, 3000))]);
  return {
    draft,
    doc: sync.doc,
    privateDoc,
    status: () => sync.status(),
    onStatus: (cb) => sync.onStatus(cb),
    peers: () => sync.peers(),
    onPeers: (cb) => sync.onPeers(cb),
    setPresence: (p) => sync.setPresence(p),
    setWhere: (w) => sync.setWhere(w),
    onRefused: (cb) => sync.onRefused(cb),
    async destroy() {
      sync.doc.off('update', checkSchema);
      await sync.destroy();
      await privateStore.destroy();
      privateDoc.destroy();
    },
  };
};

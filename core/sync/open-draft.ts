// Opens a shared draft: the Y.Doc, local persistence (y-indexeddb by default) and a
// HocuspocusProvider to the sync server. Works offline from local storage and merges on
// reconnect. Never seeds content: a draft's first content is written once by the server.
// Every reconnect after a failure waits longer (backoff.ts); a close the client cannot fix
// stops syncing (FATAL_CODES); a reason not to write (a damaged history the server reports,
// or one the UI sees, like a newer schema) turns the status into that error while syncing
// goes on, so it can lift again.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { backoffDelay } from './backoff.js';
import { DRAFT_DAMAGED_MESSAGE, errorCodeForClose, FATAL_CODES, RETRYING_CODES, type SyncErrorCode } from './close-codes.js';
import { peerFrom, presenceState, type Peer, type Presence, type Whereabouts } from './presence.js';
import { syncUrlFor } from './share-link.js';
import { computeStatus, healthy, sameStatus, type StatusInputs, type SyncStatus } from './status.js';

/** Local persistence seam; the default is y-indexeddb. */
export interface LocalPersistence {
  whenSynced: Promise<unknown>;
  destroy(): Promise<void> | void;
}
export type PersistenceFactory = (name: string, doc: Y.Doc) => LocalPersistence;

export interface OpenDraftOptions {
  /**
   * Public base URL of the server (http/https) or the full ws(s) URL of /sync. Several URLs
   * (servers of one scale-out deployment) are tried in turn when a connection drops.
   */
  serverUrl: string | string[];
  draftId: string;
  token: string;
  presence?: Presence;
  /** WebSocket implementation (e.g. `ws` in Node); the browser's by default. */
  WebSocketPolyfill?: unknown;
  /** Local persistence; false for none (tests, private windows). */
  persistence?: PersistenceFactory | false;
  /**
   * Reconnect delays (ms): the first wait after a failure (default 1 s), doubling up to
   * maxDelay (default 30 s) after a dropped connection, or up to troubleMaxDelay (default
   * 5 min) while the server cannot store (RETRYING_CODES); each ±50 %.
   */
  retry?: { minDelay?: number; maxDelay?: number; troubleMaxDelay?: number };
  /** Give up waiting for local persistence after this long and go online anyway. */
  localTimeoutMs?: number;
  /** Whether the device has a network (the browser's online/offline events by default). */
  network?: NetworkMonitor | null;
}

/** The device's own idea of having a network: a socket can take many seconds to notice it has none. */
export interface NetworkMonitor {
  online(): boolean;
  subscribe(cb: (online: boolean) => void): () => void;
}

function browserNetwork(): NetworkMonitor | null {
  const w = globalThis as { navigator?: { onLine?: boolean }; addEventListener?: typeof addEventListener; removeEventListener?: typeof removeEventListener };
  if (typeof w.addEventListener !== 'function' || typeof w.navigator?.onLine !== 'boolean') return null;
  return {
    online: () => w.navigator?.onLine !== false,
    subscribe(cb) {
      const on = () => cb(true);
      const off = () => cb(false);
      w.addEventListener!('online', on);
      w.addEventListener!('offline', off);
      return () => {
        w.removeEventListener!('online', on);
        w.removeEventListener!('offline', off);
      };
    },
  };
}

export interface SyncSession {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Resolves when local content is loaded (or persistence is off / timed out). */
  readonly whenLocalLoaded: Promise<void>;
  status(): SyncStatus;
  onStatus(cb: (s: SyncStatus) => void): () => void;
  /** Resolves once the server has acknowledged every local change ("saved"). */
  whenSaved(timeoutMs?: number): Promise<void>;
  setPresence(p: Presence | null): void;
  /** Tell the others which part and field this person is in. */
  setWhere(where: Partial<Whereabouts>): void;
  peers(): Peer[];
  onPeers(cb: (peers: Peer[]) => void): () => void;
  /**
   * This client must not write the draft, for a reason only the caller sees (the UI: a newer
   * schema): the status is an error with `code` while syncing goes on; null lifts it.
   */
  setWriteBlock(code: SyncErrorCode | null): void;
  /**
   * Called when the server refused a local change as too large for one message. A listener
   * that took its change out again returns true; then syncing simply goes on. If none did,
   * the session stops with the error.
   */
  onRefused(cb: () => boolean): () => void;
  /** Go offline on purpose / come back. */
  disconnect(): void;
  connect(): void;
  /** Removes every listener, closes the connection and local persistence. Keeps local data. */
  destroy(): Promise<void>;
}

async function defaultPersistence(): Promise<PersistenceFactory> {
  const { IndexeddbPersistence } = await import('y-indexeddb');
  return (name, doc) => new IndexeddbPersistence(name, doc);
}

export function localDatabaseName(draftId: string): string {
  return `samenspel:draft:${draftId}`;
}

export async function openDraft(opts: OpenDraftOptions): Promise<SyncSession> {
  const doc = new Y.Doc();
  const factory = opts.persistence === false ? null : (opts.persistence ?? (await defaultPersistence()));
  const local = factory ? factory(localDatabaseName(opts.draftId), doc) : null;

  const urls = (Array.isArray(opts.serverUrl) ? opts.serverUrl : [opts.serverUrl]).map((u) => (/^wss?:/.test(u) ? u : syncUrlFor(u)));
  if (urls.length === 0) throw new Error('openDraft: no server URL');
  let urlIndex = 0;
  const base = opts.retry?.minDelay ?? 1000;
  const maxDelay = opts.retry?.maxDelay ?? 30_000;
  const troubleMaxDelay = opts.retry?.troubleMaxDelay ?? 300_000;
  /** Closes since the last healthy connection. */
  let failures = 0;
  // Runs before the socket's own close handler, which waits `delay` and reconnects; its
  // failed attempts (no connection at all) then grow from there with the same jitter.
  const beforeReconnect = ({ event }: { event: { code?: number; reason?: string } }) => {
    const code = errorCodeForClose(event?.code, event?.reason);
    if (code && FATAL_CODES.has(code)) return;
    failures += 1;
    const max = code && RETRYING_CODES.has(code) ? troubleMaxDelay : maxDelay;
    socket.configuration.delay = Math.max(base / 2, backoffDelay(failures, { base, max }));
  };
  const socket = new HocuspocusProviderWebsocket({
    url: urls[0] as string,
    autoConnect: false,
    WebSocketPolyfill: opts.WebSocketPolyfill,
    delay: base,
    minDelay: base / 2,
    factor: 2,
    jitter: true,
    maxDelay,
    onClose: beforeReconnect,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: opts.draftId, token: opts.token, document: doc });

  const inputs: StatusInputs = {
    connection: 'connecting',
    authenticated: false,
    synced: false,
    unsaved: 0,
    edits: 0,
    readOnly: false,
    fatal: null,
    lastError: null,
  };
  let current = computeStatus(inputs);
  const statusListeners = new Set<(s: SyncStatus) => void>();
  const peerListeners = new Set<(p: Peer[]) => void>();
  let destroyed = false;
  // What the person wants; the provider ignores connect() while a socket is still closing.
  let wantOnline = true;

  let damaged = false;
  let writeBlock: SyncErrorCode | null = null;

  const update = () => {
    if (healthy(inputs) && (failures > 0 || inputs.lastError)) {
      failures = 0;
      inputs.lastError = null;
      socket.configuration.delay = base;
    }
    inputs.blocked = damaged ? 'draft-damaged' : writeBlock;
    const next = computeStatus(inputs);
    if (sameStatus(next, current)) return;
    current = next;
    for (const cb of statusListeners) cb(current);
  };
  const fail = (code: SyncErrorCode) => {
    inputs.fatal = code;
    wantOnline = false;
    socket.disconnect();
    update();
  };

  const onStatus = ({ status }: { status: string }) => {
    inputs.connection = status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'disconnected';
    if (inputs.connection !== 'connected') {
      inputs.synced = false;
      inputs.authenticated = false;
    }
    if (inputs.connection === 'disconnected' && urls.length > 1) {
      // Fail over: the next attempt goes to the next server.
      urlIndex = (urlIndex + 1) % urls.length;
      socket.configuration.url = urls[urlIndex] as string;
    }
    if (inputs.connection === 'disconnected' && wantOnline && !inputs.fatal && !destroyed && !socket.shouldConnect) {
      void socket.connect();
    }
    update();
  };
  const onSynced = () => {
    inputs.synced = true;
    update();
  };
  const onUnsynced = ({ number }: { number: number }) => {
    inputs.unsaved = number;
    if (number === 0 && inputs.connection === 'connected') {
      changedTypes.clear();
      inputs.edits = 0;
    }
    update();
  };
  // Edits as a person counts them: the fields (Yjs types) changed here since the last save.
  const changedTypes = new Set<unknown>();
  const onTransaction = (tr: Y.Transaction) => {
    if (!tr.local || tr.changed.size === 0) return;
    for (const type of tr.changed.keys()) changedTypes.add(type);
    if (changedTypes.size === inputs.edits) return;
    inputs.edits = changedTypes.size;
    update();
  };
  doc.on('afterTransaction', onTransaction);
  const network = opts.network === undefined ? browserNetwork() : opts.network;
  inputs.offline = network ? !network.online() : false;
  const stopNetwork = network?.subscribe((online) => {
    inputs.offline = !online;
    if (!online) socket.disconnect();
    else if (wantOnline && !inputs.fatal && !destroyed) void socket.connect();
    update();
  });
  const onAuthenticated = ({ scope }: { scope: string }) => {
    inputs.authenticated = true;
    inputs.readOnly = scope === 'readonly';
    update();
  };
  const onAuthFailed = ({ reason }: { reason: string }) => fail(errorCodeForClose(undefined, reason) ?? 'permission-denied');
  const refusedListeners = new Set<() => boolean>();
  const onClose = ({ event }: { event: { code?: number; reason?: string } }) => {
    const code = errorCodeForClose(event?.code, event?.reason);
    if (code === 'message-too-large') {
      let recovered = false;
      for (const cb of refusedListeners) recovered = cb() || recovered;
      if (recovered) {
        inputs.lastError = code;
        return update();
      }
    }
    if (code && FATAL_CODES.has(code)) return fail(code);
    inputs.lastError = code;
    update();
  };
  // The server found updates of this draft it cannot read: what shows may lack their work.
  const onStateless = ({ payload }: { payload: string }) => {
    let message: unknown;
    try {
      message = JSON.parse(payload);
    } catch {
      return;
    }
    if ((message as { type?: unknown } | null)?.type !== DRAFT_DAMAGED_MESSAGE) return;
    damaged = true;
    update();
  };
  const emitPeers = () => {
    const list = peers();
    for (const cb of peerListeners) cb(list);
  };

  // The provider's events this session follows: registered here, removed again in destroy().
  const providerListeners: [event: string, handler: (arg: never) => void][] = [
    ['status', onStatus],
    ['synced', onSynced],
    ['unsyncedChanges', onUnsynced],
    ['authenticated', onAuthenticated],
    ['authenticationFailed', onAuthFailed],
    ['close', onClose],
    ['stateless', onStateless],
  ];
  for (const [event, handler] of providerListeners) provider.on(event, handler);
  provider.awareness?.on('change', emitPeers);

  function peers(): Peer[] {
    const states = provider.awareness?.getStates() ?? new Map();
    const out: Peer[] = [];
    for (const [id, state] of states) {
      if (id === doc.clientID) continue;
      const p = peerFrom(id, state);
      if (p) out.push(p);
    }
    return out;
  }

  if (opts.presence) provider.setAwarenessField('user', presenceState(opts.presence));

  const whenLocalLoaded = local
    ? Promise.race([
        local.whenSynced.then(() => undefined),
        new Promise<void>((r) => setTimeout(r, opts.localTimeoutMs ?? 3000)),
      ])
    : Promise.resolve();

  // Go online once local content is in the doc, so the first sync already carries it.
  void whenLocalLoaded.then(() => {
    if (destroyed) return;
    provider.attach();
    void socket.connect();
  });

  const session: SyncSession = {
    doc,
    provider,
    whenLocalLoaded,
    status: () => current,
    onStatus(cb) {
      statusListeners.add(cb);
      return () => statusListeners.delete(cb);
    },
    whenSaved(timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = (s: SyncStatus) => {
          if (s.kind === 'saved') {
            done();
            resolve();
          } else if (s.kind === 'error') {
            done();
            reject(new Error(`sync error: ${s.code}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`not saved within ${timeoutMs} ms (status ${JSON.stringify(current)})`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          statusListeners.delete(check);
        };
        statusListeners.add(check);
        check(current);
      });
    },
    setPresence(p) {
      if (!provider.awareness) return;
      if (p) provider.setAwarenessField('user', presenceState(p));
      else provider.awareness.setLocalState(null);
    },
    setWhere(patch) {
      if (!provider.awareness) return;
      const before = (provider.awareness.getLocalState()?.where as Whereabouts | undefined) ?? { part: null, field: null };
      const next = { ...before, ...patch };
      if (before.part === next.part && before.field === next.field) return;
      provider.setAwarenessField('where', next);
    },
    peers,
    onPeers(cb) {
      peerListeners.add(cb);
      return () => peerListeners.delete(cb);
    },
    setWriteBlock(code) {
      if (code === writeBlock) return;
      writeBlock = code;
      update();
    },
    onRefused(cb) {
      refusedListeners.add(cb);
      return () => refusedListeners.delete(cb);
    },
    disconnect() {
      wantOnline = false;
      socket.disconnect();
    },
    connect() {
      wantOnline = true;
      if (inputs.fatal) return;
      void socket.connect();
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      statusListeners.clear();
      peerListeners.clear();
      refusedListeners.clear();
      stopNetwork?.();
      doc.off('afterTransaction', onTransaction);
      provider.awareness?.off('change', emitPeers);
      for (const [event, handler] of providerListeners) provider.off(event, handler);
      provider.destroy();
      socket.destroy();
      await local?.destroy();
      doc.destroy();
    },
  };
  return session;
}

// The Hocuspocus extension that makes drafts safe: capability-token authentication with
// roles (an anonymous role link or a member's personal link), presence stamped with the
// member's identity, loading from storage, and the durability rule —
// every incoming update is appended to storage with the member who wrote it (awaited in
// beforeSync) before Hocuspocus
// applies it and acknowledges it to the client. Storage failures close with the code that
// says what happened (corrupt, full, failed, deleted); a damaged draft is served read-only.
import type {
  Document,
  Extension,
  beforeHandleAwarenessPayload,
  beforeSyncPayload,
  beforeUnloadDocumentPayload,
  connectedPayload,
  onAuthenticatePayload,
  onConnectPayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE, DRAFT_DAMAGED_MESSAGE } from '../core/sync/close-codes.js';
import { buildDoc, SnapshotUnreadableError } from './load.js';
import { accessFor } from './members/access.js';
import { stampPresence } from './members/presence.js';
import type { Members } from './members/service.js';
import type { MemberRecord } from './members/store.js';
import { refusalFor } from './update-guard.js';
import type { SocketHandle } from './sockets.js';
import { isStorageFull } from './storage/failures.js';
import { DraftGoneError, type DraftStore, type Role } from './storage/types.js';
import { DRAFT_ID_RE, hashToken } from './tokens.js';

export interface DraftContext {
  role: Role;
  tokenHash: string;
  /** The member of a personal link; null for an anonymous role link. */
  member: MemberRecord | null;
}

export interface DraftsExtensionDeps {
  store: DraftStore;
  maxDocumentBytes: number;
  socketFor(request: Request): SocketHandle | undefined;
  /** Called after each durable append (for compaction scheduling). */
  onAppended?(documentName: string): void;
  /** Members and the consent round; absent: only anonymous role links. */
  members?: Members | null | undefined;
  log(msg: string): void;
}

/**
 * Hocuspocus (4.7) hands a connection the loaded doc, then attaches it a few microtasks later.
 * When the last other connection (often a server write's direct connection, members/live.ts)
 * closes in between, the doc is unloaded and destroyed first: the connection is attached to a
 * doc that nobody else has and that gets no updates, and the next connection loads a new one.
 * Its client would see a frozen draft; closed, it reconnects to the live doc. Its updates
 * taken meanwhile were stored before they were applied (beforeSync), so none is lost.
 */
function attachedToUnloaded(doc: Document): boolean {
  return doc.isDestroyed;
}

/** Hocuspocus's own "Reset Connection" (@hocuspocus/common): no error, the client retries. */
const RESET_CONNECTION = { code: 4205, reason: 'Reset Connection' } as const;

/** Thrown by beforeUnloadDocument to cancel an unload; without a message, which Hocuspocus would log. */
class KeepLoaded extends Error {}

class Refusal extends Error {
  constructor(readonly code: number, readonly reason: string) {
    super(reason);
  }
}

/** The stateless message a connection to a damaged draft gets: `{"type": …, "unreadable": n}`. */

/** The close that tells the client truthfully why storage let it down. */
function closeForStorageError(e: unknown): { code: number; reason: string } {
  if (e instanceof DraftGoneError) return CLOSE.draftGone;
  if (e instanceof SnapshotUnreadableError) return CLOSE.storageCorrupt;
  return isStorageFull(e) ? CLOSE.storageFull : CLOSE.storageFailed;
}

export class DraftsExtension implements Extension {
  extensionName = 'samenspel-drafts';
  /** Stored size per loaded document, to enforce the document size limit. */
  readonly sizes = new Map<string, number>();
  /** Loaded drafts with content missing from storage: how many stored updates are unusable. */
  readonly damaged = new Map<string, number>();
  /**
   * Sockets asking for each document until their connection is set up. A load that fails
   * closes the authenticated ones with its reason (Hocuspocus would only say "permission denied").
   */
  private waiting = new Map<string, Set<SocketHandle>>();

  constructor(private deps: DraftsExtensionDeps) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<DraftContext> {
    const { documentName, token } = data;
    const handle = this.deps.socketFor(data.request);
    const lookup = async () => (DRAFT_ID_RE.test(documentName) && token ? accessFor(this.deps.store, this.deps.members?.records ?? null, documentName, hashToken(token)) : null);
    // Through the address's wrong-token throttle; too many, and the socket is closed (4431).
    const access = handle ? await handle.checkToken(documentName, lookup) : await lookup();
    if (!access) {
      // A deleted draft says so (its clients then remove their copies); anything else is
      // unauthorized. Hocuspocus passes the reason to the provider's authenticationFailed.
      const gone = DRAFT_ID_RE.test(documentName) && (await this.deps.store.wasDeleted(documentName));
      const c = gone ? CLOSE.draftGone : CLOSE.unauthorized;
      throw Object.assign(new Error(c.reason), { reason: c.reason });
    }
    data.connectionConfig.readOnly = access.role === 'viewer';
    if (handle) handle.authenticated = true;
    return { role: access.role, tokenHash: hashToken(token), member: access.member };
  }

  async onConnect({ documentName, request }: onConnectPayload): Promise<void> {
    const handle = this.deps.socketFor(request);
    if (!handle) return;
    let sockets = this.waiting.get(documentName);
    if (!sockets) this.waiting.set(documentName, (sockets = new Set()));
    sockets.add(handle);
    handle.ws.once('close', () => this.stopWaiting(documentName, handle));
  }

  private stopWaiting(documentName: string, handle: SocketHandle): void {
    const sockets = this.waiting.get(documentName);
    sockets?.delete(handle);
    if (sockets?.size === 0) this.waiting.delete(documentName);
  }

  async onLoadDocument({ documentName }: onLoadDocumentPayload): Promise<Y.Doc> {
    try {
      const stored = await this.deps.store.fetch(documentName);
      if (!stored) throw new DraftGoneError(documentName);
      // buildDoc throws on a corrupt snapshot: the load fails, nothing empty is served.
      const { doc, bytes, damaged, unreadable } = buildDoc(stored, this.deps.log);
      this.sizes.set(documentName, bytes);
      if (damaged) {
        this.damaged.set(documentName, unreadable.length);
        this.deps.log(`[samenspel] draft ${documentName}: damaged (${unreadable.length} stored updates unusable), served read-only`);
      }
      return doc;
    } catch (e) {
      const c = closeForStorageError(e);
      this.deps.log(`[samenspel] draft ${documentName}: load failed, closing with ${c.code} ${c.reason} (${String(e)})`);
      for (const handle of this.waiting.get(documentName) ?? []) if (handle.authenticated) handle.close(c);
      throw Object.assign(new Error(c.reason), { reason: c.reason });
    }
  }

  /**
   * A connection given a doc that was unloaded before it could attach is closed, to reconnect:
   * see `attachedToUnloaded`. A damaged draft: every connection read-only, told so by a stateless message.
   */
  async connected({ documentName, request, connection }: connectedPayload): Promise<void> {
    const handle = this.deps.socketFor(request);
    if (handle) this.stopWaiting(documentName, handle);
    if (attachedToUnloaded(connection.document)) {
      this.deps.log(`[samenspel] draft ${documentName}: a connection attached to the doc as it was unloaded; closed to reconnect`);
      return handle ? handle.close(RESET_CONNECTION) : connection.close(RESET_CONNECTION);
    }
    const unreadable = this.damaged.get(documentName);
    if (unreadable === undefined) return;
    connection.readOnly = true;
    connection.sendStateless(JSON.stringify({ type: DRAFT_DAMAGED_MESSAGE, unreadable }));
  }

  /**
   * Only the loaded doc of a name unloads. Hocuspocus unloads by name: a connection leaving a
   * doc unloaded before it attached (`attachedToUnloaded`) would otherwise take the doc now
   * loaded under that name out of use, and its clients would no longer get updates.
   */
  async beforeUnloadDocument({ instance, documentName, document }: beforeUnloadDocumentPayload): Promise<void> {
    if (instance.documents.get(documentName) !== document) throw new KeepLoaded();
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.sizes.delete(documentName);
    this.damaged.delete(documentName);
  }

  async beforeSync({ connection, context, document, documentName, type, payload }: beforeSyncPayload<DraftContext>): Promise<void> {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return;
    // Messages queued before `connected` arrive here first: a damaged draft takes no writes.
    if (this.damaged.has(documentName)) connection.readOnly = true;
    if (connection.readOnly) return; // Hocuspocus rejects the write itself (SyncStatus false).
    if (type === messageYjsSyncStep2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
    const handle = this.deps.socketFor(connection.request);
    const refused = refusalFor(document, payload);
    if (refused) {
      this.deps.log(`[samenspel] draft ${documentName}: update refused (${refused.reason})`);
      handle?.close(refused);
      throw new Refusal(refused.code, refused.reason);
    }
    let size = this.sizes.get(documentName) ?? 0;
    if (size + payload.byteLength > this.deps.maxDocumentBytes) {
      // The running count only grows (overwrites, deletes); measure the real size before refusing.
      size = Y.encodeStateAsUpdate(document).byteLength;
      this.sizes.set(documentName, size);
    }
    if (size + payload.byteLength > this.deps.maxDocumentBytes) {
      this.deps.log(`[samenspel] draft ${documentName}: update refused, document would exceed ${this.deps.maxDocumentBytes} bytes`);
      handle?.close(CLOSE.documentTooLarge);
      throw new Refusal(CLOSE.documentTooLarge.code, CLOSE.documentTooLarge.reason);
    }
    try {
      await this.deps.store.append(documentName, payload, context?.member?.id ?? null);
    } catch (e) {
      const c = closeForStorageError(e);
      this.deps.log(`[samenspel] draft ${documentName}: append failed (${String(e)})`);
      handle?.close(c);
      throw new Refusal(c.code, c.reason);
    }
    this.sizes.set(documentName, size + payload.byteLength);
    this.deps.onAppended?.(documentName);
    // A change after a proposed version marks (and, while open, resets) its consent round.
    this.deps.members?.noteChange(documentName);
  }

  /** Presence says what the server knows: read-only for viewers, and who a member is (members/presence.ts). */
  async beforeHandleAwareness({ connection, context, document, states }: beforeHandleAwarenessPayload<DraftContext>): Promise<void> {
    if (!connection) return;
    for (const state of states.values()) {
      if (!state || typeof state !== 'object') continue;
      (state as Record<string, unknown>).readOnly = connection.readOnly;
      stampPresence(state as Record<string, unknown>, context?.member ?? null, document);
    }
  }
}

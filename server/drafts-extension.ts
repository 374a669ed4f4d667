// The Hocuspocus extension that makes drafts safe: capability-token authentication with
// roles, read-only presence for viewers, loading from storage, and the durability rule —
// every incoming update is appended to storage (awaited in beforeSync) before Hocuspocus
// applies it and acknowledges it to the client.
import type {
  Extension,
  beforeHandleAwarenessPayload,
  beforeSyncPayload,
  onAuthenticatePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE } from '../core/sync/close-codes.js';
import { buildDoc } from './load.js';
import { refusalFor } from './update-guard.js';
import type { SocketHandle } from './sockets.js';
import { DraftGoneError, type DraftStore, type Role } from './storage/types.js';
import { DRAFT_ID_RE, hashToken } from './tokens.js';

export interface DraftContext {
  role: Role;
  tokenHash: string;
}

export interface DraftsExtensionDeps {
  store: DraftStore;
  maxDocumentBytes: number;
  socketFor(request: Request): SocketHandle | undefined;
  /** Called after each durable append (for compaction scheduling). */
  onAppended?(documentName: string): void;
  log(msg: string): void;
}

class Refusal extends Error {
  constructor(readonly code: number, readonly reason: string) {
    super(reason);
  }
}

export class DraftsExtension implements Extension {
  extensionName = 'samenspel-drafts';
  /** Stored size per loaded document, to enforce the document size limit. */
  readonly sizes = new Map<string, number>();

  constructor(private deps: DraftsExtensionDeps) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<DraftContext> {
    const { documentName, token } = data;
    const role = DRAFT_ID_RE.test(documentName) && token ? await this.deps.store.roleFor(documentName, hashToken(token)) : null;
    if (!role) {
      // Hocuspocus sends this reason to the provider as "permission denied".
      throw Object.assign(new Error('unauthorized'), { reason: CLOSE.unauthorized.reason });
    }
    data.connectionConfig.readOnly = role === 'viewer';
    const handle = this.deps.socketFor(data.request);
    if (handle) handle.authenticated = true;
    return { role, tokenHash: hashToken(token) };
  }

  async onLoadDocument({ documentName }: onLoadDocumentPayload): Promise<Y.Doc> {
    const stored = await this.deps.store.fetch(documentName);
    if (!stored) throw new DraftGoneError(documentName);
    // buildDoc throws on an unreadable snapshot: the load fails, nothing empty is served.
    const { doc, bytes } = buildDoc(stored, this.deps.log);
    this.sizes.set(documentName, bytes);
    return doc;
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.sizes.delete(documentName);
  }

  async beforeSync({ connection, document, documentName, type, payload }: beforeSyncPayload): Promise<void> {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return;
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
      await this.deps.store.append(documentName, payload);
    } catch (e) {
      const c = e instanceof DraftGoneError ? CLOSE.draftGone : CLOSE.storageFailed;
      this.deps.log(`[samenspel] draft ${documentName}: append failed (${String(e)})`);
      handle?.close(c);
      throw new Refusal(c.code, c.reason);
    }
    this.sizes.set(documentName, size + payload.byteLength);
    this.deps.onAppended?.(documentName);
  }

  async beforeHandleAwareness({ connection, states }: beforeHandleAwarenessPayload): Promise<void> {
    if (!connection) return;
    for (const state of states.values()) {
      if (state && typeof state === 'object') (state as Record<string, unknown>).readOnly = connection.readOnly;
    }
  }
}

// The sync status a person can read, as data: offline, connecting, saved (the server has
// durably stored every local change), saving, retrying (the server cannot store now, edits
// stay here and go later), or an error with a stable code — writing stopped, either for good
// (fatal) or while a reason holds (blocked: a newer schema, a damaged history). `unsaved`
// counts edits as a person makes them — fields changed since the last save — not keystrokes
// or messages. The UI translates `kind` and `code`.
import { RETRYING_CODES, type SyncErrorCode } from './close-codes.js';

export type SyncStatus =
  | { kind: 'connecting'; unsaved: number; readOnly: boolean }
  | { kind: 'offline'; unsaved: number; readOnly: boolean; lastError: SyncErrorCode | null }
  | { kind: 'saved'; unsaved: 0; readOnly: boolean }
  | { kind: 'unsaved'; unsaved: number; readOnly: boolean }
  | { kind: 'retrying'; unsaved: number; readOnly: boolean; code: SyncErrorCode }
  | { kind: 'error'; unsaved: number; readOnly: boolean; code: SyncErrorCode };

export interface StatusInputs {
  connection: 'connecting' | 'connected' | 'disconnected';
  authenticated: boolean;
  /** The provider received the server's state (sync step 2) on this connection. */
  synced: boolean;
  /** Local changes the server has not acknowledged yet (messages, from the provider). */
  unsaved: number;
  /** Fields (Yjs types) changed locally since everything was last acknowledged. */
  edits: number;
  /** The device reports no network at all. */
  offline?: boolean;
  readOnly: boolean;
  fatal: SyncErrorCode | null;
  /** This client must not write now, while syncing goes on (e.g. 'newer-schema', 'draft-damaged'). */
  blocked?: SyncErrorCode | null;
  /** Why the last connection closed; cleared once a connection is healthy again. */
  lastError: SyncErrorCode | null;
}

/** Connected, in sync and nothing left to acknowledge: the server does its job. */
export const healthy = (s: StatusInputs): boolean => s.connection === 'connected' && s.authenticated && s.synced && s.unsaved === 0;

export function computeStatus(s: StatusInputs): SyncStatus {
  const { readOnly } = s;
  const unsaved = s.unsaved > 0 ? Math.max(1, s.edits) : s.edits;
  if (s.fatal) return { kind: 'error', code: s.fatal, unsaved, readOnly };
  if (s.blocked) return { kind: 'error', code: s.blocked, unsaved, readOnly };
  if (s.offline) return { kind: 'offline', unsaved, readOnly, lastError: s.lastError };
  if (s.lastError && RETRYING_CODES.has(s.lastError) && !healthy(s)) return { kind: 'retrying', code: s.lastError, unsaved, readOnly };
  if (s.connection === 'disconnected') return { kind: 'offline', unsaved, readOnly, lastError: s.lastError };
  if (s.connection === 'connecting' || !s.authenticated || !s.synced) return { kind: 'connecting', unsaved, readOnly };
  if (s.unsaved > 0) return { kind: 'unsaved', unsaved, readOnly };
  return { kind: 'saved', unsaved: 0, readOnly };
}

export function sameStatus(a: SyncStatus, b: SyncStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

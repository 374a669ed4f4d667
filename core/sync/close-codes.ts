// Close codes and reasons shared by the sync server and its clients. The UI translates the
// `code` strings; the numbers travel in WebSocket close frames.

export const CLOSE = {
  malformedMessage: { code: 4400, reason: 'malformed-message' },
  unauthorized: { code: 4401, reason: 'unauthorized' },
  authTimeout: { code: 4408, reason: 'auth-timeout' },
  schemaChangeRefused: { code: 4409, reason: 'schema-change-refused' },
  draftGone: { code: 4410, reason: 'draft-deleted' },
  documentTooLarge: { code: 4413, reason: 'document-too-large' },
  listLimit: { code: 4414, reason: 'list-limit' },
  /** A client wrote to the Y.Map `server`, which only the server writes (core/consent/contract.ts). */
  serverMapRefused: { code: 4415, reason: 'server-map-refused' },
  storageCorrupt: { code: 4422, reason: 'storage-corrupt' },
  tooManyConnections: { code: 4429, reason: 'too-many-connections' },
  tooManyMessages: { code: 4430, reason: 'too-many-messages-before-auth' },
  tooManyAttempts: { code: 4431, reason: 'too-many-attempts' },
  storageFailed: { code: 4500, reason: 'storage-failed' },
  storageFull: { code: 4507, reason: 'storage-full' },
  shuttingDown: { code: 1001, reason: 'server-shutting-down' },
  messageTooLarge: { code: 1009, reason: 'message-too-large' },
} as const;

/** The stateless message the server sends on a draft whose history is damaged (served read-only). */
export const DRAFT_DAMAGED_MESSAGE = 'samenspel:draft-damaged';

export type CloseName = keyof typeof CLOSE;
/** Besides the close reasons: states the client learns otherwise (a stateless message, the draft's schema). */
export type SyncErrorCode = (typeof CLOSE)[CloseName]['reason'] | 'permission-denied' | 'draft-damaged' | 'newer-schema' | 'unknown';

/** Maps a close frame to a stable error code; null for ordinary closes that warrant a retry. */
export function errorCodeForClose(code: number | undefined, reason: string | undefined): SyncErrorCode | null {
  for (const c of Object.values(CLOSE)) {
    if (c.code === code || (reason && c.reason === reason)) return c.reason;
  }
  return null;
}

/** Codes after which reconnecting cannot help (until the user does something). */
export const FATAL_CODES: ReadonlySet<SyncErrorCode> = new Set<SyncErrorCode>([
  'unauthorized',
  'permission-denied',
  'draft-deleted',
  'document-too-large',
  'message-too-large',
  'malformed-message',
  'schema-change-refused',
  'list-limit',
  'server-map-refused',
  'storage-corrupt',
]);

/**
 * Codes after which the client keeps its edits and tries again, saying why instead of
 * "offline": the server is there but cannot take them now. It backs off up to minutes.
 */
export const RETRYING_CODES: ReadonlySet<SyncErrorCode> = new Set<SyncErrorCode>([
  'storage-full',
  'storage-failed',
  'too-many-connections',
  'too-many-attempts',
]);

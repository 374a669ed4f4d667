// core/sync: local-first sync of drafts (y-indexeddb + Hocuspocus), status, presence, share links.
export { openDraft, localDatabaseName, type OpenDraftOptions, type SyncSession, type PersistenceFactory, type LocalPersistence } from './open-draft.js';
export { computeStatus, type SyncStatus } from './status.js';
export { colourFor, peerFrom, type Peer, type Presence, type Whereabouts } from './presence.js';
export { encodeShareLink, decodeShareLink, syncUrlFor, type ShareLink } from './share-link.js';
export { CLOSE, errorCodeForClose, FATAL_CODES, type SyncErrorCode } from './close-codes.js';

// core/ui: the host-neutral workspace in Preact. Fronts mount <Workspace> with their Host.
export { Workspace, type WorkspaceProps } from './Workspace.js';
export type { Host, HostOutcome, InsertRequest } from './host.js';
export { localStorageStore, memoryStore, type KeyValueStore, type RecentDraft, type Settings } from './storage.js';
export { openSession, type DraftSession, type SessionOpener } from './session.js';

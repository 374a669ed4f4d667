// A stored version as a scratch Y.Doc: its state fetched from the server once (versions are
// immutable, so the bytes are kept for the page's lifetime) and applied to a new doc that
// nothing syncs, for reading and comparing.
import * as Y from 'yjs';
import type { ApiTarget } from './consent-api.js';
import { versionState } from './consent-api.js';

const states = new Map<string, Promise<Uint8Array>>();

/** The version's state as a new, unsynced doc. */
export async function versionDoc(to: ApiTarget, versionId: string): Promise<Y.Doc> {
  const key = `${to.serverUrl} ${to.draftId} ${versionId}`;
  let state = states.get(key);
  if (!state) {
    state = versionState(to, versionId);
    states.set(key, state);
    state.catch(() => states.delete(key));
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await state);
  return doc;
}

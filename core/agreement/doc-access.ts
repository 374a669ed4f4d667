// Safe access to a draft's top-level Yjs types. A partner's client may have written a name
// with the wrong type; that is reported as a problem instead of crashing the reader.
import * as Y from 'yjs';
import type { Problem } from './schema.js';

function tryGet<T>(name: string, get: () => T, problems?: Problem[]): T | null {
  try {
    return get();
  } catch {
    problems?.push({ path: name, message: 'heeft een ander Yjs-type dan het schema verwacht; overgeslagen' });
    return null;
  }
}

export const tryArray = (doc: Y.Doc, name: string, problems?: Problem[]): Y.Array<unknown> | null =>
  tryGet(name, () => doc.getArray<unknown>(name), problems);
export const tryMap = (doc: Y.Doc, name: string, problems?: Problem[]): Y.Map<unknown> | null =>
  tryGet(name, () => doc.getMap<unknown>(name), problems);
export const tryText = (doc: Y.Doc, name: string, problems?: Problem[]): Y.Text | null =>
  tryGet(name, () => doc.getText(name), problems);

/** Names of the top-level types present in the doc (including ones only received from peers). */
export function topLevelNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}

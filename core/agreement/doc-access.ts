// Safe access to a draft's top-level Yjs types. A partner's client may have written a name
// with the wrong type; that is reported as a problem instead of crashing the reader.
import type * as Y from 'yjs';
import { problem, type ReadProblem } from './problems.js';

function tryGet<T>(name: string, get: () => T, problems?: ReadProblem[]): T | null {
  try {
    return get();
  } catch {
    problems?.push(problem(name, 'wrong-type', { field: name }));
    return null;
  }
}

export const tryArray = (doc: Y.Doc, name: string, problems?: ReadProblem[]): Y.Array<unknown> | null =>
  tryGet(name, () => doc.getArray<unknown>(name), problems);
export const tryMap = (doc: Y.Doc, name: string, problems?: ReadProblem[]): Y.Map<unknown> | null =>
  tryGet(name, () => doc.getMap<unknown>(name), problems);
export const tryText = (doc: Y.Doc, name: string, problems?: ReadProblem[]): Y.Text | null =>
  tryGet(name, () => doc.getText(name), problems);

/** Names of the top-level types present in the doc (including ones only received from peers). */
export function topLevelNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}

// What a consent round compares: the agreement content of a doc (as core/agreement reads it),
// as one string, so "did the draft change since the proposed version?" is one comparison.
// The server-written map and presence are no part of it.
import type * as Y from 'yjs';
import { readAgreement } from '../agreement/index.js';

/** The agreement as read from `doc`, serialised; equal strings mean equal content. */
export function agreementContent(doc: Y.Doc): string {
  return JSON.stringify(readAgreement(doc).agreement);
}

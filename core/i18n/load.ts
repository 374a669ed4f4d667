// Brings a language's messages in before anything is shown in it: in the browser builds the
// English catalogue is a chunk of its own (see index.ts); elsewhere it is already there.
import { addCatalogue, hasCatalogue } from './index.js';
import type { Lang } from './locales.js';

const loading = new Map<Lang, Promise<void>>();

/** Resolves once `t(lang, …)` can answer; a failed load (offline, without the chunk) rejects and may be tried again. */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    // Only English can be missing: Dutch is part of index.ts.
    pending = import('./messages-en.js').then(
      ({ en }) => addCatalogue('en', en),
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

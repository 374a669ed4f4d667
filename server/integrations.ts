// Wires the shared core into the server: new drafts are stamped by core/agreement's
// createDraft (once, on the server, so clients never seed), exports come from core/render,
// rendered in worker threads that run export-worker.ts (which uses this same exporter); a
// version's .docx ends with its vaststelling page (core/render/adoption.ts).
// Imported statically: when core cannot be loaded, the server does not start.
import type * as Y from 'yjs';
import { createDraft, readAgreement } from '../core/agreement/index.js';
import { adoptionSection } from '../core/render/adoption.js';
import { agreementDocument, renderDocx, renderMarkdown } from '../core/render/index.js';
import type { StartOptions } from './app.js';
import type { Exporter } from './http/api.js';

export const coreIntegrations: { seed: NonNullable<StartOptions['seed']>; exporter: Exporter; exportWorker: URL } = {
  seed: (doc: Y.Doc, input) => createDraft(doc, { ...(input.title ? { title: input.title } : {}), ...(input.lang ? { lang: input.lang } : {}), ...(input.planKind ? { planKind: input.planKind } : {}) }),
  exporter: {
    async docx(doc, lang, adoption) {
      const document = agreementDocument(readAgreement(doc).agreement, lang ? { lang } : {});
      if (adoption) document.sections.push(adoptionSection(adoption, document.lang));
      return renderDocx(document);
    },
    async markdown(doc, lang) {
      return renderMarkdown(agreementDocument(readAgreement(doc).agreement, lang ? { lang } : {}));
    },
    json(doc) {
      const { agreement, problems } = readAgreement(doc);
      return { agreement, problems };
    },
  },
  exportWorker: new URL('./export-worker.ts', import.meta.url),
};

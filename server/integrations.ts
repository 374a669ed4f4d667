// Wires the shared core into the server: new drafts are stamped by core/agreement's
// createDraft (once, on the server, so clients never seed), exports come from core/render.
// Loaded lazily so the sync server still starts (without seed/export) if those are broken.
import type * as Y from 'yjs';
import type { StartOptions } from './app.js';

export async function loadIntegrations(log: (m: string) => void = console.error): Promise<Pick<StartOptions, 'seed' | 'exporter'>> {
  const out: Pick<StartOptions, 'seed' | 'exporter'> = {};
  try {
    const agreement = await import('../core/agreement/index.js');
    out.seed = (doc: Y.Doc, input) => agreement.createDraft(doc, { ...(input.title ? { title: input.title } : {}), ...(input.lang ? { lang: input.lang } : {}) });
    try {
      const render = await import('../core/render/index.js');
      const { agreementDocument } = await import('../core/render/agreement.js');
      out.exporter = {
        async docx(doc, lang) {
          return render.renderDocx(agreementDocument(agreement.readAgreement(doc).agreement, lang ? { lang } : {}));
        },
        async markdown(doc, lang) {
          return render.renderMarkdown(agreementDocument(agreement.readAgreement(doc).agreement, lang ? { lang } : {}));
        },
        json(doc) {
          const { agreement: a, problems } = agreement.readAgreement(doc);
          return { agreement: a, problems };
        },
      };
    } catch (e) {
      log(`[samenspel] export unavailable: ${String(e)}`);
    }
  } catch (e) {
    log(`[samenspel] core/agreement unavailable, drafts start empty: ${String(e)}`);
  }
  return out;
}

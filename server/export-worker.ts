// The module an export worker thread runs (see export-pool.ts): it rebuilds the draft from
// its stored snapshot and updates (or a version's state) and renders it with the server's
// core exporter (a version's .docx with its vaststelling page).
import { parentPort, threadId } from 'node:worker_threads';
import type * as Y from 'yjs';
import type { ExportJob, ExportReply } from './export-pool.js';
import { coreIntegrations } from './integrations.js';
import { buildDoc } from './load.js';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');

port.on('message', async (job: ExportJob) => {
  let doc: Y.Doc | null = null;
  let reply: ExportReply;
  try {
    // Unreadable updates were reported when the draft was loaded for syncing; skipped here too.
    doc = buildDoc(job.stored, () => undefined).doc;
    const { exporter } = coreIntegrations;
    const result = job.format === 'docx' ? await exporter.docx(doc, job.lang, job.adoption) : await exporter.markdown(doc, job.lang);
    reply = { id: job.id, ok: true, result, threadId };
  } catch (e) {
    reply = { id: job.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  } finally {
    doc?.destroy();
  }
  // Hand over the bytes without a copy when they own their whole buffer (a pooled Buffer's is shared).
  const bytes = reply.ok && typeof reply.result !== 'string' ? reply.result : null;
  const own = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  port.postMessage(reply, own ? [bytes.buffer as ArrayBuffer] : []);
});

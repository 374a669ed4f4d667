// Exports off the event loop (issue 11, finding 4), against the real server process: .docx
// and Markdown are rendered in a worker thread with the same bytes as core/render gives
// inline; /healthz keeps answering while a large draft is exported; a link exporting too
// often gets 429, a full queue 503, both with Retry-After.
import { strFromU8, unzipSync } from 'fflate';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { largeAgreement } from '../../bench/large-agreement.js';
import { connectClient, waitForStatus } from '../support/server-clients.js';
import { api, createDraft, startServerProcess, type CreatedDraft, type ServerProcess } from '../support/server.js';

let srv: ServerProcess;
let big: CreatedDraft;
beforeAll(async () => {
  srv = await startServerProcess({ env: { SAMENSPEL_EXPORT_WORKERS: '1', SAMENSPEL_EXPORT_QUEUE: '1', SAMENSPEL_EXPORTS_PER_MINUTE: '4' } });
  big = await createDraft(srv.url, { title: 'Groot concept' });
  const client = await connectClient(srv.wsUrl, big.id, big.tokens.editor);
  await waitForStatus(client, (s) => s.kind === 'saved');
  Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(largeAgreement({ partners: 40, activities: 120, edits: 2000 })));
  await waitForStatus(client, (s) => s.kind === 'saved', 60_000);
  await client.destroy();
});
afterAll(async () => {
  await srv?.dispose();
});

async function storedDoc(d: CreatedDraft): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await (await api(srv.url, d.tokens.owner)(`/api/drafts/${d.id}/export.yjs`)).arrayBuffer()));
  return doc;
}
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);

/**
 * What the server's core exporter renders inline for `doc`, computed in a thread of its own:
 * rendering on this test's event loop for seconds would let the server close the idle
 * keep-alive sockets that fetch then tries to reuse.
 */
function inline(doc: Y.Doc, format: 'docx' | 'markdown', lang?: 'nl' | 'en'): Promise<Uint8Array | string> {
  const integrations = new URL('../../server/integrations.ts', import.meta.url).href;
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import('tsx/esm/api').then(({ register }) => { register(); return Promise.all([import(${JSON.stringify(integrations)}), import('yjs')]); })
      .then(async ([{ coreIntegrations }, Y]) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, workerData.state);
        const { exporter } = coreIntegrations;
        parentPort.postMessage(workerData.format === 'docx' ? await exporter.docx(doc, workerData.lang) : await exporter.markdown(doc, workerData.lang));
      });`;
  const worker = new Worker(code, { eval: true, workerData: { state: Y.encodeStateAsUpdate(doc), format, lang } });
  return new Promise((resolve, reject) => {
    worker.once('message', (out: Uint8Array | string) => void worker.terminate().then(() => resolve(out)));
    worker.once('error', reject);
  });
}

describe('the export pool', () => {
  it('renders in a worker thread the same document as core/render inline, while /healthz keeps answering', { timeout: 180_000 }, async () => {
    const doc = await storedDoc(big);
    const started = performance.now();
    const pending = api(srv.url, big.tokens.viewer)(`/api/drafts/${big.id}/export.docx`);
    // Event-loop delay as a client sees it: /healthz round trips while the export renders.
    const health: number[] = [];
    let done = false;
    const exported = pending.then(async (res) => {
      done = true;
      return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
    });
    while (!done) {
      const t = performance.now();
      expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const { status, bytes } = await exported;
    const exportMs = performance.now() - started;
    const md = await (await api(srv.url, big.tokens.editor)(`/api/drafts/${big.id}/export.md?lang=en`)).text();
    expect(md).toBe(await inline(doc, 'markdown', 'en'));
    expect(status).toBe(200);
    expect(documentXml(bytes)).toBe(documentXml((await inline(doc, 'docx')) as Uint8Array));
    expect(srv.logs.join('')).toMatch(/exports render in worker thread [1-9]/);
    const worst = Math.max(...health);
    console.log(`export ${exportMs.toFixed(0)} ms; /healthz ${health.length} calls during it, worst ${worst.toFixed(0)} ms`);
    // Inline, one /healthz would wait for the whole render; here it never waits for most of it.
    expect(health.length).toBeGreaterThan(3);
    expect(worst).toBeLessThan(exportMs / 2);

  });

  it('answers a link exporting too often with 429 and Retry-After; other links still export', async () => {
    const d = await createDraft(srv.url, { title: 'Vaak' });
    const get = (token: string) => api(srv.url, token)(`/api/drafts/${d.id}/export.md`);
    for (let i = 0; i < 4; i++) expect((await get(d.tokens.viewer)).status).toBe(200);
    const refused = await get(d.tokens.viewer);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'too-many-exports' });
    expect((await get(d.tokens.editor)).status).toBe(200);
  });

  it('answers 503 with Retry-After when the queue is full, and renders the others', { timeout: 180_000 }, async () => {
    // One worker, a queue of one: of three at once, one renders, one waits, one is refused.
    const results = await Promise.all(
      (['owner', 'editor', 'viewer'] as const).map(async (role) => {
        const res = await api(srv.url, big.tokens[role])(`/api/drafts/${big.id}/export.docx`);
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: new Uint8Array(await res.arrayBuffer()) };
      }),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 503]);
    const busy = results.find((r) => r.status === 503)!;
    expect(Number(busy.retryAfter)).toBeGreaterThan(0);
    expect(JSON.parse(strFromU8(busy.body))).toMatchObject({ error: 'export-busy' });
    const expected = documentXml((await inline(await storedDoc(big), 'docx')) as Uint8Array);
    for (const r of results.filter((x) => x.status === 200)) expect(documentXml(r.body)).toBe(expected);
  });
});

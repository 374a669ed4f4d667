// Exports and the event loop: /healthz round trips (p50, p99, max) on an idle server, and
// while 10 .docx exports of the large draft run at once — rendered inline on the event loop
// (SAMENSPEL_EXPORT_WORKERS=0, as before the export pool) and in the worker pool (default
// size). `tsx bench/exports.ts`, or benchExports() from bench/run.ts. Figures only.
import * as Y from 'yjs';
import { connectClient, waitForStatus } from '../test/support/server-clients.js';
import { api, createDraft, startServerProcess } from '../test/support/server.js';
import { printTable } from './lib.js';
import { largeAgreement } from './large-agreement.js';

const EXPORTS = 10;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms0 = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');

/** /healthz round trips, one after another (20 ms apart), until `until` settles; each at most 60 s. */
async function probe(url: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const t = performance.now();
    await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) });
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

async function run(workers: string | null): Promise<{ idle: number[]; busy: number[]; statuses: number[]; wallMs: number }> {
  const env: Record<string, string> = { SAMENSPEL_QUIET: '1', SAMENSPEL_EXPORTS_PER_MINUTE: '1000' };
  if (workers !== null) env.SAMENSPEL_EXPORT_WORKERS = workers;
  const server = await startServerProcess({ env });
  try {
    const d = await createDraft(server.url, { title: 'Groot concept' });
    const client = await connectClient(server.wsUrl, d.id, d.tokens.editor);
    await waitForStatus(client, (s) => s.kind === 'saved');
    Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(largeAgreement()));
    await waitForStatus(client, (s) => s.kind === 'saved', 120_000);
    await client.destroy();
    const idle = await probe(server.url, new Promise((r) => setTimeout(r, 3000)));
    const started = performance.now();
    const exports = Promise.all(
      Array.from({ length: EXPORTS }, async () => {
        const res = await api(server.url, d.tokens.viewer)(`/api/drafts/${d.id}/export.docx`);
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const busy = await probe(server.url, exports);
    return { idle, busy, statuses: await exports, wallMs: performance.now() - started };
  } finally {
    await server.dispose();
  }
}

export async function benchExports(): Promise<void> {
  const inline = await run('0');
  const pooled = await run(null);
  const row = (name: string, xs: number[]) => [name, String(xs.length), ms0(pct(xs, 50)), ms0(pct(xs, 99)), ms0(Math.max(...xs))];
  const count = (r: typeof inline) => r.statuses.reduce<Record<number, number>>((acc, s) => ((acc[s] = (acc[s] ?? 0) + 1), acc), {});
  printTable(`/healthz round trips, idle and during ${EXPORTS} concurrent .docx exports of the large draft (50 partners, 200 activities)`, [
    ['server', 'calls', 'p50', 'p99', 'max'],
    row('idle (inline exporter)', inline.idle),
    row(`${EXPORTS} exports, inline on the event loop (before)`, inline.busy),
    row('idle (export pool)', pooled.idle),
    row(`${EXPORTS} exports, export pool (after)`, pooled.busy),
  ]);
  console.log(`inline: all exports done in ${ms0(inline.wallMs)}, statuses ${JSON.stringify(count(inline))}; pool: ${ms0(pooled.wallMs)}, statuses ${JSON.stringify(count(pooled))} (503: queue full, Retry-After given)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExports();

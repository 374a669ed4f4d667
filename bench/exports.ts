// Exports and the event loop: /healthz round trips (p50, p99, max, and how many the server
// closed unanswered) on an idle server, and while 10 .docx exports of the large draft run at
// once — rendered inline on the event loop (SAMENSPEL_EXPORT_WORKERS=0, as before the export
// pool) and in the worker pool (default size). `tsx bench/exports.ts`, or benchExports() from
// bench/run.ts. Figures only.
import * as Y from 'yjs';
import { connectClient, waitForStatus } from '../test/support/server-clients.js';
import { api, createDraft, startServerProcess } from '../test/support/server.js';
import { ms0, pct, printTable, sleep } from './lib.js';
import { largeAgreement } from './large-agreement.js';

const EXPORTS = 10;

/**
 * /healthz round trips, one after another (20 ms apart), until `until` settles; each at most
 * 60 s. A call the server closed unanswered (its headers timeout passes while exports block
 * its event loop) counts as dropped.
 */
async function probe(url: string, until: Promise<unknown>): Promise<{ times: number[]; dropped: number }> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  let dropped = 0;
  while (!done) {
    const t = performance.now();
    try {
      await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(60_000) });
      times.push(performance.now() - t);
    } catch {
      dropped++;
    }
    await sleep(20);
  }
  return { times, dropped };
}

type Probe = Awaited<ReturnType<typeof probe>>;

async function run(workers: string | null): Promise<{ idle: Probe; busy: Probe; statuses: number[]; wallMs: number }> {
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
    const idle = await probe(server.url, sleep(3000));
    const started = performance.now();
    const exports = Promise.all(
      Array.from({ length: EXPORTS }, async () => {
        try {
          const res = await api(server.url, d.tokens.viewer)(`/api/drafts/${d.id}/export.docx`);
          await res.arrayBuffer();
          return res.status;
        } catch {
          return 0;
        }
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
  const row = (name: string, { times, dropped }: Probe) => [name, String(times.length), String(dropped), ms0(pct(times, 50)), ms0(pct(times, 99)), ms0(Math.max(...times))];
  const count = (r: typeof inline) => r.statuses.reduce<Record<number, number>>((acc, s) => ((acc[s] = (acc[s] ?? 0) + 1), acc), {});
  printTable(`/healthz round trips, idle and during ${EXPORTS} concurrent .docx exports of the large draft (50 partners, 200 activities)`, [
    ['server', 'calls', 'dropped', 'p50', 'p99', 'max'],
    row('idle (inline exporter)', inline.idle),
    row(`${EXPORTS} exports, inline on the event loop (before)`, inline.busy),
    row('idle (export pool)', pooled.idle),
    row(`${EXPORTS} exports, export pool (after)`, pooled.busy),
  ]);
  console.log(`inline: all exports done in ${ms0(inline.wallMs)}, statuses ${JSON.stringify(count(inline))}; pool: ${ms0(pooled.wallMs)}, statuses ${JSON.stringify(count(pooled))} (503: queue full, Retry-After given; 0: closed unanswered)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExports();

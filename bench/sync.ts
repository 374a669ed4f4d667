// Sync benchmark (loopback only, bounded loops): update latency p50/p99 and throughput for
// 1, 10 and 50 editors in one draft, Samenspel (Hocuspocus + write-before-ack on SQLite)
// side by side with a plain y-websocket server and with the stock ordering (ack before
// write), the server in the benchmark's process and in its own (as deployed: server/main.ts,
// and for the stock ordering this file with --serve-stock, the same server with the store's
// append answered before the write); the cost of the write-before-ack rule in both, with how
// many appends share one disk flush (group commit); and server memory for 1,000 idle drafts.
// `tsx bench/sync.ts [--quick] [--editors=1,10] [--runs=3] [--idle=1000]`, or runSyncBench()
// from bench/run.ts.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { startServer } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import { sqliteDriver } from '../server/storage/sqlite.js';
import { openMigrated, openStoreOn } from '../server/storage/store.js';
import type { DraftStore } from '../server/storage/types.js';
import { newTokenSet } from '../server/tokens.js';
import { pct, printTable, sleep } from './lib.js';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * Every editor makes one edit per PACE_MS (50 a second, several times typing speed). Paced, the
 * figures are the latency of an edit, not the length of a queue: one connection's messages
 * are handled one after another, so edits sent faster than one commit each would queue up
 * whenever the server does not share the clients' event loop (its own process, or storage
 * off the loop).
 */
const PACE_MS = 20;

interface Client {
  doc: Y.Doc;
  ready: Promise<void>;
  /** Calls `f` for each of this client's updates the server acknowledges, in order (Hocuspocus clients only). */
  onAck?(f: () => void): void;
  close(): void;
}
interface Target {
  name: string;
  /** Makes a client of one shared document. */
  client(docName: string): Client;
  newDoc(): Promise<string>;
  /** Group commits so far and the appends they held, when the target's store is in this process. */
  flushes?(): Promise<{ commits: number; statements: number }>;
  close(): Promise<void>;
}

/** A Hocuspocus client of one draft on the server at `wsUrl`. */
function samenspelClient(wsUrl: string, docName: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: docName, token, document: doc });
  provider.attach();
  // Ready once synced with nothing left to acknowledge; after that, each decrease is one ack.
  let synced = false;
  let unsynced = provider.unsyncedChanges;
  const acks: (() => void)[] = [];
  const ready = new Promise<void>((r) => {
    const check = () => synced && unsynced === 0 && r();
    provider.on('synced', () => ((synced = true), check()));
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (synced && number < unsynced) for (const f of acks) f();
      unsynced = number;
      check();
    });
  });
  return { doc, ready, onAck: (f) => acks.push(f), close: () => (provider.destroy(), socket.destroy()) };
}

// ---- Samenspel (in-process, same loop as the clients, like the baseline) ----

/** A store whose append resolves before the write (stock Hocuspocus-like: ack before storage). */
function ackBeforeWrite(inner: DraftStore): DraftStore {
  return { ...inner, append: async (id, u) => (setImmediate(() => void inner.append(id, u).catch(() => undefined)), 0) };
}

async function samenspelTarget(name: string, durable: boolean): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'samenspel-bench-'));
  const driver = sqliteDriver(join(dir, 'bench.sqlite'));
  const base = openStoreOn(driver).store;
  const store = durable ? base : ackBeforeWrite(base);
  const config = { ...configFromEnv({}), port: 0, dataDir: dir, quiet: true, compactIntervalMs: 0 };
  // Every editor connects from 127.0.0.1 at once: a token check in flight counts against the wrong-token limit.
  config.limits = { ...config.limits, maxConnectionsPerAddress: 100_000, connectionsPerMinute: 1_000_000, authFailuresPerMinute: 1_000_000 };
  const server = await startServer(config, { store, log: () => undefined });
  const token = new Map<string, string>();
  return {
    name,
    async newDoc() {
      const { tokens, hashes } = newTokenSet();
      const id = `bench${Math.random().toString(36).slice(2, 12)}`;
      await store.createDraft(id, hashes);
      token.set(id, tokens.editor);
      return id;
    },
    client(docName) {
      return samenspelClient(`${server.url.replace('http', 'ws')}/sync`, docName, token.get(docName) ?? '');
    },
    flushes: async () => (await driver.groupCommits?.()) ?? { commits: 0, statements: 0 },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---- Samenspel in its own process (server/main.ts, as deployed: SQLite, write before ack) ----

const PROCESS_ENV = {
  SAMENSPEL_MAX_CONNECTIONS_PER_ADDRESS: '100000',
  SAMENSPEL_CONNECTIONS_PER_MINUTE: '1000000',
  SAMENSPEL_COMPACT_INTERVAL_MS: '0',
  SAMENSPEL_DRAFTS_PER_MINUTE: '1000000',
  SAMENSPEL_AUTH_FAILURES_PER_MINUTE: '1000000',
};

/** A server process: its HTTP address and how to stop it. */
interface ServerChild {
  url: string;
  close(): Promise<void>;
}

/** Starts `args` under node and waits for the line `READY <url>` on its output. */
async function childServer(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ServerChild> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      const m = /READY (\S+)/.exec(c.toString());
      if (m) resolveUrl(m[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the server process exited (${code})`)));
  });
  return { url, close: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGKILL'))) };
}

/** This file as a server process with the stock ordering (see serveStock), on a data dir of its own. */
async function stockProcess(): Promise<ServerChild> {
  const dir = await mkdtemp(join(tmpdir(), 'samenspel-bench-'));
  const env = { ...process.env, ...PROCESS_ENV, HOST: '127.0.0.1', PORT: '0', SAMENSPEL_DATA_DIR: dir, SAMENSPEL_WEB_DIR: join(dir, 'no-web'), SAMENSPEL_ADDIN_DIR: join(dir, 'no-addin') };
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const child = await childServer(['--import', 'tsx', join(ROOT, 'bench/sync.ts'), '--serve-stock'], env).catch(async (e: unknown) => {
    await removeDir();
    throw e;
  });
  return { url: child.url, close: async () => (await child.close(), await removeDir()) };
}

/** server/main.ts's server, but each append answered before it is written (run by stockProcess). */
async function serveStock(): Promise<void> {
  const { coreIntegrations } = await import('../server/integrations.js');
  const { memberStore } = await import('../server/members/store.js');
  const config = configFromEnv();
  const driver = sqliteDriver(join(config.dataDir, 'samenspel.sqlite'));
  const store = ackBeforeWrite(await openMigrated(driver));
  const server = await startServer(config, { ...coreIntegrations, store, members: memberStore(driver) });
  console.log(`READY ${server.url}`);
}

/** Samenspel in its own process: server/main.ts as deployed, or the stock ordering (stockProcess). */
async function samenspelProcessTarget(name: string, durable: boolean): Promise<Target> {
  const { startServerProcess, createDraft } = await import('../test/support/server.js');
  const srv = durable ? await startServerProcess({ env: PROCESS_ENV }) : await stockProcess();
  const wsUrl = `${srv.url.replace(/^http/, 'ws')}/sync`;
  const token = new Map<string, string>();
  return {
    name,
    async newDoc() {
      const d = await createDraft(srv.url, { title: 'Bench' });
      token.set(d.id, d.tokens.editor);
      return d.id;
    },
    client: (docName) => samenspelClient(wsUrl, docName, token.get(docName) ?? ''),
    close: () => ('dispose' in srv ? srv.dispose() : srv.close()),
  };
}

// ---- Baseline: plain y-websocket server (@y/websocket-server utils), in memory ----

/** The y-websocket server, in memory: in the benchmark's process, or `{ url, close }` of a child running it. */
const Y_WEBSOCKET_SERVER = `
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
const http = createServer();
new WebSocketServer({ server: http }).on('connection', (ws, req) => setupWSConnection(ws, req));
http.listen(0, '127.0.0.1', () => console.log('READY ws://127.0.0.1:' + http.address().port));
`;

async function yWebsocketTarget(ownProcess = false): Promise<Target> {
  let url: string;
  let stop: () => Promise<void>;
  if (ownProcess) {
    const child = await childServer(['--input-type=module', '-e', Y_WEBSOCKET_SERVER]);
    url = child.url;
    stop = child.close;
  } else {
    const { setupWSConnection } = await import('@y/websocket-server/utils');
    const http: Server = createServer();
    const wss = new WebSocketServer({ server: http });
    wss.on('connection', (ws, req) => setupWSConnection(ws, req));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
    stop = async () => {
      for (const c of wss.clients) c.terminate();
      wss.close();
      http.close();
    };
  }
  return {
    name: 'y-websocket (baseline)',
    async newDoc() {
      return `bench${Math.random().toString(36).slice(2, 12)}`;
    },
    client(docName) {
      const doc = new Y.Doc();
      const ws = new WebSocket(`${url}/${docName}`);
      ws.binaryType = 'arraybuffer';
      let resolveReady: () => void = () => undefined;
      const ready = new Promise<void>((r) => (resolveReady = r));
      const send = (fn: (e: encoding.Encoder) => void) => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        fn(e);
        if (ws.readyState === ws.OPEN) ws.send(encoding.toUint8Array(e));
      };
      ws.on('open', () => send((e) => syncProtocol.writeSyncStep1(e, doc)));
      ws.on('message', (data: ArrayBuffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(d) !== 0) return;
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        const t = syncProtocol.readSyncMessage(d, e, doc, ws);
        if (t === syncProtocol.messageYjsSyncStep2) resolveReady();
        if (encoding.length(e) > 1) ws.send(encoding.toUint8Array(e));
      });
      doc.on('update', (u: Uint8Array, origin: unknown) => {
        if (origin !== ws) send((e) => syncProtocol.writeUpdate(e, u));
      });
      return { doc, ready, close: () => ws.close() };
    },
    close: () => stop(),
  };
}

// ---- Scenarios ----

interface Result {
  p50: number;
  p99: number;
  /** p50 of edit → the writer's update acknowledged by the server, when the target acknowledges. */
  ackP50?: number;
  perSecond: number;
  /** Appends per disk flush (group commit), when known. */
  perFlush?: number;
}

/**
 * Each editor makes its share of `totalEdits` map edits, one per PACE_MS; an observer measures
 * edit → arrival, and each editor edit → its server's acknowledgement (when the target acknowledges).
 */
async function editors(target: Target, n: number, totalEdits: number): Promise<Result> {
  const id = await target.newDoc();
  const observer = target.client(id);
  const clients = Array.from({ length: n }, () => target.client(id));
  await Promise.all([observer, ...clients].map((c) => c.ready));
  const latencies: number[] = [];
  const ackLatencies: number[] = [];
  const acknowledging = clients.some((c) => c.onAck);
  const unacked = clients.map(() => [] as number[]);
  const flushedBefore = await target.flushes?.();
  const sent = new Map<string, number>();
  const perEditor = Math.ceil(totalEdits / n);
  const expected = perEditor * n;
  let done: () => void = () => undefined;
  const all = new Promise<void>((r) => (done = r));
  const check = () => latencies.length >= expected && (!acknowledging || ackLatencies.length >= expected) && done();
  clients.forEach((c, i) =>
    c.onAck?.(() => {
      const t = unacked[i]?.shift();
      if (t !== undefined) ackLatencies.push(performance.now() - t);
      check();
    }),
  );
  observer.doc.getMap('m').observe((ev) => {
    const now = performance.now();
    for (const key of ev.keysChanged) {
      const t = sent.get(key);
      if (t !== undefined) latencies.push(now - t);
    }
    check();
  });
  const start = performance.now();
  await Promise.all(
    clients.map(async (c, i) => {
      for (let k = 0; k < perEditor; k++) {
        const key = `${i}-${k}`;
        const at = performance.now();
        sent.set(key, at);
        unacked[i]?.push(at);
        c.doc.getMap('m').set(key, k);
        await sleep(PACE_MS);
      }
    }),
  );
  await Promise.race([all, sleep(60_000)]);
  const elapsed = (performance.now() - start) / 1000;
  const flushedAfter = await target.flushes?.();
  for (const c of [observer, ...clients]) c.close();
  const result: Result = { p50: pct(latencies, 50), p99: pct(latencies, 99), perSecond: latencies.length / elapsed };
  if (ackLatencies.length) result.ackP50 = pct(ackLatencies, 50);
  if (flushedBefore && flushedAfter && flushedAfter.commits > flushedBefore.commits) {
    result.perFlush = (flushedAfter.statements - flushedBefore.statements) / (flushedAfter.commits - flushedBefore.commits);
  }
  return result;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/** Server process memory with 1,000 drafts open and idle (one connection each). */
async function idleDraftsMemory(count: number): Promise<{ before: number; after: number }> {
  const { startServerProcess, createDraft } = await import('../test/support/server.js');
  const srv = await startServerProcess({ env: PROCESS_ENV });
  try {
    const drafts = [];
    for (let i = 0; i < count; i++) drafts.push(await createDraft(srv.url, { title: `Concept ${i}` }));
    await sleep(500);
    const before = await rssOf(srv.child.pid as number);
    const open: { destroy(): void }[] = [];
    for (let i = 0; i < drafts.length; i += 50) {
      const batch = drafts.slice(i, i + 50).map((d) => {
        const doc = new Y.Doc();
        const socket = new HocuspocusProviderWebsocket({ url: srv.wsUrl, WebSocketPolyfill: WebSocket });
        const provider = new HocuspocusProvider({ websocketProvider: socket, name: d.id, token: d.tokens.editor, document: doc, awareness: null });
        provider.attach();
        open.push({ destroy: () => (provider.destroy(), socket.destroy()) });
        return new Promise<void>((r) => provider.on('synced', () => r()));
      });
      await Promise.all(batch);
    }
    await sleep(1000);
    const after = await rssOf(srv.child.pid as number);
    for (const o of open) o.destroy();
    return { before, after };
  } finally {
    await srv.dispose();
  }
}

const median = (xs: number[]) => pct(xs, 50);

/** `runs`: each configuration is measured that many times (rows each); the cost table takes the median p50. */
export async function runSyncBench(opts: { editors?: number[]; edits?: number; idleDrafts?: number; runs?: number } = {}): Promise<void> {
  const counts = opts.editors ?? [1, 10, 50];
  const edits = opts.edits ?? 500;
  const runs = opts.runs ?? 1;
  const DURABLE = 'Samenspel (write before ack)';
  const STOCK = 'Samenspel (ack before write)';
  const make: { where: string; target: () => Promise<Target> }[] = [
    { where: 'bench process', target: () => samenspelTarget(DURABLE, true) },
    { where: 'bench process', target: () => yWebsocketTarget() },
    { where: 'bench process', target: () => samenspelTarget(STOCK, false) },
    { where: 'own process', target: () => samenspelProcessTarget(DURABLE, true) },
    { where: 'own process', target: () => yWebsocketTarget(true) },
    { where: 'own process', target: () => samenspelProcessTarget(STOCK, false) },
  ];
  const rows: string[][] = [['editors', 'server', 'runs in', 'p50 ms', 'p99 ms', 'ack p50 ms', 'updates/s', 'appends/flush']];
  const p50 = new Map<string, number[]>();
  const ackP50 = new Map<string, number[]>();
  for (const n of counts) {
    for (let run = 0; run < runs; run++) {
      for (const { where, target: mk } of make) {
        const target = await mk();
        const r = await editors(target, n, edits);
        const ack = r.ackP50 === undefined ? '' : r.ackP50.toFixed(2);
        rows.push([String(n), target.name, where, r.p50.toFixed(2), r.p99.toFixed(2), ack, r.perSecond.toFixed(0), r.perFlush === undefined ? '' : r.perFlush.toFixed(1)]);
        const key = `${n} ${target.name} ${where}`;
        p50.set(key, [...(p50.get(key) ?? []), r.p50]);
        if (r.ackP50 !== undefined) ackP50.set(key, [...(ackP50.get(key) ?? []), r.ackP50]);
        await target.close();
      }
    }
  }
  printTable(`Update latency (edit → seen by another client) and throughput, ${edits} edits per run, each editor one edit per ${PACE_MS} ms, loopback`, rows);
  console.log('"ack before write" is the stock-Hocuspocus ordering (not safe under kill -9); the difference is the cost of the rule.');
  console.log('ack p50: edit → the writer told its update is stored (the provider\'s unsynced count going down).');
  console.log('appends/flush: appends per SQLite commit (one disk flush) of the durable server in the bench process, the group commit at work.');
  const cost: string[][] = [['editors', 'server runs in', 'measured', 'write before ack p50', 'ack before write p50', 'difference', 'ratio']];
  for (const n of counts) {
    for (const where of ['bench process', 'own process']) {
      for (const [measured, of] of [['seen by another', p50], ['ack to the writer', ackP50]] as const) {
        const durable = median(of.get(`${n} ${DURABLE} ${where}`) ?? [NaN]);
        const stock = median(of.get(`${n} ${STOCK} ${where}`) ?? [NaN]);
        cost.push([String(n), where, measured, `${durable.toFixed(2)} ms`, `${stock.toFixed(2)} ms`, `${(durable - stock).toFixed(2)} ms`, `${(durable / stock).toFixed(2)}x`]);
      }
    }
  }
  printTable(`Cost of the durability rule: p50 of write before ack against ack before write${runs > 1 ? `, median of ${runs} runs` : ''}`, cost);

  const idle = opts.idleDrafts ?? 1000;
  const mem = await idleDraftsMemory(idle);
  const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
  printTable(`Server memory (RSS) with ${idle} idle drafts open`, [
    ['', 'RSS'],
    ['started, no drafts loaded', mib(mem.before)],
    [`${idle} drafts loaded, one idle connection each`, mib(mem.after)],
    ['per draft', `${((mem.after - mem.before) / idle / 1024).toFixed(1)} KiB`],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--serve-stock')) {
  await serveStock();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const opts: Parameters<typeof runSyncBench>[0] = quick ? { editors: [1, 10], edits: 200, idleDrafts: 100 } : {};
  const editorsArg = arg('editors');
  if (editorsArg) opts.editors = editorsArg.split(',').map(Number);
  if (arg('runs')) opts.runs = Number(arg('runs'));
  if (arg('idle')) opts.idleDrafts = Number(arg('idle'));
  await runSyncBench(opts);
  process.exit(0);
}

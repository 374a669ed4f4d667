// Composes the sync server: storage, Hocuspocus with the drafts extension (and Redis for
// scale-out), the /sync WebSocket front, the HTTP routes, background compaction, and the
// members side (server/members: personal links, comments, versions, consent, audit log) on
// the same database as the drafts.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { CLOSE } from '../core/sync/close-codes.js';
import { Compactor } from './compactor.js';
import type { Config } from './config.js';
import { DraftsExtension, type DraftContext } from './drafts-extension.js';
import { ExportPool } from './export-pool.js';
import { createApi, type ApiDeps } from './http/api.js';
import { createDoors, HOST_REFUSED } from './http/doors.js';
import { serveAddin, serveWeb } from './http/static.js';
import { error, json } from './http/util.js';
import { SyncSockets } from './sockets.js';
import type { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { accessFor } from './members/access.js';
import { redisRevocations, type Revocations } from './members/revocations.js';
import { LiveDocs } from './members/live.js';
import { Members } from './members/service.js';
import { memberStore, type MemberStore } from './members/store.js';
import type { Driver } from './storage/driver.js';
import { openMigrated } from './storage/store.js';
import type { DraftStore } from './storage/types.js';
import { FailedAttempts, SlidingWindow } from './throttle.js';

export interface RunningServer {
  url: string;
  config: Config;
  store: DraftStore;
  hocuspocus: Hocuspocus;
  compactor: Compactor;
  close(): Promise<void>;
}

export interface StartOptions {
  store?: DraftStore;
  seed?: ApiDeps['seed'];
  exporter?: ApiDeps['exporter'];
  /** The module export worker threads run (export-worker.ts); without it `exporter` renders on the event loop. */
  exportWorker?: URL;
  /** With `store`: the member records to use; without, a given store has no members (role links only). */
  members?: MemberStore;
  log?: (msg: string) => void;
}

/** The drafts' database (storage/index.ts's choice of engine), migrated, and both stores on it. */
async function openStores(config: Config): Promise<{ store: DraftStore; members: MemberStore }> {
  let driver: Driver;
  if (config.databaseUrl) driver = (await import('./storage/postgres.js')).postgresDriver(config.databaseUrl);
  else driver = (await import('./storage/sqlite.js')).sqliteDriver(config.memoryStorage ? ':memory:' : join(config.dataDir, 'samenspel.sqlite'));
  const store = await openMigrated(driver);
  return { store, members: memberStore(driver) };
}

async function redisExtension(url: string): Promise<RedisExtension> {
  const { Redis } = await import('@hocuspocus/extension-redis');
  const u = new URL(url);
  return new Redis({
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.password ? { options: { password: decodeURIComponent(u.password) } } : {}),
  });
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const opened = opts.store ? { store: opts.store, members: opts.members ?? null } : await openStores(config);
  const { store } = opened;
  const compactor = new Compactor(store, { intervalMs: config.compactIntervalMs, minUpdates: config.compactMinUpdates, log });

  let sockets: SyncSockets | null = null;
  let members: Members | null = null;
  const drafts = new DraftsExtension({
    get members() {
      return members;
    },
    store,
    maxDocumentBytes: config.limits.maxDocumentBytes,
    socketFor: (req) => sockets?.byRequest.get(req),
    onAppended: (id) => compactor.noteAppend(id),
    log,
  });
  const extensions: Extension[] = [];
  const redis = config.redisUrl ? await redisExtension(config.redisUrl) : null;
  if (redis) extensions.push(redis);
  extensions.push(drafts);

  const hocuspocus = new Hocuspocus({
    name: 'samenspel',
    quiet: true,
    timeout: 60_000,
    debounce: 1_000,
    maxDebounce: 5_000,
    // Our own limits (sockets.ts) are stricter and close with clear reasons first.
    maxUnauthenticatedQueueMessages: config.limits.maxMessagesBeforeAuth * 4,
    maxUnauthenticatedQueueSize: config.limits.maxMessageBytes * 4,
    maxPendingDocuments: 8,
    extensions,
  });
  // Wrong tokens count per address over HTTP and /sync together.
  const attempts = new FailedAttempts(config.limits.authFailuresPerMinute, log);
  sockets = new SyncSockets(hocuspocus, config.limits, log, attempts);
  const liveSockets = sockets;
  if (opened.members) {
    const live = new LiveDocs({ hocuspocus, store, isDamaged: (id) => drafts.damaged.has(id), onAppended: (id) => compactor.noteAppend(id) });
    members = new Members({ records: opened.members, live, store, log });
  }
  const records = opened.members;

  function disconnect(id: string, o: { tokenHash?: string; code: number; reason: string }): void {
    const doc = hocuspocus.documents.get(id);
    if (!doc) return;
    for (const conn of doc.getConnections()) {
      const ctx = conn.context as Partial<DraftContext>;
      if (o.tokenHash && ctx.tokenHash !== o.tokenHash) continue;
      const handle = liveSockets.byRequest.get(conn.request);
      if (handle) handle.close({ code: o.code, reason: o.reason });
      else conn.close({ code: o.code, reason: o.reason });
    }
  }

  // Another process may have revoked a link or a member or deleted a draft: re-check live
  // connections, of one draft at once when a revocation is announced (Redis), of all periodically.
  async function recheckDraft(id: string): Promise<void> {
    const doc = hocuspocus.documents.get(id);
    if (!doc) return;
    const hashes = new Set(doc.getConnections().map((c) => (c.context as Partial<DraftContext>).tokenHash).filter((h): h is string => !!h));
    for (const tokenHash of hashes) {
      const access = await accessFor(store, records, id, tokenHash).catch(() => 'error' as const);
      if (access !== null) continue;
      const exists = await store.exists(id).catch(() => true);
      disconnect(id, exists ? { tokenHash, ...CLOSE.unauthorized } : CLOSE.draftGone);
    }
  }
  async function recheck(): Promise<void> {
    for (const id of [...hocuspocus.documents.keys()]) await recheckDraft(id);
  }
  const recheckTimer = config.recheckMs > 0 ? setInterval(() => void recheck().catch((e) => log(`[samenspel] recheck failed: ${String(e)}`)), config.recheckMs) : null;
  recheckTimer?.unref();
  const revocations: Revocations | null = redis
    ? await redisRevocations(redis, (id) => void recheckDraft(id).catch((e) => log(`[samenspel] recheck of ${id} failed: ${String(e)}`)), log)
    : null;
  /** Disconnects here and tells the other processes to re-check the draft. */
  function disconnectEverywhere(id: string, o: { tokenHash?: string; code: number; reason: string }): void {
    disconnect(id, o);
    revocations?.announce(id);
  }

  let boundUrl = '';
  const publicUrl = (_req?: IncomingMessage) => config.publicUrl ?? boundUrl;
  const tls = config.tlsCert && config.tlsKey;
  const doors = createDoors(config, tls ? 'https' : 'http', log);
  const exports = opts.exporter ? new ExportPool({ ...config.exports, worker: opts.exportWorker, inline: opts.exporter, log }) : null;
  const api = createApi({
    store,
    publicUrl,
    doors,
    creations: new SlidingWindow(config.limits.draftsPerMinute),
    attempts,
    adminToken: config.adminToken,
    maxBodyBytes: config.limits.maxBodyBytes,
    seed: opts.seed,
    exporter: exports ?? undefined,
    members,
    disconnect: disconnectEverywhere,
    log,
  });

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (!doors.hostAllowed(req)) return error(res, 421, 'unknown-host', HOST_REFUSED);
    if (path === '/healthz') return json(res, 200, { ok: true, storage: store.kind, documents: hocuspocus.getDocumentsCount() });
    if (path.startsWith('/api/')) {
      for (const [k, v] of Object.entries(doors.corsHeaders(req, path))) res.setHeader(k, v);
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      if (await api(req, res, path)) return;
      return error(res, 404, 'not-found', 'Onbekende aanvraag.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return error(res, 405, 'method-not-allowed', 'Methode niet toegestaan.');
    if (path === '/addin' || path.startsWith('/addin/')) return serveAddin(req, res, config.addinDir, path.slice('/addin'.length) || '/', publicUrl());
    return serveWeb(req, res, config.webDir, path);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    onRequest(req, res).catch((e) => {
      log(`[samenspel] ${req.method} ${new URL(req.url ?? '/', 'http://local').pathname} failed: ${String(e)}`);
      if (!res.headersSent) error(res, 500, 'internal', 'Er ging iets mis op de server.');
      else res.destroy();
    });
  };

  const http: Server = tls
    ? createHttps({ cert: await readFile(config.tlsCert as string), key: await readFile(config.tlsKey as string) }, handler)
    : createHttp(handler);
  http.headersTimeout = 20_000;
  http.requestTimeout = 60_000;
  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (!doors.hostAllowed(req)) {
      socket.end(`HTTP/1.1 421 Misdirected Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n${HOST_REFUSED}`);
      return;
    }
    if (path !== '/sync') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    liveSockets.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const addr = http.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  boundUrl = `${tls ? 'https' : 'http'}://${host}:${addr.port}`;
  compactor.start();

  let closing: Promise<void> | null = null;
  return {
    url: boundUrl,
    config,
    store,
    hocuspocus,
    compactor,
    close() {
      closing ??= (async () => {
        http.close();
        if (recheckTimer) clearInterval(recheckTimer);
        await revocations?.close();
        liveSockets.closeAll(CLOSE.shuttingDown);
        hocuspocus.closeConnections();
        // After the clients: their last changes are still compared with the consent round.
        await members?.close();
        await compactor.stop();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        http.closeAllConnections();
        await exports?.close();
        await store.close();
      })();
      return closing;
    },
  };
}

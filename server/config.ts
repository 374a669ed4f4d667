// Server configuration from the environment, with the defaults documented in docs/server.md.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export interface Limits {
  /** Largest WebSocket message (ws maxPayload). */
  maxMessageBytes: number;
  /** Largest stored document (snapshot plus update log). */
  maxDocumentBytes: number;
  /** A socket must authenticate within this time. */
  authTimeoutMs: number;
  /** Messages a socket may send before it has authenticated. */
  maxMessagesBeforeAuth: number;
  /** Open sockets per remote address. */
  maxConnectionsPerAddress: number;
  /** New sockets per remote address per minute. */
  connectionsPerMinute: number;
  /** HTTP request bodies. */
  maxBodyBytes: number;
  /** Drafts one address may create per minute. */
  draftsPerMinute: number;
  /** Wrong tokens (HTTP and /sync together) per address per minute before it must wait. */
  authFailuresPerMinute: number;
}

export interface Config {
  host: string;
  port: number;
  publicUrl: string | null;
  /** Host names besides the public URL's that requests may carry (against DNS rebinding). */
  allowedHosts: string[];
  /** Origins besides the server's own that may create drafts: exact, or `scheme://*`. */
  allowedOrigins: string[];
  dataDir: string;
  webDir: string;
  addinDir: string;
  memoryStorage: boolean;
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  adminToken?: string | undefined;
  tlsCert?: string | undefined;
  tlsKey?: string | undefined;
  compactIntervalMs: number;
  compactMinUpdates: number;
  /** How often live connections are re-checked against storage (links revoked or drafts deleted elsewhere). */
  recheckMs: number;
  limits: Limits;
  exports: ExportSettings;
  quiet: boolean;
}

/** .docx/Markdown exports (export-pool.ts). */
export interface ExportSettings {
  /** Worker threads rendering exports; 0 renders on the event loop. */
  workers: number;
  /** Exports waiting for a worker at most; more are answered 503 with Retry-After. */
  maxQueue: number;
  /** Exports per link (token) per minute; more are answered 429 with Retry-After. */
  perTokenPerMinute: number;
  /** Longest one export may render before its worker is stopped. */
  timeoutMs: number;
}

export const DEFAULT_EXPORTS: ExportSettings = {
  workers: Math.max(1, Math.min(2, availableParallelism() - 1)),
  maxQueue: 16,
  perTokenPerMinute: 12,
  timeoutMs: 60_000,
};

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  authTimeoutMs: 10_000,
  maxMessagesBeforeAuth: 20,
  maxConnectionsPerAddress: 64,
  connectionsPerMinute: 240,
  maxBodyBytes: 64 * 1024,
  draftsPerMinute: 30,
  authFailuresPerMinute: 20,
};

/** The browser extensions' origins: their ids differ per install (Firefox) or build (unpacked Chrome). */
export const EXTENSION_ORIGINS = ['chrome-extension://*', 'moz-extension://*'];

/** An exact origin, or every origin of a non-web scheme (`chrome-extension://*`); never a web wildcard. */
function checkOrigin(entry: string): string {
  const [, scheme, rest = ''] = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/.exec(entry) ?? [];
  let ok = false;
  if (scheme === 'http' || scheme === 'https') {
    try {
      ok = !rest.includes('*') && new URL(entry).origin === entry;
    } catch {
      // not a URL: refused below
    }
  } else ok = !!scheme && /^(\*|[A-Za-z0-9._-]+)$/.test(rest);
  if (!ok) throw new Error(`SAMENSPEL_ALLOWED_ORIGINS: "${entry}" is not an origin (like https://plan.example.nl:8443 or chrome-extension://<id>)`);
  return entry;
}

function list(env: NodeJS.ProcessEnv, name: string, fallback: string[]): string[] {
  const raw = env[name];
  if (raw === undefined) return fallback;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 8787),
    publicUrl: env.SAMENSPEL_PUBLIC_URL ? env.SAMENSPEL_PUBLIC_URL.replace(/\/+$/, '') : null,
    allowedHosts: list(env, 'SAMENSPEL_ALLOWED_HOSTS', []).map((h) => h.toLowerCase()),
    allowedOrigins: list(env, 'SAMENSPEL_ALLOWED_ORIGINS', EXTENSION_ORIGINS).map(checkOrigin),
    dataDir: resolve(env.SAMENSPEL_DATA_DIR || './data'),
    webDir: resolve(env.SAMENSPEL_WEB_DIR || '.output/web'),
    addinDir: resolve(env.SAMENSPEL_ADDIN_DIR || '.output/addin'),
    memoryStorage: env.SAMENSPEL_STORAGE === 'memory',
    databaseUrl: env.SAMENSPEL_DATABASE_URL || undefined,
    redisUrl: env.SAMENSPEL_REDIS_URL || undefined,
    adminToken: env.SAMENSPEL_ADMIN_TOKEN || undefined,
    tlsCert: env.SAMENSPEL_TLS_CERT || undefined,
    tlsKey: env.SAMENSPEL_TLS_KEY || undefined,
    compactIntervalMs: int(env, 'SAMENSPEL_COMPACT_INTERVAL_MS', 30_000),
    compactMinUpdates: int(env, 'SAMENSPEL_COMPACT_MIN_UPDATES', 200),
    recheckMs: int(env, 'SAMENSPEL_RECHECK_MS', 10_000),
    quiet: env.SAMENSPEL_QUIET === '1',
    exports: {
      workers: int(env, 'SAMENSPEL_EXPORT_WORKERS', DEFAULT_EXPORTS.workers),
      maxQueue: int(env, 'SAMENSPEL_EXPORT_QUEUE', DEFAULT_EXPORTS.maxQueue),
      perTokenPerMinute: int(env, 'SAMENSPEL_EXPORTS_PER_MINUTE', DEFAULT_EXPORTS.perTokenPerMinute),
      timeoutMs: int(env, 'SAMENSPEL_EXPORT_TIMEOUT_MS', DEFAULT_EXPORTS.timeoutMs),
    },
    limits: {
      maxMessageBytes: int(env, 'SAMENSPEL_MAX_MESSAGE_BYTES', DEFAULT_LIMITS.maxMessageBytes),
      maxDocumentBytes: int(env, 'SAMENSPEL_MAX_DOCUMENT_BYTES', DEFAULT_LIMITS.maxDocumentBytes),
      authTimeoutMs: int(env, 'SAMENSPEL_AUTH_TIMEOUT_MS', DEFAULT_LIMITS.authTimeoutMs),
      maxMessagesBeforeAuth: int(env, 'SAMENSPEL_MAX_MESSAGES_BEFORE_AUTH', DEFAULT_LIMITS.maxMessagesBeforeAuth),
      maxConnectionsPerAddress: int(env, 'SAMENSPEL_MAX_CONNECTIONS_PER_ADDRESS', DEFAULT_LIMITS.maxConnectionsPerAddress),
      connectionsPerMinute: int(env, 'SAMENSPEL_CONNECTIONS_PER_MINUTE', DEFAULT_LIMITS.connectionsPerMinute),
      maxBodyBytes: DEFAULT_LIMITS.maxBodyBytes,
      draftsPerMinute: int(env, 'SAMENSPEL_DRAFTS_PER_MINUTE', DEFAULT_LIMITS.draftsPerMinute),
      authFailuresPerMinute: int(env, 'SAMENSPEL_AUTH_FAILURES_PER_MINUTE', DEFAULT_LIMITS.authFailuresPerMinute),
    },
  };
}

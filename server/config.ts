// Server configuration from the environment, with the defaults documented in docs/server.md.
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
}

export interface Config {
  host: string;
  port: number;
  publicUrl: string | null;
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
  quiet: boolean;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  authTimeoutMs: 10_000,
  maxMessagesBeforeAuth: 20,
  maxConnectionsPerAddress: 64,
  connectionsPerMinute: 240,
  maxBodyBytes: 64 * 1024,
};

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
    limits: {
      maxMessageBytes: int(env, 'SAMENSPEL_MAX_MESSAGE_BYTES', DEFAULT_LIMITS.maxMessageBytes),
      maxDocumentBytes: int(env, 'SAMENSPEL_MAX_DOCUMENT_BYTES', DEFAULT_LIMITS.maxDocumentBytes),
      authTimeoutMs: int(env, 'SAMENSPEL_AUTH_TIMEOUT_MS', DEFAULT_LIMITS.authTimeoutMs),
      maxMessagesBeforeAuth: int(env, 'SAMENSPEL_MAX_MESSAGES_BEFORE_AUTH', DEFAULT_LIMITS.maxMessagesBeforeAuth),
      maxConnectionsPerAddress: int(env, 'SAMENSPEL_MAX_CONNECTIONS_PER_ADDRESS', DEFAULT_LIMITS.maxConnectionsPerAddress),
      connectionsPerMinute: int(env, 'SAMENSPEL_CONNECTIONS_PER_MINUTE', DEFAULT_LIMITS.connectionsPerMinute),
      maxBodyBytes: DEFAULT_LIMITS.maxBodyBytes,
    },
  };
}

// Test support: runs the real sync server as a child process (node --import tsx), so tests
// can kill -9 it and restart it on the same data, and creates drafts through its HTTP API.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  wsUrl: string;
  dataDir: string;
  child: ChildProcess;
  logs: string[];
  kill9(): Promise<void>;
  stop(): Promise<void>;
  /** Starts again on the same data dir and port. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface StartServerOptions {
  env?: Record<string, string>;
  dataDir?: string;
  port?: number;
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

async function launch(dataDir: string, port: number, env: Record<string, string>, logs: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_WEB_DIR: join(dataDir, 'no-web'),
      SAMENSPEL_ADDIN_DIR: join(dataDir, 'no-addin'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${logs.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      logs.push(text);
      const m = /READY (\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => logs.push(c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${logs.join('')}`));
    });
  });
  return { child, url };
}

export async function startServerProcess(opts: StartServerOptions = {}): Promise<ServerProcess> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'samenspel-srv-')));
  const logs: string[] = [];
  const env = opts.env ?? {};
  let { child, url } = await launch(dataDir, opts.port ?? 0, env, logs);
  const port = Number(new URL(url).port);
  const proc: ServerProcess = {
    get url() {
      return url;
    },
    get wsUrl() {
      return url.replace(/^http/, 'ws') + '/sync';
    },
    dataDir,
    get child() {
      return child;
    },
    logs,
    async kill9() {
      child.kill('SIGKILL');
      await waitExit(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await waitExit(child);
    },
    async restart() {
      // The port may linger briefly after kill -9; retry a few times.
      for (let attempt = 0; ; attempt++) {
        try {
          ({ child, url } = await launch(dataDir, port, env, logs));
          return;
        } catch (e) {
          if (attempt >= 20 || !String(e).includes('EADDRINUSE')) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) await proc.kill9();
      if (!opts.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  return proc;
}

export interface CreatedDraft {
  id: string;
  tokens: { owner: string; editor: string; viewer: string };
  links: { owner: string; editor: string; viewer: string };
}

export async function createDraft(baseUrl: string, body: Record<string, unknown> = { title: 'Testconcept' }, headers: Record<string, string> = {}): Promise<CreatedDraft> {
  const res = await fetch(`${baseUrl}/api/drafts`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  if (res.status !== 201) throw new Error(`create draft: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedDraft;
}

export function api(baseUrl: string, token: string) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
}

// Test support: real Hocuspocus provider clients (through core/sync) in Node, using `ws`.
import WebSocket from 'ws';
import { openDraft, type SyncSession } from '../../core/sync/index.js';
import type { SyncStatus } from '../../core/sync/status.js';

export async function connectClient(
  wsUrl: string | string[],
  draftId: string,
  token: string,
  opts: { name?: string; persistence?: Parameters<typeof openDraft>[0]['persistence'] } = {},
): Promise<SyncSession> {
  return openDraft({
    serverUrl: wsUrl,
    draftId,
    token,
    WebSocketPolyfill: WebSocket,
    persistence: opts.persistence ?? false,
    retry: { minDelay: 50, maxDelay: 300, troubleMaxDelay: 300 },
    presence: { name: opts.name ?? 'Tester', organisation: 'Bibliotheek Test' },
  });
}

export function waitForStatus(s: SyncSession, pred: (st: SyncStatus) => boolean, timeoutMs = 15_000): Promise<SyncStatus> {
  return new Promise((resolve, reject) => {
    if (pred(s.status())) return resolve(s.status());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`status not reached in ${timeoutMs} ms; last ${JSON.stringify(s.status())}`));
    }, timeoutMs);
    const off = s.onStatus((st) => {
      if (pred(st)) {
        clearTimeout(timer);
        off();
        resolve(st);
      }
    });
  });
}

export async function waitFor(pred: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!(await pred())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

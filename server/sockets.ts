// The WebSocket front of /sync: message size (ws maxPayload), a per-address connection
// throttle, limits before authentication (time, message count, wrong tokens), frame checks,
// and the bridge into Hocuspocus. Every refusal closes with a code and reason from core/sync.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Hocuspocus } from '@hocuspocus/server';
import { CLOSE } from '../core/sync/close-codes.js';
import type { Limits } from './config.js';
import { checkFrame } from './frames.js';
import { SlidingWindow, type FailedAttempts } from './throttle.js';

export interface SocketHandle {
  ws: WebSocket;
  address: string;
  authenticated: boolean;
  messagesBeforeAuth: number;
  close(c: { code: number; reason: string }): void;
  /**
   * Runs a token lookup for documentName through the address's wrong-token throttle (shared
   * with HTTP). When the address must wait, or this was its last allowed wrong token, the
   * socket is closed with too-many-attempts. Resolves to what the lookup found, or null.
   */
  checkToken<T>(documentName: string, lookup: () => Promise<T | null>): Promise<T | null>;
}

export class ConnectionThrottle {
  private open = new Map<string, number>();
  private recent: SlidingWindow;
  constructor(private limits: Pick<Limits, 'maxConnectionsPerAddress' | 'connectionsPerMinute'>) {
    this.recent = new SlidingWindow(limits.connectionsPerMinute);
  }

  /** Registers a new connection; false when the address is over its limits. */
  admit(address: string, now = Date.now()): boolean {
    const open = this.open.get(address) ?? 0;
    if (open >= this.limits.maxConnectionsPerAddress || !this.recent.take(address, now)) return false;
    this.open.set(address, open + 1);
    return true;
  }

  release(address: string): void {
    const open = (this.open.get(address) ?? 1) - 1;
    if (open <= 0) this.open.delete(address);
    else this.open.set(address, open);
  }
}

export class SyncSockets {
  readonly wss: WebSocketServer;
  readonly throttle: ConnectionThrottle;
  /** Hocuspocus hands hooks the Request we built; this finds the socket behind it. */
  readonly byRequest = new WeakMap<Request, SocketHandle>();
  readonly all = new Set<SocketHandle>();

  constructor(
    private hocuspocus: Hocuspocus,
    private limits: Limits,
    private log: (m: string) => void,
    private attempts: FailedAttempts,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
    this.throttle = new ConnectionThrottle(limits);
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const address = req.socket.remoteAddress ?? 'unknown';
    const admitted = this.throttle.admit(address);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (!admitted) {
        ws.close(CLOSE.tooManyConnections.code, CLOSE.tooManyConnections.reason);
        return;
      }
      this.attach(ws, req, address);
    });
  }

  private attach(ws: WebSocket, req: IncomingMessage, address: string): void {
    const handle: SocketHandle = {
      ws,
      address,
      authenticated: false,
      messagesBeforeAuth: 0,
      close: (c) => {
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(c.code, c.reason);
      },
      checkToken: async (documentName, lookup) => {
        const checked = await this.attempts.check(address, `/sync, draft ${JSON.stringify(documentName.slice(0, 64))}`, lookup);
        if ('found' in checked && checked.found !== null) return checked.found;
        if ('waitMs' in checked || this.attempts.mustWait(address)) handle.close(CLOSE.tooManyAttempts);
        return null;
      },
    };
    this.all.add(handle);
    const headers = new Headers();
    for (const name of ['user-agent', 'origin']) {
      const v = req.headers[name];
      if (typeof v === 'string') headers.set(name, v);
    }
    const request = new Request(`http://local${req.url ?? '/sync'}`, { headers });
    this.byRequest.set(request, handle);
    const client = this.hocuspocus.handleConnection(ws as unknown as WebSocket & { readyState: number }, request);

    const authTimer = setTimeout(() => {
      if (!handle.authenticated) handle.close(CLOSE.authTimeout);
    }, this.limits.authTimeoutMs);

    ws.on('message', (raw: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      if (!isBinary) return handle.close(CLOSE.malformedMessage);
      const data = Array.isArray(raw) ? Buffer.concat(raw) : raw;
      const u8 = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (!handle.authenticated && ++handle.messagesBeforeAuth > this.limits.maxMessagesBeforeAuth) {
        return handle.close(CLOSE.tooManyMessages);
      }
      const check = checkFrame(u8);
      if (!check.ok) {
        this.log(`[samenspel] closing socket from ${address}: malformed message (${check.error})`);
        return handle.close(CLOSE.malformedMessage);
      }
      client.handleMessage(u8);
    });
    ws.on('close', (code, reason) => {
      clearTimeout(authTimer);
      this.all.delete(handle);
      this.throttle.release(address);
      client.handleClose({ code, reason: reason.toString() });
    });
    ws.on('error', (err) => {
      // ws reports an oversized frame here and closes with 1009 itself.
      this.log(`[samenspel] socket error from ${address}: ${err.message}`);
    });
  }

  closeAll(c: { code: number; reason: string }): void {
    for (const h of this.all) h.close(c);
  }
}

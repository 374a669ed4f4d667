// Test support: a raw WebSocket client speaking (or deliberately mangling) the Hocuspocus
// wire protocol, to see exactly how the server answers bad input.
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

export function authFrame(doc: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, doc);
  encoding.writeVarUint(e, 2); // Auth
  encoding.writeVarUint(e, 0); // Token
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

export function syncUpdateFrame(doc: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, doc);
  encoding.writeVarUint(e, 0); // Sync
  encoding.writeVarUint(e, 2); // Update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export interface RawClient {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
  messages: Uint8Array[];
  send(data: Uint8Array | string): void;
}

export async function rawClient(wsUrl: string): Promise<RawClient> {
  const ws = new WebSocket(wsUrl);
  const messages: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (d: Buffer) => messages.push(new Uint8Array(d)));
  ws.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed, messages, send: (d) => ws.send(d) };
}

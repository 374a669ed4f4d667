// Structural check of incoming Hocuspocus frames before Hocuspocus sees them, so a malformed
// message gets a clear close reason (malformed-message) instead of an exception deep in the stack.
import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';

export type FrameCheck = { ok: true; documentName: string; type: number } | { ok: false; error: string };

export function checkFrame(data: Uint8Array): FrameCheck {
  try {
    const d = decoding.createDecoder(data);
    const documentName = decoding.readVarString(d);
    if (documentName.length === 0 || documentName.length > 200) return { ok: false, error: 'bad document name' };
    const type = decoding.readVarUint(d);
    switch (type) {
      case MessageType.Sync:
      case MessageType.SyncReply: {
        const sub = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (sub === messageYjsSyncStep1) Y.decodeStateVector(payload);
        else if (sub === messageYjsSyncStep2 || sub === messageYjsUpdate) Y.decodeUpdate(payload);
        else return { ok: false, error: `unknown sync message ${sub}` };
        break;
      }
      case MessageType.Awareness: {
        const ad = decoding.createDecoder(decoding.readVarUint8Array(d));
        const n = decoding.readVarUint(ad);
        for (let i = 0; i < n; i++) {
          decoding.readVarUint(ad);
          decoding.readVarUint(ad);
          JSON.parse(decoding.readVarString(ad));
        }
        break;
      }
      case MessageType.Auth:
        decoding.readVarUint(d);
        decoding.readVarString(d);
        break;
      case MessageType.Stateless:
        decoding.readVarString(d);
        break;
      case MessageType.QueryAwareness:
      case MessageType.CLOSE:
      case MessageType.Ping:
      case MessageType.Pong:
        break;
      default:
        return { ok: false, error: `unknown message type ${type}` };
    }
    return { ok: true, documentName, type };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// Structural check of incoming Hocuspocus frames before Hocuspocus sees them, so a malformed
// message gets a clear close reason (4400) instead of an exception deep in the stack.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export type FrameCheck = { ok: true; documentName: string; type: number } | { ok: false; error: string };

const SYNC = 0, AWARENESS = 1, AUTH = 2, QUERY_AWARENESS = 3, SYNC_REPLY = 4, STATELESS = 5, CLOSE = 7, PING = 9, PONG = 10;

export function checkFrame(data: Uint8Array): FrameCheck {
  try {
    const d = decoding.createDecoder(data);
    const documentName = decoding.readVarString(d);
    if (documentName.length === 0 || documentName.length > 200) return { ok: false, error: 'bad document name' };
    const type = decoding.readVarUint(d);
    switch (type) {
      case SYNC:
      case SYNC_REPLY: {
        const sub = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (sub === 0) Y.decodeStateVector(payload);
        else if (sub === 1 || sub === 2) Y.decodeUpdate(payload);
        else return { ok: false, error: `unknown sync message ${sub}` };
        break;
      }
      case AWARENESS: {
        const ad = decoding.createDecoder(decoding.readVarUint8Array(d));
        const n = decoding.readVarUint(ad);
        for (let i = 0; i < n; i++) {
          decoding.readVarUint(ad);
          decoding.readVarUint(ad);
          JSON.parse(decoding.readVarString(ad));
        }
        break;
      }
      case AUTH:
        decoding.readVarUint(d);
        decoding.readVarString(d);
        break;
      case STATELESS:
        decoding.readVarString(d);
        break;
      case QUERY_AWARENESS:
      case CLOSE:
      case PING:
      case PONG:
        break;
      default:
        return { ok: false, error: `unknown message type ${type}` };
    }
    return { ok: true, documentName, type };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export const AUTH_TYPE = AUTH;

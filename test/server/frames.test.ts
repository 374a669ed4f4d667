// The structural frame check, on Hocuspocus's own message types: what clients send passes,
// what only servers send or nobody sends is refused, as is anything that does not decode.
import { MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkFrame } from '../../server/frames.js';
import { authFrame, syncUpdateFrame } from '../support/server-frames.js';

function frame(type: number, write: (e: encoding.Encoder) => void = () => undefined): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'draft-aaaa');
  encoding.writeVarUint(e, type);
  write(e);
  return encoding.toUint8Array(e);
}

it('passes what clients send', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 1);
  expect(checkFrame(authFrame('draft-aaaa', 'token'))).toEqual({ ok: true, documentName: 'draft-aaaa', type: MessageType.Auth });
  expect(checkFrame(syncUpdateFrame('draft-aaaa', Y.encodeStateAsUpdate(doc)))).toMatchObject({ ok: true, type: MessageType.Sync });
  const step1 = frame(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
  expect(checkFrame(step1)).toMatchObject({ ok: true });
  for (const type of [MessageType.QueryAwareness, MessageType.CLOSE, MessageType.Ping, MessageType.Pong]) expect(checkFrame(frame(type)), String(type)).toMatchObject({ ok: true });
  expect(checkFrame(frame(MessageType.Stateless, (e) => encoding.writeVarString(e, '{}')))).toMatchObject({ ok: true });
});

it('refuses message types clients do not send, and what does not decode', () => {
  for (const type of [MessageType.BroadcastStateless, MessageType.SyncStatus, 11]) expect(checkFrame(frame(type)), String(type)).toMatchObject({ ok: false });
  expect(checkFrame(syncUpdateFrame('draft-aaaa', new Uint8Array([7, 7, 7, 255])))).toMatchObject({ ok: false });
  expect(checkFrame(frame(MessageType.Sync, (e) => encoding.writeVarUint(e, 3)))).toMatchObject({ ok: false });
  expect(checkFrame(new Uint8Array([0xff, 0xff, 0xff]))).toMatchObject({ ok: false });
});

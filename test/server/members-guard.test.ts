// The update guard keeps the Y.Map `server` the server's: a client update that sets, replaces
// or deletes a key of it is refused (4415), while ordinary edits next to it pass.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SERVER_MAP } from '../../core/consent/contract.js';
import { CLOSE } from '../../core/sync/close-codes.js';
import { refusalFor } from '../../server/update-guard.js';

/** The server's doc with a round written, and a client that has it. */
function pair(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  server.getMap(SERVER_MAP).set('round', { status: 'open' });
  server.getText('ambition.statement').insert(0, 'Lezen');
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

function updateOf(client: Y.Doc, edit: () => void): Uint8Array {
  const sv = Y.encodeStateVector(client);
  edit();
  return Y.encodeStateAsUpdate(client, sv);
}

describe('the server map in the update guard', () => {
  it('refuses a client setting, replacing or deleting a key', () => {
    for (const edit of [
      (c: Y.Doc) => c.getMap(SERVER_MAP).set('members', []),
      (c: Y.Doc) => c.getMap(SERVER_MAP).set('round', { status: 'agreed' }),
      (c: Y.Doc) => c.getMap(SERVER_MAP).delete('round'),
    ]) {
      const { server, client } = pair();
      expect(refusalFor(server, updateOf(client, () => edit(client)))).toBe(CLOSE.serverMapRefused);
    }
  });

  it('lets ordinary edits pass, and the server map on a fresh draft too', () => {
    const { server, client } = pair();
    expect(refusalFor(server, updateOf(client, () => client.getText('ambition.statement').insert(5, ' is leuk')))).toBeNull();
    const empty = new Y.Doc();
    const writer = new Y.Doc();
    expect(refusalFor(empty, updateOf(writer, () => writer.getMap(SERVER_MAP).set('round', null)))).toBe(CLOSE.serverMapRefused);
  });
});

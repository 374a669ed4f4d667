// The two drafts the browser benches open, made on a running server: an empty one and the
// large one (50 partners, 200 activities, 10,000 edits), written through a real client.
import * as Y from 'yjs';
import { connectClient, waitForStatus } from '../test/support/server-clients.js';
import { createDraft, type CreatedDraft, type ServerProcess } from '../test/support/server.js';
import { largeAgreement } from './large-agreement.js';

export async function seedDrafts(server: ServerProcess): Promise<{ empty: CreatedDraft; large: CreatedDraft }> {
  const empty = await createDraft(server.url, { title: 'Leeg concept' });
  const large = await createDraft(server.url, { title: 'Groot concept' });
  const client = await connectClient(server.wsUrl, large.id, large.tokens.editor);
  await waitForStatus(client, (s) => s.kind === 'saved');
  Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(largeAgreement()));
  await waitForStatus(client, (s) => s.kind === 'saved', 60_000);
  await client.destroy();
  return { empty, large };
}

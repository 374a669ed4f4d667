// The three drafts the browser benches open, made on a running server: an empty one, the
// large one (50 partners, 200 activities, 10,000 edits) and the full one (every list at its
// limit, a role for every partner in every activity, 10,000 edits), written through a real
// client. The server must accept them: each is read back through a second client.
import * as Y from 'yjs';
import { LISTS } from '../core/agreement/entities.js';
import { connectClient, waitForStatus } from '../test/support/server-clients.js';
import { createDraft, type CreatedDraft, type ServerProcess } from '../test/support/server.js';
import { FULL_SHAPE, fullAgreement, LARGE_SHAPE, largeAgreement } from './large-agreement.js';

/** Edits per message at most: well below the server's WebSocket message limit (1 MiB), which the full draft's whole state exceeds. */
const BATCH_BYTES = 256 * 1024;

/** The edits `build` makes, merged into consecutive updates of at most about BATCH_BYTES each, oldest first. */
function batchedUpdates(build: (doc: Y.Doc) => unknown): { doc: Y.Doc; batches: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  build(doc);
  const batches: Uint8Array[] = [];
  let batch: Uint8Array[] = [];
  let bytes = 0;
  for (const u of updates) {
    if (bytes + u.byteLength > BATCH_BYTES && batch.length) {
      batches.push(Y.mergeUpdates(batch));
      batch = [];
      bytes = 0;
    }
    batch.push(u);
    bytes += u.byteLength;
  }
  if (batch.length) batches.push(Y.mergeUpdates(batch));
  return { doc, batches };
}

const listLengths = (doc: Y.Doc) => Object.values(LISTS).map((name) => `${name} ${doc.getArray(name).length}`).join(', ');

/** A new draft on the server holding what `build` writes, sent by a real editor client as it would send a long session's edits. */
export async function seedDraft(server: ServerProcess, title: string, build: (doc: Y.Doc) => unknown): Promise<CreatedDraft> {
  const draft = await createDraft(server.url, { title });
  const { doc, batches } = batchedUpdates(build);
  const writer = await connectClient(server.wsUrl, draft.id, draft.tokens.editor);
  await waitForStatus(writer, (s) => s.kind === 'saved');
  for (const update of batches) Y.applyUpdate(writer.doc, update);
  await waitForStatus(writer, (s) => s.kind === 'saved', 120_000);
  await writer.destroy();

  // Read back: the server stored every item (it refuses a list past its limit).
  const reader = await connectClient(server.wsUrl, draft.id, draft.tokens.editor);
  await waitForStatus(reader, (s) => s.kind === 'saved', 60_000);
  const want = listLengths(doc);
  const got = listLengths(reader.doc);
  await reader.destroy();
  if (got !== want) throw new Error(`the server did not keep "${title}": ${got} (sent ${want})`);
  return draft;
}

export const DRAFT_KINDS = ['empty', 'large', 'full'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** How the benches' tables name each draft. */
export const DRAFT_LABELS: Record<DraftKind, string> = {
  empty: 'empty draft',
  large: `large draft (${LARGE_SHAPE.partners} partners, ${LARGE_SHAPE.activities} activities)`,
  full: `full draft (every list at its limit: ${FULL_SHAPE.partners} partners × ${FULL_SHAPE.activities} activities)`,
};

export async function seedDrafts(server: ServerProcess): Promise<Record<DraftKind, CreatedDraft>> {
  const empty = await createDraft(server.url, { title: 'Leeg concept' });
  const large = await seedDraft(server, 'Groot concept', (doc) => largeAgreement({}, doc));
  const full = await seedDraft(server, 'Vol concept', (doc) => fullAgreement({}, doc));
  return { empty, large, full };
}

// The change-authors worker thread at shutdown: close() stops the worker, and a job still in
// it is answered anyway (replayed inline), as is any job after close.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateSection } from '../../core/agreement/index.js';
import { ChangeAuthorsRunner } from '../../server/members/change-authors-runner.js';
import type { ReplayJob } from '../../server/members/change-authors.js';

/** A draft whose one stored update, by Anna, changed the ambition after version 1. */
function job(): ReplayJob {
  const doc = new Y.Doc();
  const from = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  updateSection(doc, 'ambition', { statement: 'Samen lezen we meer.' });
  const data = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return {
    from: { state: from, at: '2026-01-01T00:00:00.000Z' },
    to: null,
    stored: { id: 'd', createdAt: '2026-01-01T00:00:00.000Z', snapshot: null, snapshotIntact: true, updates: [{ seq: 1, data, intact: true }] },
    authors: [{ seq: 1, memberId: 'm1', at: '2026-01-01T00:01:00.000Z' }],
    compacted: [],
    members: [{ memberId: 'm1', name: 'Anna de Vries', partnerId: 'p1' }],
  };
}

it('answers the job still in the worker when it is closed, and later jobs inline', async () => {
  const log: string[] = [];
  const runner = new ChangeAuthorsRunner({ log: (m) => log.push(m) });
  const answer = await runner.run(job());
  expect(answer.ambition?.members.map((m) => m.name)).toEqual(['Anna de Vries']);
  expect(log).toEqual([]); // it ran in the worker

  const pending = runner.run(job());
  await runner.close();
  expect(await pending).toEqual(answer);
  expect(await runner.run(job())).toEqual(answer);
  expect(log).toEqual([]);
});

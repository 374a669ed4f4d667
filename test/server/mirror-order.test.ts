// Mirrors of one draft's summary into the Y.Map `server`, in the order they write: a mirror
// that read the records earlier must not write its older round over a newer one. The first
// mirror's read of the records is held back while the round changes and a second mirror
// starts; once both are done, the doc holds the round the records hold.
import { Hocuspocus } from '@hocuspocus/server';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ConsentRound, VersionSummary } from '../../core/consent/contract.js';
import { SERVER_KEYS, SERVER_MAP } from '../../core/consent/contract.js';
import { LiveDocs } from '../../server/members/live.js';
import { afterChange, propose } from '../../server/members/round.js';
import { Members } from '../../server/members/service.js';
import type { MemberStore } from '../../server/members/store.js';
import type { DraftStore } from '../../server/storage/types.js';

const DRAFT = 'mirror-order';
const version: VersionSummary = { id: 'v1', n: 1, name: 'Voorstel', authorId: 'm1', authorName: 'Anna de Vries', at: '2026-01-01T00:00:00.000Z', hash: 'ab', agreedAt: null };
const open = propose(version, ['p1', 'p2'], 'Anna de Vries');
const changed = afterChange(open, true).round;

let hocuspocus: Hocuspocus;
let watcher: Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;
let appended = 0;
beforeEach(async () => {
  hocuspocus = new Hocuspocus({ quiet: true });
  // Keeps the doc loaded (there is no storage behind it) and is where the mirror is read.
  watcher = await hocuspocus.openDirectConnection(DRAFT);
});
afterEach(async () => {
  await watcher.disconnect();
});

/** The records: the current round, whose first read waits until `release` is called. */
function heldRecords(): { records: MemberStore; round: { value: ConsentRound }; firstRead: Promise<void>; release(): void } {
  const round = { value: open };
  let release = () => undefined as void;
  const held = new Promise<void>((r) => (release = r));
  let started = () => undefined as void;
  const firstRead = new Promise<void>((r) => (started = r));
  let reads = 0;
  const records = {
    async currentRound() {
      const value = round.value;
      if (reads++ === 0) {
        started();
        await held;
      }
      return value;
    },
  } as Partial<MemberStore> as MemberStore;
  return { records, round, firstRead, release };
}

it('writes the newest round last when an earlier mirror read the records before it', async () => {
  const { records, round, firstRead, release } = heldRecords();
  const store = { append: async () => ++appended } as Partial<DraftStore> as DraftStore;
  const live = new LiveDocs({ hocuspocus, store, isDamaged: () => false });
  const members = new Members({ records, live, store, log: () => undefined });

  const first = members.mirror(DRAFT, ['round']);
  await firstRead;
  // The round changes (the debounced check marked it changedSince) and is mirrored again.
  round.value = changed;
  const second = members.mirror(DRAFT, ['round']);
  // Only microtasks lie between a mirror's start and its place in the draft's write queue:
  // once they have run, the second mirror holds its place, then the first read may finish.
  await new Promise<void>((r) => setImmediate(r));
  release();
  await Promise.all([first, second]);

  expect(watcher.document?.getMap(SERVER_MAP).get(SERVER_KEYS.round)).toEqual(changed);
  await members.close();
});

// The members side of the server as one object: the records (store.ts), the server's writes
// into live docs (live.ts), the mirror of the summary into the Y.Map `server`, the worker
// thread that tells who changed which part (change-authors-runner.ts), and the watch
// that compares a draft changed by a client with the version of its consent round (debounced),
// marking the round changedSince and resetting an open round's consents ("starts from zero").
// Every change of a round is a compare-and-set in the database, redone from a fresh read when
// another writer (a consent, a check, another process) changed the round in between.
import * as Y from 'yjs';
import { agreementContent } from '../../core/consent/content.js';
import type { ConsentKind, ConsentRound } from '../../core/consent/contract.js';
import type { DraftStore } from '../storage/types.js';
import { summaryOf } from './access.js';
import { ChangeAuthorsRunner } from './change-authors-runner.js';
import type { LiveDocs, ServerKey } from './live.js';
import { afterChange, recordConsent } from './round.js';
import type { MemberRecord, MemberStore } from './store.js';

/** What one attempt at changing a round returns when another writer changed it since its read. */
const LOST = Symbol('round changed meanwhile');
/** Each lost attempt means another writer's change landed; a round changes only so often. */
const MAX_ATTEMPTS = 20;

export interface MembersDeps {
  records: MemberStore;
  live: LiveDocs;
  store: DraftStore;
  log(msg: string): void;
  /** How long after a client's change the draft is compared with its round's version. */
  changeDebounceMs?: number;
}

export class Members {
  readonly records: MemberStore;
  readonly live: LiveDocs;
  /** Who changed which part between two versions, replayed off the event loop. */
  readonly replays: ChangeAuthorsRunner;
  private timers = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, Promise<void>>();
  /** The agreement content per version id (versions are immutable, so this never goes stale). */
  private contents = new Map<string, string>();
  private closed = false;

  /** The drafts' storage (the update log with its authors, for who changed what). */
  get store(): DraftStore {
    return this.deps.store;
  }

  constructor(private deps: MembersDeps) {
    this.records = deps.records;
    this.live = deps.live;
    this.replays = new ChangeAuthorsRunner({ log: deps.log });
  }

  /** The summary value of one key of the Y.Map `server`, from the records. */
  private async value(id: string, key: ServerKey): Promise<unknown> {
    const r = this.records;
    switch (key) {
      case 'members':
        return (await r.members(id)).map(summaryOf);
      case 'comments':
        return r.comments(id);
      case 'versions':
        return r.versions(id);
      case 'round':
        return r.currentRound(id);
    }
  }

  /**
   * Writes the current summary of `keys` into the live doc (after every change of the records),
   * read from the records in the draft's write turn (live.ts), so the newest records win.
   */
  async mirror(id: string, keys: ServerKey[]): Promise<void> {
    await this.live.mirror(id, async () => {
      const values: Partial<Record<ServerKey, unknown>> = {};
      for (const key of keys) values[key] = await this.value(id, key);
      return values;
    });
  }

  /** The agreement content of a stored version. */
  async versionContent(id: string, versionId: string): Promise<string | null> {
    const cached = this.contents.get(versionId);
    if (cached !== undefined) return cached;
    const v = await this.records.version(id, versionId);
    if (!v) return null;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, v.state);
      const content = agreementContent(doc);
      this.contents.set(versionId, content);
      return content;
    } finally {
      doc.destroy();
    }
  }

  /** A client's update was stored: compare with the round's version a little later (debounced). */
  noteChange(id: string): void {
    if (this.closed || this.timers.has(id)) return;
    const timer = setTimeout(() => {
      this.timers.delete(id);
      const prev = this.running.get(id) ?? Promise.resolve();
      const run = prev.then(async () => void (await this.checkRound(id))).catch((e) => this.deps.log(`[samenspel] draft ${id}: round check failed: ${String(e)}`));
      this.running.set(id, run);
      void run.then(() => {
        if (this.running.get(id) === run) this.running.delete(id);
      });
    }, this.deps.changeDebounceMs ?? 300);
    timer.unref();
    this.timers.set(id, timer);
  }

  /** Runs `attempt` again, from its reads, as long as another writer changed the round first. */
  private async untilStored<T>(id: string, attempt: () => Promise<T | typeof LOST>): Promise<T> {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const out = await attempt();
      if (out !== LOST) return out;
    }
    throw new Error(`draft ${id}: the consent round changed during each of ${MAX_ATTEMPTS} attempts to change it`);
  }

  /** Compares the live doc with the current round's version; marks, resets and audits. */
  checkRound(id: string): Promise<ConsentRound | null> {
    return this.untilStored(id, async () => {
      const round = await this.records.currentRound(id);
      if (!round || round.changedSince) return round;
      const want = await this.versionContent(id, round.versionId);
      if (want === null) return round;
      const now = await this.live.read(id, (doc) => agreementContent(doc));
      const next = afterChange(round, now !== want);
      if (next.round === round) return round;
      if (!(await this.records.putRound(id, next.round, round))) return LOST;
      if (next.reset) {
        await this.records.audit(id, { action: 'reset', memberId: null, memberName: 'Samenspel', subject: round.versionId, detail: `Het concept is gewijzigd sinds versie ${round.versionN}; de instemmingen zijn vervallen.` });
      }
      await this.mirror(id, ['round', 'versions']);
      return next.round;
    });
  }

  /**
   * Records `member`'s consent, remark or objection (round.ts's rules) on the current round as
   * compared with the draft now, so it never lands on an outdated version, nor is lost to a
   * check or another consent writing at the same time. The caller audits and mirrors it.
   */
  consent(id: string, member: MemberRecord | null, kind: ConsentKind, text: string): Promise<ConsentRound> {
    return this.untilStored(id, async () => {
      const current = await this.checkRound(id);
      const next = recordConsent(current, member, kind, text);
      // recordConsent refused a missing round, so `current` is the round `next` replaces.
      return (await this.records.putRound(id, next, current!)) ? next : LOST;
    });
  }

  /** Runs the pending round checks now and waits for those running. */
  private async settle(): Promise<void> {
    for (const [id, timer] of this.timers) {
      clearTimeout(timer);
      this.timers.delete(id);
      await this.checkRound(id).catch((e) => this.deps.log(`[samenspel] draft ${id}: round check failed: ${String(e)}`));
    }
    await Promise.all(this.running.values());
  }

  /**
   * Shutdown, before the store closes: the pending round checks run (a change just stored is
   * still marked on its round), later changes are no longer watched, the worker stops.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.settle();
    await this.replays.close();
  }
}

// The members side of the server as one object: the records (store.ts), the server's writes
// into live docs (live.ts), the mirror of the summary into the Y.Map `server`, the worker
// thread that tells who changed which part (change-authors-runner.ts), and the watch
// that compares a draft changed by a client with the version of its consent round (debounced),
// marking the round changedSince and resetting an open round's consents ("starts from zero").
import * as Y from 'yjs';
import { agreementContent } from '../../core/consent/content.js';
import type { ConsentRound } from '../../core/consent/contract.js';
import type { DraftStore } from '../storage/types.js';
import { summaryOf } from './access.js';
import { ChangeAuthorsRunner } from './change-authors-runner.js';
import type { LiveDocs, ServerKey } from './live.js';
import { afterChange } from './round.js';
import type { MemberStore } from './store.js';

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
    if (this.timers.has(id)) return;
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

  /** Compares the live doc with the current round's version; marks, resets and audits. */
  async checkRound(id: string): Promise<ConsentRound | null> {
    const round = await this.records.currentRound(id);
    if (!round || round.changedSince) return round;
    const want = await this.versionContent(id, round.versionId);
    if (want === null) return round;
    const now = await this.live.read(id, (doc) => agreementContent(doc));
    const next = afterChange(round, now !== want);
    if (next.round === round) return round;
    await this.records.putRound(id, next.round);
    if (next.reset) {
      await this.records.audit(id, { action: 'reset', memberId: null, memberName: 'Samenspel', subject: round.versionId, detail: `Het concept is gewijzigd sinds versie ${round.versionN}; de instemmingen zijn vervallen.` });
    }
    await this.mirror(id, ['round', 'versions']);
    return next.round;
  }

  /** Waits for pending round checks (tests, shutdown). */
  async settle(): Promise<void> {
    for (const [id, timer] of this.timers) {
      clearTimeout(timer);
      this.timers.delete(id);
      await this.checkRound(id).catch(() => undefined);
    }
    await Promise.all(this.running.values());
  }

  /** Shutdown: drops pending round checks and stops the change-authors worker. */
  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.replays.close();
  }
}

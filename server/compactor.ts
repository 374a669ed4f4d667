// Background compaction: folds a draft's update log into its snapshot, from storage only
// (never from memory), one draft at a time. A damaged draft (an update altered, unreadable or
// waiting on missing content) is never compacted: that would bake the loss into a snapshot.
import * as Y from 'yjs';
import { buildDoc } from './load.js';
import type { DraftStore } from './storage/types.js';

export class Compactor {
  private queue = new Set<string>();
  private counts = new Map<string, number>();
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Found damaged since start: not fetched again by the sweep (it stays read-only, so unchanged). */
  private damaged = new Set<string>();

  constructor(
    private store: DraftStore,
    private opts: { intervalMs: number; minUpdates: number; log(msg: string): void },
  ) {}

  start(): void {
    if (this.opts.intervalMs > 0) {
      this.timer = setInterval(() => void this.sweep(), this.opts.intervalMs);
      this.timer.unref();
    }
  }

  /** Counts appends; a draft that reaches minUpdates is queued for compaction. */
  noteAppend(id: string): void {
    const n = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, n);
    if (n >= this.opts.minUpdates) {
      this.counts.delete(id);
      this.enqueue(id);
    }
  }

  enqueue(id: string): void {
    if (this.stopped) return;
    this.queue.add(id);
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
  }

  async sweep(): Promise<void> {
    try {
      for (const id of await this.store.draftsToCompact(this.opts.minUpdates, 50)) if (!this.damaged.has(id)) this.enqueue(id);
    } catch (e) {
      this.opts.log(`[samenspel] compaction sweep failed: ${String(e)}`);
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0 && !this.stopped) {
      const id = this.queue.values().next().value as string;
      this.queue.delete(id);
      await this.compactNow(id);
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Compacts one draft; returns the number of updates folded in. */
  async compactNow(id: string): Promise<number> {
    try {
      const stored = await this.store.fetch(id);
      if (!stored || stored.updates.length === 0) return 0;
      const { doc, merged, damaged, unreadable } = buildDoc(stored, this.opts.log);
      if (damaged) {
        doc.destroy();
        this.damaged.add(id);
        this.opts.log(`[samenspel] compaction of draft ${id} skipped: damaged (${unreadable.length} stored updates unusable)`);
        return 0;
      }
      const snapshot = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await this.store.compact(id, snapshot, merged);
      return merged.length;
    } catch (e) {
      this.opts.log(`[samenspel] compaction of draft ${id} skipped: ${String(e)}`);
      return 0;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

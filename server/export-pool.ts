// The exporter the server uses: .docx and Markdown are rendered in worker threads, so the
// event loop (every draft's sync) never waits on rendering. A bounded queue in front of the
// workers (full: ExportBusy, answered 503 with Retry-After) and a per-token rate limit
// (answered 429). With no worker module or 0 workers it renders inline as before (only the
// per-token limit applies).
import type { Worker } from 'node:worker_threads';
import { startWorker } from './worker-thread.js';
import * as Y from 'yjs';
import type { Adoption } from '../core/render/adoption.js';
import { buildDoc } from './load.js';
import type { ExportSettings } from './config.js';
import type { StoredDraft } from './storage/types.js';
import { SlidingWindow } from './throttle.js';

/** The server's export settings (workers, queue, per-token limit, timeout), plus: */
export interface ExportPoolOptions extends ExportSettings {
  /** The module a worker runs (export-worker.ts); absent: inline. */
  worker?: URL | undefined;
  /** Renders inline (no worker) and answers json: the server's exporter, shaped as this pool (http/api.ts's Exporter). */
  inline: Pick<ExportPool, 'docx' | 'markdown' | 'json'>;
  log(msg: string): void;
}

const MAX_FAILURES = 3;

/** An open doc in the shape of a stored draft (its state as the snapshot). */
const asStored = (doc: Y.Doc): StoredDraft => ({ id: 'open-doc', createdAt: '', snapshot: Y.encodeStateAsUpdate(doc), snapshotIntact: true, updates: [] });

export type ExportFormat = 'docx' | 'markdown';
export interface ExportJob {
  id: number;
  format: ExportFormat;
  /** The draft as stored (snapshot and update log): the worker rebuilds it, not the event loop. */
  stored: StoredDraft;
  lang: 'nl' | 'en' | undefined;
  /** A version's .docx: its vaststelling page. */
  adoption?: Adoption | undefined;
}
export type ExportReply = { id: number; ok: true; result: Uint8Array | string; threadId: number } | { id: number; ok: false; message: string };

/** The queue is full: try again after retryAfterMs. */
export class ExportBusy extends Error {
  constructor(readonly retryAfterMs: number) {
    super('export queue full');
  }
}

interface Waiting {
  job: ExportJob;
  resolve(result: Uint8Array | string): void;
  reject(e: unknown): void;
}

interface Slot {
  worker: Worker;
  busy: Waiting | null;
  timer: NodeJS.Timeout | null;
  started: number;
}

export class ExportPool {
  private slots: Slot[] = [];
  private queue: Waiting[] = [];
  private perToken: SlidingWindow;
  private nextId = 1;
  /** Running average of one export's duration, for Retry-After. */
  private averageMs = 1000;
  private closed = false;
  /** Workers that failed in a row without finishing an export; at MAX_FAILURES the pool gives up. */
  private failures = 0;
  /** Thread ids that answered an export (tests and logs see where rendering ran). */
  readonly threads = new Set<number>();

  constructor(private opts: ExportPoolOptions) {
    this.perToken = new SlidingWindow(opts.perTokenPerMinute, 60_000);
    if (opts.worker) for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn());
  }

  /** Milliseconds the holder of this token hash must wait before exporting (0: go ahead); counts the export when it may. */
  admit(tokenHash: string): number {
    if (this.perToken.take(tokenHash)) return 0;
    return Math.max(1, this.perToken.waitFor(tokenHash));
  }

  async docx(doc: Y.Doc, lang?: 'nl' | 'en', adoption?: Adoption): Promise<Uint8Array> {
    return (await this.render('docx', doc, lang, adoption)) as Uint8Array;
  }

  async markdown(doc: Y.Doc, lang?: 'nl' | 'en'): Promise<string> {
    return (await this.render('markdown', doc, lang)) as string;
  }

  json(doc: Y.Doc): unknown {
    return this.opts.inline.json(doc);
  }

  /** Queued and running exports. */
  load(): { queued: number; running: number } {
    return { queued: this.queue.length, running: this.slots.filter((s) => s.busy).length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error('server shutting down'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private busyError(): ExportBusy {
    const workers = Math.max(1, this.slots.length);
    return new ExportBusy(Math.max(1000, ((this.queue.length + workers) / workers) * this.averageMs));
  }

  /**
   * Renders a draft: as stored (the worker rebuilds it), or an open doc. Rejects with
   * ExportBusy when every worker is busy and the queue is full.
   */
  render(format: ExportFormat, source: StoredDraft | Y.Doc, lang: 'nl' | 'en' | undefined, adoption?: Adoption): Promise<Uint8Array | string> {
    if (this.closed) return Promise.reject(new Error('server shutting down'));
    if (this.failures >= MAX_FAILURES) return Promise.reject(new Error('export workers keep failing'));
    if (this.slots.length === 0) {
      const doc = source instanceof Y.Doc ? source : buildDoc(source, this.opts.log).doc;
      const done = format === 'docx' ? this.opts.inline.docx(doc, lang, adoption) : this.opts.inline.markdown(doc, lang);
      return source instanceof Y.Doc ? done : done.finally(() => doc.destroy());
    }
    const idle = this.slots.find((s) => !s.busy);
    if (!idle && this.queue.length >= this.opts.maxQueue) return Promise.reject(this.busyError());
    const job: ExportJob = { id: this.nextId++, format, stored: source instanceof Y.Doc ? asStored(source) : source, lang, adoption };
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { job, resolve, reject };
      if (idle) this.start(idle, waiting);
      else this.queue.push(waiting);
    });
  }

  private note(ms: number): void {
    this.averageMs = this.averageMs * 0.7 + ms * 0.3;
  }

  private spawn(): Slot {
    const worker = startWorker(this.opts.worker as URL);
    worker.unref();
    const slot: Slot = { worker, busy: null, timer: null, started: 0 };
    worker.on('message', (reply: ExportReply) => {
      const waiting = slot.busy;
      if (!waiting || reply.id !== waiting.job.id) return;
      this.finish(slot);
      this.note(performance.now() - slot.started);
      if (reply.ok) {
        this.failures = 0;
        if (!this.threads.has(reply.threadId)) this.opts.log(`[samenspel] exports render in worker thread ${reply.threadId}`);
        this.threads.add(reply.threadId);
        waiting.resolve(reply.result);
      } else waiting.reject(new Error(`export failed: ${reply.message}`));
      this.next(slot);
    });
    worker.on('error', (e) => this.replace(slot, e));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new Error(`export worker exited (${code})`));
    });
    return slot;
  }

  private start(slot: Slot, waiting: Waiting): void {
    slot.busy = waiting;
    slot.started = performance.now();
    slot.timer = setTimeout(() => {
      this.opts.log(`[samenspel] export #${waiting.job.id} took longer than ${this.opts.timeoutMs} ms; its worker is stopped`);
      void slot.worker.terminate();
    }, this.opts.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage(waiting.job);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
  }

  private next(slot: Slot): void {
    const waiting = this.queue.shift();
    if (waiting) this.start(slot, waiting);
  }

  /** A worker failed or exited: its export fails, a new worker takes its place and the queue. */
  private replace(slot: Slot, e: unknown): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const waiting = slot.busy;
    this.finish(slot);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    waiting?.reject(e);
    if (++this.failures >= MAX_FAILURES) {
      this.opts.log(`[samenspel] export worker failed ${MAX_FAILURES} times in a row (${String(e)}); exports are unavailable`);
      this.slots.splice(i, 1);
      for (const w of this.queue.splice(0)) w.reject(e);
      return;
    }
    this.opts.log(`[samenspel] export worker failed (${String(e)}); starting a new one`);
    const fresh = this.spawn();
    this.slots[i] = fresh;
    this.next(fresh);
  }
}

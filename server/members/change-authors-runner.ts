// Runs "who changed which part" (change-authors.ts) in one worker thread, started on first use
// and kept (unref'd while idle: it never keeps the process alive) until the server's shutdown
// closes it (Members.close), so replaying a large draft's updates never holds the event loop
// that every draft's sync shares. Jobs run one after another in the worker. When the worker
// cannot start or dies, the job runs inline instead (it yields every few milliseconds there)
// and the next job tries a new worker.
import type { Worker } from 'node:worker_threads';
import type { PartAuthors } from '../../core/consent/contract.js';
import { startWorker } from '../worker-thread.js';
import { changeAuthors, type ReplayJob } from './change-authors.js';

type Reply = { id: number; ok: true; parts: Record<string, PartAuthors> } | { id: number; ok: false; message: string };

interface Pending {
  resolve(parts: Record<string, PartAuthors>): void;
  reject(e: unknown): void;
}

class WorkerStopped extends Error {}

export class ChangeAuthorsRunner {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private opts: { module?: URL; log(msg: string): void } = { log: () => undefined }) {}

  run(job: ReplayJob): Promise<Record<string, PartAuthors>> {
    const worker = this.closed ? null : this.start();
    if (!worker) return changeAuthors(job);
    const id = this.nextId++;
    const inWorker = new Promise<Record<string, PartAuthors>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, job });
    });
    // A worker that died takes the job with it: run it here instead.
    return inWorker.catch((e: unknown) => (e instanceof WorkerStopped ? changeAuthors(job) : Promise.reject(e)));
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = startWorker(this.opts.module ?? new URL('./change-authors-worker.ts', import.meta.url));
    } catch (e) {
      this.opts.log(`[samenspel] change-authors worker did not start: ${String(e)}`);
      return null;
    }
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) p.resolve(reply.parts);
      else p.reject(new Error(reply.message));
    });
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.opts.log(`[samenspel] change-authors worker stopped: ${why}`);
      for (const p of this.pending.values()) p.reject(new WorkerStopped(why));
      this.pending.clear();
    };
    worker.on('error', (e) => fail(String(e)));
    worker.on('exit', (code) => fail(`exit ${code}`));
    this.worker = worker;
    return worker;
  }

  /** Stops the worker; jobs still in it, and any later ones, run inline. */
  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new WorkerStopped('closed'));
    this.pending.clear();
    await w?.terminate();
  }
}

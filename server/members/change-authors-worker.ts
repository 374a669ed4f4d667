// The module the change-authors worker thread runs (change-authors-runner.ts): it replays a
// draft's stored updates between two versions (change-authors.ts) off the event loop.
import { parentPort } from 'node:worker_threads';
import { changeAuthors, type ReplayJob } from './change-authors.js';

const port = parentPort;
if (!port) throw new Error('change-authors-worker.ts runs only as a worker thread');

port.on('message', async (msg: { id: number; job: ReplayJob }) => {
  try {
    port.postMessage({ id: msg.id, ok: true, parts: await changeAuthors(msg.job) });
  } catch (e) {
    port.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});

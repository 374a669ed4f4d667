// Starting a worker thread on a module of the server. The server runs from source under tsx,
// and loader hooks of the main thread do not reach a worker's entry module, so a TypeScript
// module gets tsx registered in the thread first. Used by the SQLite thread and the export pool.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(module: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`, { ...options, eval: true });
}

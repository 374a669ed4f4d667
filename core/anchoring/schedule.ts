// Work in small steps: anchoring is written as generators that yield after each bounded
// piece of work (a window of exact search, a chunk of fuzzy search, one annotation), so
// the same code runs to the end at once (`runToEnd`) or time-sliced (`runSliced`): steps
// until the slice's budget is spent, then a pause (an idle callback, a timer) that lets
// the page handle input and paint. No platform API here: the caller passes the pause.

/** A computation in steps: each `yield` is a point where it may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Run all steps now and return the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Thrown (as the promise's rejection) when a sliced run was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export interface SliceOptions {
  /** Milliseconds of work per slice before pausing (default 8: half a 60 Hz frame). */
  budgetMs?: number;
  /** Let the page run between slices; default a zero timer. */
  pause?: () => Promise<void>;
  /** Clock in milliseconds; default performance.now (or Date.now). */
  now?: () => number;
  /** Checked between steps: true stops the run with a CancelledError. */
  cancelled?: () => boolean;
  /** Told the length of each slice in ms (the longest is how long the page was kept waiting). */
  onSlice?: (ms: number) => void;
}

const defaultNow = (): number =>
  typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Run the steps in slices of about `budgetMs`, pausing between slices. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? defaultNow;
  const pause = options.pause ?? defaultPause;
  for (;;) {
    if (options.cancelled?.()) {
      steps.return(undefined as never);
      throw new CancelledError();
    }
    const start = now();
    for (;;) {
      const r = steps.next();
      if (r.done) {
        options.onSlice?.(now() - start);
        return r.value;
      }
      if (now() - start >= budget || options.cancelled?.()) break;
    }
    options.onSlice?.(now() - start);
    await pause();
  }
}

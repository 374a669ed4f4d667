// Per-address counting for the server's doors: a sliding window (at most `limit` events per
// key in the last `windowMs`), and on it the wrong-token throttle that HTTP and /sync share.

export class SlidingWindow {
  private events = new Map<string, number[]>();
  private calls = 0;
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
  ) {}

  private recent(key: string, now: number): number[] {
    if (++this.calls % 256 === 0) this.sweep(now);
    const times = (this.events.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length) this.events.set(key, times);
    else this.events.delete(key);
    return times;
  }

  /** Milliseconds until key may have another event; 0 when it may now. */
  waitFor(key: string, now = Date.now()): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    return (times[times.length - this.limit] ?? now) + this.windowMs - now;
  }

  /** Events of key in the window. */
  count(key: string, now = Date.now()): number {
    return this.recent(key, now).length;
  }

  /** Records an event when key is under its limit; false (nothing recorded) when it is not. */
  take(key: string, now = Date.now()): boolean {
    if (this.waitFor(key, now) > 0) return false;
    const times = this.events.get(key) ?? [];
    times.push(now);
    this.events.set(key, times);
    return true;
  }

  /** Forgets keys with no events in the window. */
  sweep(now = Date.now()): void {
    for (const [key, times] of this.events) if (times.every((t) => now - t >= this.windowMs)) this.events.delete(key);
  }
}

/** What a throttled token check gives: what the lookup found (null: a wrong token), or how long to wait. */
export type Checked<T> = { found: T | null } | { waitMs: number };

/**
 * Wrong tokens per address, over HTTP and /sync together: after `limit` failures in a window
 * the address must wait. Checks whose lookup is still running count against the limit, so
 * parallel guesses cannot slip past it together: a check that would go over waits until one of
 * them is answered (a lookup takes milliseconds), and is refused only when the address has
 * really used up its wrong tokens. So many people behind one address (a library's workshop
 * behind one NAT) opening their links at once all get in. Every failure is logged with the
 * address (never the token); a block once per window, so a flood does not flood the log.
 */
export class FailedAttempts {
  private failures: SlidingWindow;
  private announced: SlidingWindow;
  /** Lookups running per address, and the checks waiting for one of them to be answered. */
  private running = new Map<string, { count: number; waiting: (() => void)[] }>();
  constructor(
    private limit: number,
    private log: (msg: string) => void,
    windowMs = 60_000,
  ) {
    this.failures = new SlidingWindow(limit, windowMs);
    this.announced = new SlidingWindow(1, windowMs);
  }

  /** Whether address has used up its wrong tokens for now. */
  mustWait(address: string): boolean {
    return this.failures.waitFor(address) > 0;
  }

  /** Runs lookup (a token check) for address unless the address must wait; `where` says what it tried. */
  async check<T>(address: string, where: string, lookup: () => Promise<T | null>): Promise<Checked<T>> {
    for (;;) {
      const waitMs = this.failures.waitFor(address);
      if (waitMs > 0) {
        if (this.announced.take(address)) this.log(`[samenspel] too many wrong tokens from ${address}: refusing its attempts for ${Math.ceil(waitMs / 1000)} s`);
        return { waitMs };
      }
      const running = this.running.get(address);
      if (!running || this.failures.count(address) + running.count < this.limit) break;
      if (running.waiting.length >= MAX_WAITING) return { waitMs: 1000 };
      await new Promise<void>((resolve) => running.waiting.push(resolve));
    }
    const running = this.running.get(address) ?? { count: 0, waiting: [] };
    this.running.set(address, running);
    running.count++;
    let found: T | null;
    try {
      found = await lookup();
    } finally {
      running.count--;
      const woken = running.waiting.splice(0);
      if (running.count === 0 && this.running.get(address) === running) this.running.delete(address);
      for (const wake of woken) wake();
    }
    if (found === null) {
      this.failures.take(address);
      this.log(`[samenspel] wrong token from ${address} (${where})`);
    }
    return { found };
  }
}

/** Checks of one address waiting for a running lookup at most; more are told to come back. */
const MAX_WAITING = 256;

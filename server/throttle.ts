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

  /** Takes back the latest event of key. */
  untake(key: string): void {
    this.events.get(key)?.pop();
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
 * the address must wait. A check counts as a failure while its lookup runs, so parallel
 * guesses cannot slip past the limit together. Every failure is logged with the address
 * (never the token); a block once per window, so a flood does not flood the log.
 */
export class FailedAttempts {
  private failures: SlidingWindow;
  private announced: SlidingWindow;
  constructor(
    limit: number,
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
    if (!this.failures.take(address)) {
      const waitMs = this.failures.waitFor(address);
      if (this.announced.take(address)) this.log(`[samenspel] too many wrong tokens from ${address}: refusing its attempts for ${Math.ceil(waitMs / 1000)} s`);
      return { waitMs };
    }
    let found: T | null;
    try {
      found = await lookup();
    } catch (e) {
      this.failures.untake(address);
      throw e;
    }
    if (found === null) this.log(`[samenspel] wrong token from ${address} (${where})`);
    else this.failures.untake(address);
    return { found };
  }
}

// How long to wait before the next reconnect: exponential in the number of failed attempts
// since the last healthy connection, capped, with ±50 % jitter so that many clients refused
// at once (a full disk, a restart) do not come back in step.

export interface BackoffPolicy {
  /** Delay after the first failure (ms). */
  base: number;
  /** Upper bound before jitter (ms). */
  max: number;
}

/** The wait after `failures` failed attempts (1 = the first), between 50 % and 150 % of min(max, base · 2^(failures−1)). */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponent = Math.max(0, failures - 1);
  const plain = Math.min(policy.max, policy.base * 2 ** Math.min(exponent, 30));
  return Math.round(plain * (0.5 + random()));
}

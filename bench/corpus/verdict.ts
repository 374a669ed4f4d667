// Judging an anchoring result against where the passage really went (the edit's map from
// old to new offsets): correct, orphaned or placed wrongly. Shared by the bench and the
// accuracy tests, so both count the same way.
import type { Edited } from './pages.js';

export type Verdict = 'correct' | 'orphaned' | 'wrong';

/**
 * Correct: at least half of what is left of the original passage lies in the result, and at
 * least half of the result is what is left of it. Text inserted into the passage (between
 * its first and last surviving characters) counts neither way: a passage with a sentence
 * added in the middle is still that passage. `gone`: less than half of it is left, so
 * orphaning it is right too.
 */
export function judge(result: { start: number; end: number } | null, start: number, end: number, { map }: Edited): { verdict: Verdict; gone: boolean } {
  let kept = 0;
  let inside = 0;
  let first = -1;
  let last = -1;
  for (let k = start; k < end; k++) {
    const m = map[k]!;
    if (m < 0) continue;
    kept++;
    if (first < 0) first = m;
    last = m;
    if (result && m >= result.start && m < result.end) inside++;
  }
  const gone = kept < (end - start) / 2;
  if (!result) return { verdict: 'orphaned', gone };
  // The edits keep the order of the text, so what lies between the passage's first and last
  // surviving characters is the passage or text inserted into it.
  const lo = Math.max(result.start, first);
  const hi = Math.min(result.end, last + 1);
  const inserted = kept > 0 && hi > lo ? hi - lo - inside : 0;
  const counted = result.end - result.start - inserted;
  const ok = kept > 0 && inside >= kept / 2 && inside >= counted / 2;
  return { verdict: ok ? 'correct' : 'wrong', gone };
}

// Edit-distance similarity of stored context (prefix, suffix) to the text around a
// candidate place. The context must touch the candidate: a prefix is aligned to end where
// the quote starts, a suffix to start where the quote ends; the far end may drift a little.

/** Extra characters of page text looked at beyond the context length, for insertions. */
const SLACK = 8;

/**
 * Edit distance between `pattern` and a prefix of `text`, where the text may stop
 * anywhere (free trailing text): min over j of lev(pattern, text[0, j)).
 * With `reversed`, both strings are read from their ends, so one routine serves both sides.
 */
function anchoredDistance(pattern: string, reversed: boolean, text: string): number {
  const m = pattern.length;
  const n = text.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = reversed ? pattern.charCodeAt(m - i) : pattern.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const tc = reversed ? text.charCodeAt(n - j) : text.charCodeAt(j - 1);
      const sub = prev[j - 1]! + (pc === tc ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

/** Similarity (0..1) of the text just before `start` to the stored `prefix`. */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  const window = text.slice(Math.max(0, start - prefix.length - SLACK), start);
  if (window.endsWith(prefix)) return 1;
  return 1 - anchoredDistance(prefix, true, window) / prefix.length;
}

/** Similarity (0..1) of the text just after `end` to the stored `suffix`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  const window = text.slice(end, end + suffix.length + SLACK);
  if (window.startsWith(suffix)) return 1;
  return 1 - anchoredDistance(suffix, false, window) / suffix.length;
}

/**
 * The quote aligned to start exactly at `start`: the end that fits it best and the edit
 * distance there. Used to score the place the position selector (or the neighbours)
 * predicts, which plain searching can miss when a similar passage nearby is closer in
 * edit distance.
 */
export function alignAt(text: string, start: number, pattern: string): { end: number; errors: number } {
  const window = text.slice(start, start + pattern.length + Math.max(SLACK, pattern.length >> 2));
  const m = pattern.length;
  const n = window.length;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (pc === window.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let j = 1; j <= n; j++) if (prev[j]! < prev[best]!) best = j;
  return { end: start + best, errors: prev[best]! };
}

/**
 * How the page text `text[start, end)` aligns to `pattern` (global edit-distance
 * alignment): for each character of the text, +1 when it is aligned to the same character
 * of the pattern, -1 when it is inserted or substituted. Quadratic: keep both short.
 */
export function agreement(text: string, start: number, end: number, pattern: string): Int8Array {
  const m = pattern.length;
  const n = end - start;
  // Directions of the optimal path: 0 diagonal, 1 up (pattern char deleted), 2 left (text char inserted).
  const dir = new Uint8Array((m + 1) * (n + 1));
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
    dir[j] = 2;
  }
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    dir[i * (n + 1)] = 1;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (pc === text.charCodeAt(start + j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      let best = sub;
      let d = 0;
      if (del < best) {
        best = del;
        d = 1;
      }
      if (ins < best) {
        best = ins;
        d = 2;
      }
      cur[j] = best;
      dir[i * (n + 1) + j] = d;
    }
    [prev, cur] = [cur, prev];
  }
  const out = new Int8Array(n).fill(-1);
  for (let i = m, j = n; i > 0 && j > 0; ) {
    const d = dir[i * (n + 1) + j]!;
    if (d === 0) {
      if (pattern.charCodeAt(i - 1) === text.charCodeAt(start + j - 1)) out[j - 1] = 1;
      i--;
      j--;
    } else if (d === 1) i--;
    else j--;
  }
  return out;
}

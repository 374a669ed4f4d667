// Re-anchoring selectors in a (possibly changed) page text. Cheapest evidence first:
// 1. the stored position still holds the quote with its context;
// 2. the exact quote with its exact context, nearest to the expected place;
// 3. every exact occurrence scored on its context, and fuzzy matches (approx-string-match)
//    in windows widening around the expected place, for the quote alone and for the quote
//    with its context, errors bounded by what could still pass the thresholds.
// Candidates are scored on quote, prefix, suffix and position (weights 50/20/20/2, as
// Hypothesis). Below the thresholds the result is null, so an annotation is shown as
// orphaned rather than confidently in the wrong place; a near place is preferred over a far
// copy that scores about as well, since pages repeat text (menus, teasers, boilerplate).
// anchorAll anchors a whole page: perfect matches first, then the rest in the region their
// neighbours' shifts predict.
import approxSearch from 'approx-string-match';
import {
  findPosition,
  findQuote,
  type AnchorResult,
  type SelectorInput,
  type TextQuoteSelector,
} from './selectors.js';
import { alignAt, prefixSimilarity, suffixSimilarity } from './similarity.js';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** A candidate must keep at least this share of the quote (1 - errors / length). */
export const MIN_QUOTE_SCORE = 0.75;
/** And reach at least this combined score. */
export const MIN_SCORE = 0.75;
/** And its context must agree at least this much on average (prefix and suffix); more for short quotes. */
export const MIN_CONTEXT_SCORE = 0.5;

/** A quote shorter than 64 characters also needs some agreement on both sides. */
export const MIN_SIDE_SCORE = 0.35;
/** Distance from the expected place within which a candidate counts as near (no region known). */
const NEAR_DISTANCE = 4_096;
/** How much lower a near candidate may score than a far one and still be chosen. */
const NEAR_PREFERENCE = 0.1;
/** Near-ties (within this score) between different places are decided by distance to the expected place. */
const AMBIGUITY_MARGIN = 0.05;
/** Longest quote also aligned exactly at the expected place (quadratic, so bounded). */
const MAX_ALIGNED_QUOTE = 512;
/** Half-widths of the search windows around the expected place, widest last. */
const WINDOWS = [256, 2_048, 32_768, Number.POSITIVE_INFINITY];
/** A window wider than this is searched in one scan (quote with context). */
const WIDE = 65_536;
/** Most exact occurrences scored (nearest to the expected place first). */
const MAX_EXACT_SCORED = 256;
/** Most fuzzy matches scored per search. */
const MAX_FUZZY_SCORED = 32;
/** Longest quote searched fuzzily; longer quotes are matched on their head and tail. */
const MAX_FUZZY_QUOTE = 2_048;

export interface AnchorOptions {
  /** Expected start offset; defaults to the TextPositionSelector's start. */
  hint?: number;
  /**
   * Where the passage must be, when that is known (anchorAll learns it from the places of
   * neighbouring annotations). Outside it only a perfect match (exact quote and context)
   * is accepted: a near-copy of the passage elsewhere is not taken for it.
   */
  near?: { start: number; end: number };
  /** true: only a perfect match (exact quote with exact context); cheap. Default false. */
  perfectOnly?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the candidate text and the quote. */
  errors: number;
}

interface Scored extends AnchorResult {
  quoteScore: number;
  contextScore: number;
  /** The weaker of prefix and suffix similarity. */
  weakerSide: number;
}

function scoreCandidate(text: string, q: TextQuoteSelector, c: Candidate, hint: number | null): Scored {
  const quoteScore = Math.max(0, 1 - c.errors / q.exact.length);
  const prefixScore = prefixSimilarity(text, c.start, q.prefix);
  const suffixScore = suffixSimilarity(text, c.end, q.suffix);
  const positionScore = hint === null || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return {
    start: c.start,
    end: c.end,
    score: raw / TOTAL_WEIGHT,
    quoteScore,
    contextScore: (prefixScore + suffixScore) / 2,
    weakerSide: Math.min(prefixScore, suffixScore),
  };
}

/**
 * Short quotes carry little evidence of their own (and repeat often: menu items, "Lees
 * meer"), so the shorter the quote, the more its context must agree.
 */
export function minContextScore(quoteLength: number): number {
  return quoteLength >= 64 ? MIN_CONTEXT_SCORE : quoteLength >= 32 ? MIN_CONTEXT_SCORE + 0.1 : MIN_CONTEXT_SCORE + 0.2;
}

function acceptable(s: Scored | null, quoteLength: number): s is Scored {
  return (
    s !== null &&
    s.quoteScore >= MIN_QUOTE_SCORE &&
    s.score >= MIN_SCORE &&
    s.contextScore >= minContextScore(quoteLength) &&
    (quoteLength >= 64 || s.weakerSide >= MIN_SIDE_SCORE)
  );
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score ? b : a;
}

function nearest<T extends { start: number }>(items: T[], hint: number | null, max: number): T[] {
  if (items.length <= max) return items;
  if (hint === null) return items.slice(0, max);
  return [...items].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, max);
}

function hasExactContext(text: string, q: TextQuoteSelector, start: number, end: number): boolean {
  return start >= q.prefix.length && text.startsWith(q.prefix, start - q.prefix.length) && text.startsWith(q.suffix, end);
}

/** Every exact occurrence of the quote (capped). */
function exactOccurrences(text: string, q: TextQuoteSelector): Candidate[] {
  const len = q.exact.length;
  const found: Candidate[] = [];
  for (let at = text.indexOf(q.exact); at !== -1 && found.length < 10_000; at = text.indexOf(q.exact, at + 1)) {
    found.push({ start: at, end: at + len, errors: 0 });
  }
  return found;
}

/** Fuzzy matches of `pattern` in text[lo, hi), as offsets into `text`. */
function search(text: string, lo: number, hi: number, pattern: string, maxErrors: number): Candidate[] {
  const region = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  return approxSearch(region, pattern, maxErrors).map((m) => ({ start: lo + m.start, end: lo + m.end, errors: m.errors }));
}

/**
 * Stage 3 in one window: the quote alone, and the quote with its context (which finds the
 * right place when a better-matching copy of the quote sits elsewhere in the window).
 */
function fuzzyStage(
  text: string,
  q: TextQuoteSelector,
  hint: number | null,
  lo: number,
  hi: number,
  wide: boolean,
): Scored | null {
  // Very long quotes: match the head, then take the stored length (keeps the work bounded).
  const exact = q.exact.length > MAX_FUZZY_QUOTE ? q.exact.slice(0, MAX_FUZZY_QUOTE) : q.exact;
  const quoteErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_QUOTE_SCORE)));
  const grow = q.exact.length - exact.length;
  let best: Scored | null = null;
  const consider = (c: Candidate) => {
    const full = grow > 0 ? { start: c.start, end: Math.min(text.length, c.end + grow), errors: c.errors } : c;
    best = better(best, scoreCandidate(text, q, full, hint));
  };
  const hasContext = q.prefix.length + q.suffix.length > 0;
  // Over a wide stretch (the whole page), one scan: with its context, since a place found
  // by the quote alone would have to pass the context threshold anyway.
  if (!wide || !hasContext) {
    for (const c of nearest(search(text, lo, hi, exact, quoteErrors), hint, MAX_FUZZY_SCORED)) consider(c);
  }
  if (hasContext) {
    const pattern = q.prefix + exact + q.suffix;
    const contextErrors = Math.min(
      256,
      quoteErrors + Math.floor((q.prefix.length + q.suffix.length) * (1 - MIN_CONTEXT_SCORE)),
    );
    for (const m of nearest(search(text, lo, hi, pattern, contextErrors), hint, 8)) {
      // Find the quote inside the match, closest to where the prefix ends.
      const expected = m.start + q.prefix.length;
      const inner = search(text, m.start, m.end, exact, quoteErrors);
      let pick: Candidate | null = null;
      for (const c of inner) if (!pick || Math.abs(c.start - expected) < Math.abs(pick.start - expected)) pick = c;
      if (pick) consider(pick);
    }
  }
  return best;
}

/**
 * The best place for `selectors` in `text`, or null when no place is good enough.
 * Needs a TextQuoteSelector; a TextPositionSelector (or `options.hint`) speeds it up and
 * breaks ties between equally good places.
 */
export function anchorSelectors(
  text: string,
  selectors: readonly SelectorInput[],
  options: AnchorOptions = {},
): AnchorResult | null {
  const q = findQuote(selectors);
  if (!q || q.exact.length === 0 || text.length === 0) return null;
  const pos = findPosition(selectors);
  const rawHint = options.hint ?? pos?.start;
  const hint = typeof rawHint === 'number' && Number.isFinite(rawHint) ? Math.max(0, Math.min(text.length, rawHint)) : null;

  // 1. The stored position, quote and context unchanged.
  if (hint !== null && text.startsWith(q.exact, hint) && hasExactContext(text, q, hint, hint + q.exact.length)) {
    return { start: hint, end: hint + q.exact.length, score: 1 };
  }

  // 2. The exact quote with its exact context, nearest to the expected place.
  const near = options.near ?? null;
  const allowed = (c: { start: number }) => !near || (c.start >= near.start && c.start <= near.end);
  const isNear = (c: { start: number }) =>
    near ? allowed(c) : hint !== null && Math.abs(c.start - hint) <= NEAR_DISTANCE;
  const occurrences = exactOccurrences(text, q);
  const perfectAt = nearest(
    occurrences.filter((c) => hasExactContext(text, q, c.start, c.end)),
    hint,
    1,
  )[0];
  const perfect = perfectAt ? scoreCandidate(text, q, perfectAt, hint) : null;
  if (perfect && (isNear(perfect) || (options.perfectOnly && !near))) return result(perfect);
  if (options.perfectOnly) return null;

  // Otherwise every candidate competes on its score: exact occurrences by their context...
  let best: Scored | null = null;
  let bestNear: Scored | null = null;
  const pool: Scored[] = [];
  /** The quote (nearly) is in the expected region, even if its context does not agree. */
  let quoteNear = false;
  const consider = (s: Scored | null) => {
    if (!s || !allowed(s)) return;
    const close = isNear(s);
    if (close && s.quoteScore >= MIN_QUOTE_SCORE) quoteNear = true;
    if (!acceptable(s, q.exact.length)) return;
    pool.push(s);
    best = better(best, s);
    if (close) bestNear = better(bestNear, s);
  };
  for (const c of nearest(occurrences.filter(allowed), hint, MAX_EXACT_SCORED)) consider(scoreCandidate(text, q, c, hint));
  // The quote aligned exactly where it is expected.
  if (hint !== null && q.exact.length <= MAX_ALIGNED_QUOTE) {
    const { end, errors } = alignAt(text, hint, q.exact);
    if (end > hint) consider(scoreCandidate(text, q, { start: hint, end, errors }, hint));
  }

  // 3. ... and fuzzy matches, in windows widening around the expected place (only the
  // nearest ones when a perfect copy exists further away). The first window is tight: in
  // text that repeats itself, a similar passage elsewhere can be closer in edit distance
  // than the edited passage itself, and only its place tells them apart.
  const windows: [number, number][] = [];
  if (near) {
    if (hint !== null) windows.push([hint - WINDOWS[0]!, hint + q.exact.length + WINDOWS[0]!]);
    windows.push([near.start, near.end + q.exact.length]);
  }
  else if (hint === null) windows.push([0, text.length]);
  else for (const half of perfect ? WINDOWS.slice(0, 2) : WINDOWS) windows.push([hint - half, hint + q.exact.length + half]);
  for (const [from, to] of windows) {
    const lo = Math.max(0, from - q.prefix.length);
    const hi = Math.min(text.length, to + q.suffix.length);
    consider(fuzzyStage(text, q, hint, lo, hi, hi - lo > WIDE));
    if (best || (lo === 0 && hi === text.length)) break;
  }

  let chosen: Scored | null;
  if (near) {
    // The region is known: the best place in it; else a perfect copy elsewhere (the passage
    // moved as a whole), unless the quote is still in the region in changed context.
    chosen = best ?? (perfect && !quoteNear ? perfect : null);
  } else {
    // Position is weak evidence in the scores, but a passage is far more often edited in
    // place than moved: a near place that scores almost as well beats a far one.
    const top = better(best, perfect);
    const nearOne = bestNear as Scored | null;
    chosen = nearOne && top && nearOne !== top && nearOne.score >= top.score - NEAR_PREFERENCE ? nearOne : top;
  }
  if (!chosen || hint === null) return chosen ? result(chosen) : null;
  // Near-ties between different places: the one closer to the expected place.
  const top = chosen;
  for (const c of pool) {
    if (c.score >= top.score - AMBIGUITY_MARGIN && Math.abs(c.start - hint) < Math.abs(chosen.start - hint)) chosen = c;
  }
  return result(chosen);
}

function result(s: Scored): AnchorResult {
  return { start: s.start, end: s.end, score: Math.round(s.score * 1000) / 1000 };
}

/** Margin around the region neighbouring anchors predict, for edits in between. */
const NEAR_MARGIN = 2_048;

/**
 * Anchor many annotations on one text. A cheap pass finds the perfect matches (exact quote
 * and context); their places tell how far each stretch of the page has moved, so the
 * second pass searches the rest where the text is now expected (between where the
 * neighbours before and after say), and does not take a near-copy far away for it.
 * Results are in the order of `items`.
 */
export function anchorAll(text: string, items: readonly (readonly SelectorInput[])[]): (AnchorResult | null)[] {
  const results: (AnchorResult | null)[] = items.map((s) => anchorSelectors(text, s, { perfectOnly: true }));
  // Shifts learnt from the cheap pass, by old start offset.
  let shifts: { old: number; shift: number; i: number }[] = [];
  items.forEach((s, i) => {
    const pos = findPosition(s);
    const r = results[i];
    if (pos && r) shifts.push({ old: pos.start, shift: r.start - pos.start, i });
  });
  shifts.sort((a, b) => a.old - b.old);
  // A perfect match that moved differently from its neighbours is likely an identical copy
  // elsewhere on the page (the real passage being edited): let the second pass decide.
  const outliers = new Set<number>();
  shifts.forEach((s, k) => {
    const around = [shifts[k - 2], shifts[k - 1], shifts[k + 1], shifts[k + 2]].filter((n) => n !== undefined);
    if (around.length < 2) return;
    const median = around.map((n) => n.shift).sort((a, b) => a - b)[around.length >> 1]!;
    const spread = Math.max(...around.map((n) => Math.abs(n.old - s.old)));
    if (Math.abs(s.shift - median) > NEAR_MARGIN + spread) outliers.add(s.i);
  });
  if (outliers.size > 0) {
    for (const i of outliers) results[i] = null;
    shifts = shifts.filter((s) => !outliers.has(s.i));
  }
  items.forEach((s, i) => {
    if (results[i]) return;
    const pos = findPosition(s);
    if (!pos || shifts.length === 0) {
      results[i] = anchorSelectors(text, s);
      return;
    }
    // The anchored neighbours just before and after the old position.
    let lo = 0;
    let hi = shifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (shifts[mid]!.old <= pos.start) lo = mid + 1;
      else hi = mid;
    }
    const before = shifts[lo - 1];
    const after = shifts[lo];
    const predicted = [before, after].filter((n) => n !== undefined).map((n) => pos.start + n.shift);
    // Far from both neighbours, their shifts say little: widen the margin with the distance.
    const gap = Math.min(...[before, after].filter((n) => n !== undefined).map((n) => Math.abs(pos.start - n.old)));
    const margin = NEAR_MARGIN + Math.floor(gap / 4);
    const near = { start: Math.max(0, Math.min(...predicted) - margin), end: Math.min(text.length, Math.max(...predicted) + margin) };
    results[i] = anchorSelectors(text, s, { hint: predicted[0]!, near });
  });
  return results;
}

// Re-anchoring selectors in a (possibly changed) page text. Cheapest evidence first:
// 1. the stored position still holds the quote with its context;
// 2. the exact quote with its exact context, nearest to the expected place;
// 3. every exact occurrence scored on its context, and fuzzy matches (approx-string-match)
//    in windows widening around the expected place, for the quote alone and for the quote
//    with its context, errors bounded by what could still pass the thresholds.
// Candidates are scored on quote, prefix, suffix and position (weights 50/20/20/2, as
// Hypothesis). Below the thresholds the result is null, so an annotation is shown as
// orphaned rather than confidently in the wrong place — a wrong place is worse than an
// orphan; a near place is preferred over a far copy that scores about as well, since pages
// repeat text (menus, teasers, boilerplate). Where anchorAll's neighbours say the passage
// should be, weaker likeness is enough, but each side of the context is judged on its own:
// an edge whose context does not agree is cut back to where the text agrees with the quote
// (what replaced the passage's first words is not the passage), a passage split by inserted
// text is joined up again when the other side's context follows shortly; away from that
// place, a candidate must agree on both sides (a copy shares one neighbour sentence at
// most) and, when the stored context was lengthened because the quote repeats, on its
// outer part too.
// anchorAll anchors a whole page: perfect matches first (looked for where the page's shift
// so far predicts them), then the rest in the region their neighbours' shifts predict.
// Everything is written in steps (generators, see schedule.ts) of bounded work — a window
// of exact search, a chunk of fuzzy search — so a page can anchor time-sliced
// (anchorAllSliced) without ever blocking for long; anchorSelectors and anchorAll run the
// same steps to the end at once.
import approxSearch from 'approx-string-match';
import { runSliced, runToEnd, type SliceOptions, type Steps } from './schedule.js';
import {
  CONTEXT_LENGTH,
  findPosition,
  findQuote,
  type AnchorResult,
  type SelectorInput,
  type TextQuoteSelector,
} from './selectors.js';
import { agreement, alignAt, prefixSimilarity, suffixSimilarity } from './similarity.js';

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
/** Beyond this many tolerances from the expected place (anchorAll), a candidate is far... */
const FAR_TOLERANCES = 4;
/** ...and its context must agree on both sides at least this much. */
const FAR_SIDE_SCORE = 0.75;
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
  /**
   * Where the passage is expected to start (anchorAll: between where the neighbours before
   * and after predict it), give or take `tolerance` characters. A good enough place there
   * (PLACED_QUOTE_SCORE) is taken before anything else — even a perfect copy elsewhere,
   * which is then more likely an older copy of the text than the passage itself. `likely`:
   * the single most likely start (the nearest neighbour's prediction), which breaks near-ties.
   */
  expected?: { start: number; end: number; tolerance: number; likely?: number };
}

interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the candidate text and the quote. */
  errors: number;
}

interface Scored extends AnchorResult {
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
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
    prefixScore,
    suffixScore,
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

/**
 * Where the neighbours put a passage (anchorAll), a weaker likeness is enough: text that
 * still shares most of the quote and its context exactly where it is expected is the
 * passage, partly rewritten, rather than a coincidence.
 */
export const PLACED_QUOTE_SCORE = 0.55;
const PLACED_SCORE = 0.6;
const PLACED_CONTEXT_SCORE = 0.5;
/** How much a place one tolerance away from the nearest prediction loses in the ranking. */
const PLACED_DISTANCE_WEIGHT = 0.2;

function acceptablePlaced(s: Scored | null, quoteLength: number): s is Scored {
  return (
    s !== null &&
    s.quoteScore >= PLACED_QUOTE_SCORE &&
    s.score >= PLACED_SCORE &&
    s.contextScore >= PLACED_CONTEXT_SCORE &&
    (quoteLength >= 32 || s.weakerSide >= MIN_SIDE_SCORE)
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

/** Characters of text per step of exact search. */
const EXACT_CHUNK = 262_144;
/** Work per step of fuzzy search, in text characters × 32-character pattern blocks (about 1 ms). */
const FUZZY_WORK = 1 << 17;
/** Work per step of scoring candidates, in cells of the context's edit-distance tables. */
const SCORE_WORK = 1 << 19;
/** Most exact occurrences collected in one search. */
const MAX_OCCURRENCES = 10_000;

/**
 * Start offsets of `needle` in text[lo, hi) (the whole needle inside), at most `cap`, in
 * order; one step per EXACT_CHUNK characters.
 */
function* exactIn(text: string, needle: string, lo: number, hi: number, cap = MAX_OCCURRENCES): Steps<number[]> {
  const found: number[] = [];
  lo = Math.max(0, lo);
  hi = Math.min(text.length, hi);
  for (let from = lo; from + needle.length <= hi && found.length < cap; from += EXACT_CHUNK) {
    const region = text.slice(from, Math.min(hi, from + EXACT_CHUNK + needle.length - 1));
    for (let at = region.indexOf(needle); at !== -1 && at < EXACT_CHUNK && found.length < cap; at = region.indexOf(needle, at + 1)) {
      found.push(from + at);
    }
    if (from + EXACT_CHUNK + needle.length <= hi) yield;
  }
  return found;
}

/**
 * The lowest-error fuzzy matches of `pattern` in text[lo, hi), as offsets into `text`; the
 * stretch is searched in chunks (overlapping by a match's length), one step each, the
 * error bound lowered to the best found so far.
 */
function* search(text: string, lo: number, hi: number, pattern: string, maxErrors: number): Steps<Candidate[]> {
  lo = Math.max(0, lo);
  hi = Math.min(text.length, hi);
  const blocks = Math.ceil(Math.min(pattern.length, maxErrors + 32) / 32);
  const chunk = Math.max(2_048, Math.floor(FUZZY_WORK / blocks));
  const overlap = pattern.length + maxErrors;
  let best: Candidate[] = [];
  let k = maxErrors;
  const ends = new Set<number>();
  for (let from = lo; from < hi; from += chunk) {
    const to = Math.min(hi, from + chunk + overlap);
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    const found = approxSearch(region, pattern, k);
    if (found.length > 0) {
      if (found[0]!.errors < k || best.length === 0) {
        best = [];
        ends.clear();
        k = found[0]!.errors;
      }
      for (const m of found) {
        if (ends.has(from + m.end)) continue;
        ends.add(from + m.end);
        best.push({ start: from + m.start, end: from + m.end, errors: m.errors });
      }
    }
    if (to >= hi) break;
    yield;
  }
  return best;
}

/**
 * Stage 3 in one window: the quote alone, and the quote with its context (which finds the
 * right place when a better-matching copy of the quote sits elsewhere in the window).
 */
function* fuzzyStage(
  text: string,
  q: TextQuoteSelector,
  hint: number | null,
  lo: number,
  hi: number,
  wide: boolean,
  minQuote = MIN_QUOTE_SCORE,
  keep: (s: Scored) => boolean = () => true,
  rank: (s: Scored) => number = (s) => s.score,
): Steps<Scored | null> {
  // Very long quotes: match the head, then take the stored length (keeps the work bounded).
  const exact = q.exact.length > MAX_FUZZY_QUOTE ? q.exact.slice(0, MAX_FUZZY_QUOTE) : q.exact;
  const quoteErrors = Math.min(256, Math.floor(exact.length * (1 - minQuote)));
  const grow = q.exact.length - exact.length;
  let best: Scored | null = null;
  const consider = (c: Candidate) => {
    const full = grow > 0 ? { start: c.start, end: Math.min(text.length, c.end + grow), errors: c.errors } : c;
    const s = scoreCandidate(text, q, full, hint);
    if (keep(s) && (!best || rank(s) > rank(best))) best = s;
  };
  const hasContext = q.prefix.length + q.suffix.length > 0;
  // Over a wide stretch (the whole page), one scan: with its context, since a place found
  // by the quote alone would have to pass the context threshold anyway.
  if (!wide || !hasContext) {
    for (const c of nearest(yield* search(text, lo, hi, exact, quoteErrors), hint, MAX_FUZZY_SCORED)) consider(c);
    yield;
  }
  if (hasContext) {
    const pattern = q.prefix + exact + q.suffix;
    const contextErrors = Math.min(
      256,
      quoteErrors + Math.floor((q.prefix.length + q.suffix.length) * (1 - MIN_CONTEXT_SCORE)),
    );
    for (const m of nearest(yield* search(text, lo, hi, pattern, contextErrors), hint, 8)) {
      // Find the quote inside the match, closest to where the prefix ends.
      const expected = m.start + q.prefix.length;
      const inner = approxSearch(text.slice(m.start, m.end), exact, quoteErrors);
      let pick: Candidate | null = null;
      for (const c of inner) {
        const at = m.start + c.start;
        if (!pick || Math.abs(at - expected) < Math.abs(pick.start - expected)) pick = { start: at, end: m.start + c.end, errors: c.errors };
      }
      if (pick) consider(pick);
      yield;
    }
  }
  return best;
}

/**
 * The best place for the quote that starts where it is expected (see AnchorOptions.expected)
 * and is likely enough there, or null.
 */
function* atExpectedPlace(
  text: string,
  q: TextQuoteSelector,
  expected: NonNullable<AnchorOptions['expected']>,
  hint: number | null,
): Steps<Scored | null> {
  const from = Math.max(0, expected.start - expected.tolerance);
  const to = Math.min(text.length, expected.end + expected.tolerance);
  const atPlace = (s: { start: number }) => s.start >= from && s.start <= to;
  // Within the place, nearness to where the nearest neighbour puts it counts too: pages repeat
  // sentences with a word or number changed, and a look-alike a line away can resemble the
  // quote more than the edited passage itself does.
  const likely = expected.likely ?? expected.start;
  const rank = (s: Scored) => s.score - PLACED_DISTANCE_WEIGHT * Math.min(1, Math.abs(s.start - likely) / Math.max(1, expected.tolerance));
  let best: Scored | null = null;
  const consider = (s: Scored) => {
    if (atPlace(s) && acceptablePlaced(s, q.exact.length) && (!best || rank(s) > rank(best))) best = s;
  };
  const lo = Math.max(0, from - q.prefix.length);
  const hi = Math.min(text.length, to + Math.ceil(q.exact.length * 1.5) + q.suffix.length);
  const perStep = scoresPerStep(q);
  const starts = yield* exactIn(text, q.exact, from, to + q.exact.length);
  for (let k = 0; k < starts.length; k++) {
    consider(scoreCandidate(text, q, { start: starts[k]!, end: starts[k]! + q.exact.length, errors: 0 }, hint));
    if (best && (best as Scored).score === 1) return best;
    if (k % perStep === perStep - 1) yield;
  }
  if (q.exact.length <= MAX_ALIGNED_QUOTE) {
    for (const at of new Set([expected.start, expected.end])) {
      const { end, errors } = alignAt(text, at, q.exact);
      if (end > at) consider(scoreCandidate(text, q, { start: at, end, errors }, hint));
      yield;
    }
  }
  const keep = (s: Scored) => atPlace(s) && acceptablePlaced(s, q.exact.length);
  const fuzzy = yield* fuzzyStage(text, q, hint, lo, hi, false, PLACED_QUOTE_SCORE, keep, rank);
  if (fuzzy) consider(fuzzy);
  return best;
}

/** Context this weak on one side says nothing about where the passage's edge is on that side. */
const WEAK_SIDE = 0.5;
/** Net disagreement (characters) at an edge that is cut off. */
const MIN_TRIM = 8;
/** Looked at for a word boundary when an edge is cut off. */
const WORD_SNAP = 16;

/**
 * A fuzzy match takes whatever stands where the passage was as part of it: text that
 * replaced the passage's first words (and its prefix) still aligns, as substitutions, at a
 * lower cost than leaving those words out. Where the context on a side does not agree, the
 * match's edge on that side is cut back to where the text agrees with the quote again (the
 * stretch from the edge with the most net disagreement, to a word boundary). Null when
 * less than a quarter of the quote is left: too little of the passage to show.
 */
function trimmed(text: string, q: TextQuoteSelector, s: Scored): Scored | null {
  const weakStart = s.prefixScore < WEAK_SIDE;
  const weakEnd = s.suffixScore < WEAK_SIDE;
  if (s.quoteScore === 1 || (!weakStart && !weakEnd) || q.exact.length > MAX_ALIGNED_QUOTE) return s;
  const a = agreement(text, s.start, s.end, q.exact);
  let start = s.start;
  let end = s.end;
  if (weakStart) {
    let sum = 0;
    let min = 0;
    let cut = 0;
    for (let j = 0; j < a.length; j++) {
      sum += a[j]!;
      if (sum < min) [min, cut] = [sum, j + 1];
    }
    if (min <= -MIN_TRIM) {
      start = s.start + cut;
      const space = text.slice(start, start + WORD_SNAP).search(/\s\S/);
      if (start > 0 && !/\s/.test(text[start - 1]!) && space !== -1) start += space + 1;
    }
  }
  if (weakEnd) {
    let sum = 0;
    let min = 0;
    let cut = a.length;
    for (let j = a.length - 1; j >= start - s.start; j--) {
      sum += a[j]!;
      if (sum < min) [min, cut] = [sum, j];
    }
    if (min <= -MIN_TRIM) {
      end = s.start + cut;
      const tail = text.slice(Math.max(start, end - WORD_SNAP), end);
      const space = tail.search(/\S\s\S*$/);
      if (end < text.length && !/\s/.test(text[end]!) && space !== -1) end -= tail.length - space - 1;
    }
  }
  if (end - start < q.exact.length / 4) return null;
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

/** How far past a match's edge the other part of a passage split by inserted text is looked for. */
const SPLIT_WINDOW = 2_048;
/** The passage with what was inserted into it is at most this many times the quote's length. */
const SPLIT_RATIO = 3;
/** Stored context (and the quote's end next to it) must agree this much where the passage goes on. */
const SPLIT_SCORE = 0.75;

/**
 * Text inserted inside a passage (a sentence added in the middle) splits it: the fuzzy
 * match covers the part before the insertion, and its suffix does not agree. When the
 * prefix agrees, the suffix is looked for a little further on, with the quote's last
 * characters just before it: found, the passage reaches to there (the insertion is now
 * part of it). The same the other way round for a match of the part after the insertion.
 */
function rejoined(text: string, q: TextQuoteSelector, s: Scored): Scored {
  const tailLength = Math.min(32, q.exact.length >> 2);
  if (tailLength < 8) return s;
  if (s.suffixScore < WEAK_SIDE && s.prefixScore >= SPLIT_SCORE && q.suffix.length >= 16) {
    const from = s.end;
    const window = text.slice(from, from + SPLIT_WINDOW + q.suffix.length);
    for (const m of approxSearch(window, q.suffix, Math.floor(q.suffix.length * (1 - SPLIT_SCORE)))) {
      const end = from + m.start;
      if (end - s.start > q.exact.length * SPLIT_RATIO) break;
      const sim = suffixSimilarity(text, end, q.suffix);
      if (sim >= SPLIT_SCORE && prefixSimilarity(text, end, q.exact.slice(-tailLength)) >= SPLIT_SCORE) {
        return { ...s, end, suffixScore: sim, contextScore: (s.prefixScore + sim) / 2, weakerSide: Math.min(s.prefixScore, sim) };
      }
    }
  }
  if (s.prefixScore < WEAK_SIDE && s.suffixScore >= SPLIT_SCORE && q.prefix.length >= 16) {
    const to = s.start;
    const lo = Math.max(0, to - SPLIT_WINDOW - q.prefix.length);
    const found = approxSearch(text.slice(lo, to), q.prefix, Math.floor(q.prefix.length * (1 - SPLIT_SCORE)));
    for (let k = found.length - 1; k >= 0; k--) {
      const start = lo + found[k]!.end;
      if (s.end - start > q.exact.length * SPLIT_RATIO) break;
      const sim = prefixSimilarity(text, start, q.prefix);
      if (sim >= SPLIT_SCORE && suffixSimilarity(text, start, q.exact.slice(0, tailLength)) >= SPLIT_SCORE) {
        return { ...s, start, prefixScore: sim, contextScore: (s.suffixScore + sim) / 2, weakerSide: Math.min(s.suffixScore, sim) };
      }
    }
  }
  return s;
}

/** Candidates scored per step: context similarity is quadratic in the context's length. */
function scoresPerStep(q: TextQuoteSelector): number {
  const cost = q.prefix.length * (q.prefix.length + 8) + q.suffix.length * (q.suffix.length + 8) + 1;
  return Math.max(1, Math.floor(SCORE_WORK / cost));
}

/** The perfect match (exact quote with exact context) in text[lo, hi) nearest to `hint`. */
function* perfectIn(text: string, q: TextQuoteSelector, hint: number | null, lo: number, hi: number): Steps<Candidate | null> {
  const needle = q.prefix + q.exact + q.suffix;
  const starts = yield* exactIn(text, needle, lo - q.prefix.length, hi + q.exact.length + q.suffix.length);
  const found = starts.map((at) => ({ start: at + q.prefix.length, end: at + q.prefix.length + q.exact.length, errors: 0 }));
  return nearest(found, hint, 1)[0] ?? null;
}

/**
 * The steps of anchoring `selectors` in `text`: the best place, or null when no place is
 * good enough. Needs a TextQuoteSelector; a TextPositionSelector (or `options.hint`) speeds
 * it up and breaks ties between equally good places.
 */
export function* anchorSteps(
  text: string,
  selectors: readonly SelectorInput[],
  options: AnchorOptions = {},
): Steps<AnchorResult | null> {
  const q = findQuote(selectors);
  if (!q || q.exact.length === 0 || text.length === 0) return null;
  const pos = findPosition(selectors);
  const rawHint = options.hint ?? pos?.start;
  const hint = typeof rawHint === 'number' && Number.isFinite(rawHint) ? Math.max(0, Math.min(text.length, rawHint)) : null;

  // 1. The stored position, quote and context unchanged.
  if (hint !== null && text.startsWith(q.exact, hint) && hasExactContext(text, q, hint, hint + q.exact.length)) {
    return { start: hint, end: hint + q.exact.length, score: 1 };
  }

  // Where the neighbours put it, if they know (anchorAll).
  if (options.expected && !options.perfectOnly) {
    const placed = yield* atExpectedPlace(text, q, options.expected, hint);
    const kept = placed && trimmed(text, q, rejoined(text, q, placed));
    if (kept) return result(kept);
  }

  // 2. The exact quote with its exact context: first where it is expected, then anywhere.
  const near = options.near ?? null;
  const allowed = (c: { start: number }) => !near || (c.start >= near.start && c.start <= near.end);
  const isNear = (c: { start: number }) =>
    near ? allowed(c) : hint !== null && Math.abs(c.start - hint) <= NEAR_DISTANCE;
  const local: [number, number] | null = near
    ? [near.start, near.end]
    : hint !== null
      ? [hint - NEAR_DISTANCE, hint + NEAR_DISTANCE]
      : null;
  let perfectAt = local ? yield* perfectIn(text, q, hint, local[0], local[1]) : null;
  let searchedAll = false;
  const perfectAnywhere = function* (): Steps<Candidate | null> {
    if (!searchedAll) {
      searchedAll = true;
      perfectAt ??= yield* perfectIn(text, q, hint, 0, text.length);
    }
    return perfectAt;
  };
  // Without a known region, a perfect copy elsewhere still competes (and narrows the windows below).
  if (!perfectAt && !near) yield* perfectAnywhere();
  let perfect = perfectAt ? scoreCandidate(text, q, perfectAt, hint) : null;
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
    if (!acceptable(s, q.exact.length) || (expected && (farFromExpected(s) ? s.weakerSide < FAR_SIDE_SCORE : !copyTold(s)))) return;
    pool.push(s);
    best = better(best, s);
    if (close) bestNear = better(bestNear, s);
  };
  // Far from where the neighbours put the passage, a place whose context agrees on one side
  // only is how a copy looks (the same sentence after another one), not the passage.
  const expected = options.expected;
  const farFromExpected = (c: { start: number }) =>
    !!expected && Math.max(expected.start - c.start, c.start - expected.end) > FAR_TOLERANCES * expected.tolerance;
  // A context longer than CONTEXT_LENGTH was stored because the quote with its nearer
  // context repeats on the page: only the outer part tells the passage from its copy, so
  // away from the expected place it must agree too (counting every difference as outer).
  const outer = (side: number, length: number) => (length > CONTEXT_LENGTH ? 1 - ((1 - side) * length) / (length - CONTEXT_LENGTH) : 1);
  const copyTold = (c: Scored) =>
    q.prefix.length + q.suffix.length <= 2 * CONTEXT_LENGTH ||
    (outer(c.prefixScore, q.prefix.length) + outer(c.suffixScore, q.suffix.length)) / 2 >= FAR_SIDE_SCORE;
  const occurrences = near
    ? yield* exactIn(text, q.exact, near.start, near.end + q.exact.length)
    : yield* exactIn(text, q.exact, 0, text.length);
  const scored = nearest(
    occurrences.map((at) => ({ start: at, end: at + q.exact.length, errors: 0 })),
    hint,
    MAX_EXACT_SCORED,
  );
  const perStep = scoresPerStep(q);
  for (let k = 0; k < scored.length; k++) {
    consider(scoreCandidate(text, q, scored[k]!, hint));
    if (k % perStep === perStep - 1) yield;
  }
  // The quote aligned exactly where it is expected.
  if (hint !== null && q.exact.length <= MAX_ALIGNED_QUOTE) {
    const { end, errors } = alignAt(text, hint, q.exact);
    if (end > hint) consider(scoreCandidate(text, q, { start: hint, end, errors }, hint));
    yield;
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
    consider(yield* fuzzyStage(text, q, hint, lo, hi, hi - lo > WIDE));
    if (best || (lo === 0 && hi === text.length)) break;
    yield;
  }

  let chosen: Scored | null;
  if (near) {
    // The region is known: the best place in it; else a perfect copy elsewhere (the passage
    // moved as a whole), unless the quote is still in the region in changed context.
    if (!best && !quoteNear) {
      const anywhere = yield* perfectAnywhere();
      perfect = anywhere ? scoreCandidate(text, q, anywhere, hint) : null;
    }
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
  return runToEnd(anchorSteps(text, selectors, options));
}

function result(s: Scored): AnchorResult {
  return { start: s.start, end: s.end, score: Math.round(s.score * 1000) / 1000 };
}

/** Margin around the region neighbouring anchors predict, for edits in between. */
const NEAR_MARGIN = 2_048;
/** Shifts within this many characters of each other agree (word-level edits in between). */
const COPY_TOLERANCE = 256;
/** Searches of the whole page for a perfect match in the cheap pass, before the page's shift is known. */
const FAR_SCANS = 8;

/**
 * The steps of anchoring many annotations on one text. A cheap pass finds the perfect
 * matches (exact quote and context), in the order of their stored positions, each looked for
 * first where the shift of the one before predicts it; their places tell how far each
 * stretch of the page has moved, so the second pass searches the rest where the text is now
 * expected (between where the neighbours before and after say), and does not take a
 * near-copy far away for it. Results are in the order of `items`.
 */
export function* anchorAllSteps(text: string, items: readonly (readonly SelectorInput[])[]): Steps<(AnchorResult | null)[]> {
  const results: (AnchorResult | null)[] = items.map(() => null);
  const positions = items.map((s) => findPosition(s));
  const byPosition = items.map((_, i) => i).sort((a, b) => (positions[a]?.start ?? -1) - (positions[b]?.start ?? -1));
  let shift = 0;
  let farScans = FAR_SCANS;
  for (const i of byPosition) {
    const pos = positions[i];
    const q = findQuote(items[i]!);
    if (!q || q.exact.length === 0 || text.length === 0) continue;
    if (!pos) {
      results[i] = yield* anchorSteps(text, items[i]!, { perfectOnly: true });
      continue;
    }
    const hint = Math.max(0, Math.min(text.length, pos.start + shift));
    let at = yield* perfectIn(text, q, hint, hint - NEAR_DISTANCE, hint + NEAR_DISTANCE);
    if (!at && farScans > 0) {
      farScans--;
      at = yield* perfectIn(text, q, hint, 0, text.length);
      if (at) farScans++;
    }
    if (at) {
      results[i] = at.start === pos.start ? { start: at.start, end: at.end, score: 1 } : result(scoreCandidate(text, q, at, pos.start));
      shift = at.start - pos.start;
    }
    yield;
  }
  // Shifts learnt from the cheap pass, by old start offset.
  let shifts: { old: number; shift: number; i: number }[] = [];
  items.forEach((_, i) => {
    const pos = positions[i];
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
    // Both neighbours agree with each other but not with it: a copy, not the passage.
    const prev = shifts[k - 1];
    const next = shifts[k + 1];
    if (
      prev &&
      next &&
      Math.abs(prev.shift - next.shift) <= COPY_TOLERANCE &&
      Math.abs(s.shift - prev.shift) > COPY_TOLERANCE &&
      Math.abs(s.shift - next.shift) > COPY_TOLERANCE
    ) {
      outliers.add(s.i);
    }
  });
  if (outliers.size > 0) {
    for (const i of outliers) results[i] = null;
    shifts = shifts.filter((s) => !outliers.has(s.i));
  }
  for (let i = 0; i < items.length; i++) {
    if (results[i]) continue;
    const s = items[i]!;
    const pos = positions[i];
    if (!pos || shifts.length === 0) {
      results[i] = yield* anchorSteps(text, s);
      continue;
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
    const closest = !after || (before && pos.start - before.old <= after.old - pos.start) ? before! : after;
    const expected = {
      start: Math.min(...predicted),
      end: Math.max(...predicted),
      tolerance: 48 + Math.floor(gap / 16),
      likely: pos.start + closest.shift,
    };
    results[i] = yield* anchorSteps(text, s, { hint: predicted[0]!, near, expected });
    yield;
  }
  return results;
}

/**
 * Anchor many annotations on one text, at once. Results are in the order of `items`; see
 * anchorAllSteps for how.
 */
export function anchorAll(text: string, items: readonly (readonly SelectorInput[])[]): (AnchorResult | null)[] {
  return runToEnd(anchorAllSteps(text, items));
}

/**
 * anchorAll time-sliced: the same work in slices of about `options.budgetMs` (8 ms by
 * default), pausing between them so the page stays responsive. Rejects with a
 * CancelledError when `options.cancelled` says so.
 */
export function anchorAllSliced(
  text: string,
  items: readonly (readonly SelectorInput[])[],
  options: SliceOptions = {},
): Promise<(AnchorResult | null)[]> {
  return runSliced(anchorAllSteps(text, items), options);
}

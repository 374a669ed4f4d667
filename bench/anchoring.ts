// Anchoring benchmark: Samenspel's re-anchoring (position → exact quote with context →
// bounded fuzzy search, scored and thresholded; anchorAll learns how the page shifted from
// the annotations it finds first) against a straightforward baseline, the plain quote
// search of approx-string-match (best match for the quote alone, errors up to
// min(256, length / 2), no context, no threshold — what Hypothesis' match-quote does before
// scoring). Two corpora:
// - realistic (bench/corpus/pages.ts): saved pages of six sites built from real Dutch text
//   (the method's source text and the fixture pages), with menus, footers and teasers on
//   every page, passages repeated verbatim and nearly, and word-level edits;
// - the earlier fixture-sentence corpus (random character edits), kept so its figures can
//   be compared with earlier runs.
// Prints (1) the time to anchor 500 annotations on 1 MB of text — at once, time-sliced
// (with the longest slice the page's main thread was kept busy), one by one — beside the
// baseline; (2) the share found, orphaned and placed wrongly, for passages whose words and
// context were partly rewritten (15 % of the words) and for the rest; (3) the earlier
// figures; (4) the gzip size of the built annotator content script. Seeded, so every run
// measures the same corpus; about 10-20 s in all.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import approxSearch from 'approx-string-match';
import {
  anchorAll,
  anchorAllSliced,
  anchorSelectors,
  describeTextRange,
  type AnchorResult,
  type Selector,
} from '../core/anchoring/index.js';
import { applyOps, editWords, loadSources, passage, realisticText, type Edited, type Op } from './corpus/pages.js';
import { rng, type Rng } from './corpus/random.js';
import { ms, printTable } from './lib.js';

/** Sentences and words of the Dutch fixture pages (tags, scripts and styles stripped). */
function language() {
  const dir = new URL('../test/fixtures/pages/', import.meta.url);
  const raw = ['schoolplan.html', 'gemeente-bibliotheekbeleid.html', 'jaarverslag-bibliotheek.html']
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .join('\n')
    .replace(/<(script|style|template|noscript)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ');
  const sentences = raw.split(/(?<=[.!?:])\s+/).filter((s) => s.length > 30);
  const words = raw.split(' ').filter((w) => /^[\p{L}-]{2,}$/u.test(w));
  // Bigram chains make new, plausible sentences from the same vocabulary.
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const list = next.get(words[i]!) ?? [];
    list.push(words[i + 1]!);
    next.set(words[i]!, list);
  }
  return { sentences, words, next };
}
type Language = ReturnType<typeof language>;

function sentence(lang: Language, r: Rng): string {
  if (r.next() < 0.25) return r.pick(lang.sentences); // quoted boilerplate: repeated text
  let w = r.pick(lang.words);
  const out = [w[0]!.toUpperCase() + w.slice(1)];
  for (let n = r.int(6, 22); out.length < n; ) {
    w = r.pick(lang.next.get(w) ?? lang.words);
    out.push(w);
  }
  return out.join(' ') + r.pick(['.', '.', '.', '?', ':']);
}

function page(lang: Language, r: Rng, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p: string[] = [];
    if (r.next() < 0.15) p.push(r.pick(['Lees meer', 'Contact', 'Terug naar boven', 'Meer informatie']) + '\n');
    for (let k = r.int(2, 7); k > 0; k--) p.push(sentence(lang, r));
    const para = p.join(' ') + '\n\n';
    parts.push(para);
    n += para.length;
  }
  return parts.join('');
}

/** A random annotation range on word boundaries: short (2-5 words), sentence or longer. */
function randomRange(text: string, r: Rng): [number, number] {
  const kind = r.next();
  const len = kind < 0.3 ? r.int(12, 40) : kind < 0.8 ? r.int(40, 150) : r.int(150, 300);
  let start = r.int(0, text.length - len - 1);
  while (start > 0 && text[start - 1] !== ' ') start--;
  let end = Math.min(text.length, start + len);
  while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
  return [start, end];
}

/** Random edits touching about `rate` of the characters: typos, words replaced, spans deleted, text inserted. */
function edit(text: string, rate: number, lang: Language, r: Rng): Edited {
  const budget = Math.round(text.length * rate);
  const ops: Op[] = [];
  let spent = 0;
  while (spent < budget) {
    const at = r.int(0, text.length - 1);
    const kind = r.next();
    let op: Op;
    if (kind < 0.25) op = { at, del: r.int(0, 1), ins: r.next() < 0.7 ? String.fromCharCode(97 + r.int(0, 25)) : '' };
    else if (kind < 0.6) {
      let s = at;
      while (s > 0 && text[s - 1] !== ' ') s--;
      let e = s;
      while (e < text.length && text[e] !== ' ') e++;
      op = { at: s, del: e - s, ins: r.pick(lang.words) };
    } else if (kind < 0.8) op = { at, del: r.int(20, 300), ins: '' };
    else op = { at, del: 0, ins: ' ' + sentence(lang, r) + (r.next() < 0.5 ? ' ' + sentence(lang, r) : '') + ' ' };
    ops.push(op);
    spent += Math.max(op.del, op.ins.length);
  }
  return applyOps(text, ops);
}

type Verdict = 'correct' | 'orphaned' | 'wrong';

/**
 * Correct: at least half of what is left of the original passage lies in the result, and at
 * least half of the result is what is left of it (text inserted into the passage and
 * replaced words do not count either way).
 */
function judge(result: AnchorResult | null, start: number, end: number, map: Int32Array): { verdict: Verdict; gone: boolean } {
  let kept = 0;
  let inside = 0;
  for (let k = start; k < end; k++) {
    const m = map[k]!;
    if (m < 0) continue;
    kept++;
    if (result && m >= result.start && m < result.end) inside++;
  }
  const gone = kept < (end - start) / 2;
  if (!result) return { verdict: 'orphaned', gone };
  const ok = kept > 0 && inside >= kept / 2 && inside >= (result.end - result.start) / 2;
  return { verdict: ok ? 'correct' : 'wrong', gone };
}

/** The baseline: approx-string-match's plain search for the quote, first best match. */
function baseline(text: string, selectors: readonly Selector[]): AnchorResult | null {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return null;
  const exact = text.indexOf(quote.exact);
  if (exact !== -1) return { start: exact, end: exact + quote.exact.length, score: 1 };
  const [best] = approxSearch(text, quote.exact, Math.min(256, Math.floor(quote.exact.length / 2)));
  return best ? { start: best.start, end: best.end, score: 1 - best.errors / quote.exact.length } : null;
}

type Method = 'samenspel' | 'baseline';
const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)} %`;
type Counts = Record<Verdict, number>;
const counts = (): Counts => ({ correct: 0, orphaned: 0, wrong: 0 });

/** 1. Speed on one page: 500 annotations on about 1 MB of text, after it was edited. */
async function speed(title: string, original: string, ranges: [number, number][], edited: Edited): Promise<void> {
  const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
  const tally = (results: (AnchorResult | null)[]) => {
    const c = counts();
    results.forEach((res, i) => c[judge(res, ranges[i]![0], ranges[i]![1], edited.map).verdict]++);
    return [`${c.correct}`, `${c.orphaned}`, `${c.wrong}`];
  };
  const oneByOne = (anchorOne: (s: Selector[]) => AnchorResult | null) => {
    const times: number[] = [];
    const t0 = performance.now();
    const results = selectors.map((s) => {
      const t = performance.now();
      const res = anchorOne(s);
      times.push(performance.now() - t);
      return res;
    });
    return { total: performance.now() - t0, longest: Math.max(...times), results };
  };
  const base = oneByOne((s) => baseline(edited.text, s));
  const ratio = (t: number) => `${(t / base.total).toFixed(2)}x`;
  const rows: string[][] = [['method', 'total', 'vs baseline', 'longest step', 'correct', 'orphaned', 'wrong']];
  rows.push(['baseline: approx-string-match quote search', ms(base.total), '1.00x', ms(base.longest), ...tally(base.results)]);
  {
    const t0 = performance.now();
    const results = anchorAll(edited.text, selectors);
    const total = performance.now() - t0;
    rows.push(['Samenspel anchorAll, at once', ms(total), ratio(total), ms(total), ...tally(results)]);
  }
  {
    const slices: number[] = [];
    const t0 = performance.now();
    const results = await anchorAllSliced(edited.text, selectors, {
      onSlice: (t) => slices.push(t),
      pause: () => new Promise((resolve) => setImmediate(resolve)),
    });
    const total = performance.now() - t0;
    rows.push([`Samenspel anchorAllSliced (8 ms slices, ${slices.length} slices)`, ms(total), ratio(total), ms(Math.max(...slices)), ...tally(results)]);
  }
  {
    const one = oneByOne((s) => anchorSelectors(edited.text, s));
    rows.push(['Samenspel anchorSelectors, one by one', ms(one.total), ratio(one.total), ms(one.longest), ...tally(one.results)]);
  }
  {
    const t0 = performance.now();
    anchorAll(original, selectors);
    const total = performance.now() - t0;
    rows.push(['Samenspel anchorAll, page unchanged', ms(total), ratio(total), '', '', '', '']);
  }
  printTable(title, rows);
}

/**
 * 2. Accuracy on realistic pages: 50 annotations a page; for a fifth of them the passage and
 * its context (the stored prefix and suffix and a little more) were rewritten, 15 % of the
 * words, and the whole page had 1 % of its words edited and paragraphs added or removed.
 */
function rewrittenAccuracy(src: ReturnType<typeof loadSources>): void {
  const r = rng(15);
  const pages = 40;
  type Tally = Counts & { total: number };
  const groups = ['rewritten (15 % of words)', 'other passages (1 %)'] as const;
  const results = new Map<string, Tally>();
  for (const g of groups) for (const m of ['samenspel', 'baseline'] as Method[]) results.set(`${g}|${m}`, { ...counts(), total: 0 });
  const t0 = performance.now();
  for (let p = 0; p < pages; p++) {
    const original = realisticText(src, r, r.int(40_000, 80_000));
    const ranges = Array.from({ length: 50 }, () => passage(original, r));
    const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
    const rewritten = ranges.map((_, i) => i % 5 === 0);
    const windows = ranges
      .map(([s, e], i) => [s - selectors[i]![0].prefix.length - 16, e + selectors[i]![0].suffix.length + 16] as const)
      .filter((_, i) => rewritten[i]);
    const edited = editWords(original, (at) => (windows.some(([lo, hi]) => at >= lo && at < hi) ? 0.15 : 0.01), src, r, 3);
    const ours = anchorAll(edited.text, selectors);
    selectors.forEach((s, i) => {
      const [start, end] = ranges[i]!;
      const group = groups[rewritten[i] ? 0 : 1];
      for (const [method, res] of [['samenspel', ours[i] ?? null], ['baseline', baseline(edited.text, s)]] as const) {
        const t = results.get(`${group}|${method}`)!;
        t[judge(res, start, end, edited.map).verdict]++;
        t.total++;
      }
    });
  }
  const rows: string[][] = [['passages', 'method', 'annotations', 'found', 'orphaned', 'wrong']];
  for (const [key, t] of results) {
    const [group, method] = key.split('|');
    rows.push([group!, method!, `${t.total}`, pct(t.correct, t.total), pct(t.orphaned, t.total), `${pct(t.wrong, t.total)} (${t.wrong})`]);
  }
  printTable(
    `Anchoring accuracy, realistic pages: ${pages} pages of 40-80 kB, 50 annotations each (${ms(performance.now() - t0)}); goal: rewritten found >= 95 %, none wrong`,
    rows,
  );
}

export async function benchAnchoring(): Promise<void> {
  const src = loadSources();
  {
    const r = rng(20261202);
    const original = realisticText(src, r, 1024 * 1024);
    const ranges = Array.from({ length: 500 }, () => passage(original, r));
    const edited = editWords(original, () => 0.01, src, r, 20);
    await speed(
      `Anchoring speed, realistic pages: ${(original.length / 1e6).toFixed(2)} M characters, 1 % of words edited, 20 paragraphs added or removed, 500 annotations (goal: anchorAll <= 0.50x, longest slice <= 16 ms)`,
      original,
      ranges,
      edited,
    );
  }
  rewrittenAccuracy(src);

  const lang = language();
  {
    const r = rng(20240501);
    const original = page(lang, r, 1024 * 1024);
    const ranges = Array.from({ length: 500 }, () => randomRange(original, r));
    const edited = edit(original, 0.02, lang, r);
    await speed(`Anchoring speed, earlier corpus (fixture sentences): ${(original.length / 1e6).toFixed(2)} M characters, 2 % edited, 500 annotations`, original, ranges, edited);
  }

  // Accuracy on the earlier corpus: 60 pages of 40-80 kB, each edited at a rate from 1 % to 10 %, 50 annotations each.
  {
    const r = rng(7);
    const buckets = [
      { label: '1-3 %', lo: 0.01, hi: 0.03 },
      { label: '4-6 %', lo: 0.04, hi: 0.06 },
      { label: '7-10 %', lo: 0.07, hi: 0.1 },
    ];
    type Tally = Record<Verdict, number> & { total: number; gone: number };
    const tally = () => ({ correct: 0, orphaned: 0, wrong: 0, total: 0, gone: 0 }) as Tally;
    const results: Record<string, Record<Method, Tally>> = {};
    for (const b of [...buckets.map((b) => b.label), 'all']) results[b] = { samenspel: tally(), baseline: tally() };
    const pages = 60;
    const t0 = performance.now();
    for (let p = 0; p < pages; p++) {
      const bucket = buckets[p % buckets.length]!;
      const rate = bucket.lo + (bucket.hi - bucket.lo) * r.next();
      const original = page(lang, r, r.int(40_000, 80_000));
      const ranges = Array.from({ length: 50 }, () => randomRange(original, r));
      const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
      const edited = edit(original, rate, lang, r);
      const ours = anchorAll(edited.text, selectors);
      selectors.forEach((s, i) => {
        const [start, end] = ranges[i]!;
        for (const [method, res] of [['samenspel', ours[i] ?? null], ['baseline', baseline(edited.text, s)]] as const) {
          const { verdict, gone } = judge(res, start, end, edited.map);
          for (const key of [bucket.label, 'all']) {
            const t = results[key]![method];
            t[verdict]++;
            t.total++;
            if (gone) t.gone++;
          }
        }
      });
    }
    const rows: string[][] = [['edit rate', 'method', 'annotations', 'passage gone', 'correct', 'orphaned', 'wrong']];
    for (const [key, byMethod] of Object.entries(results)) {
      for (const method of ['samenspel', 'baseline'] as const) {
        const t = byMethod[method];
        rows.push([key, method, `${t.total}`, pct(t.gone, t.total), pct(t.correct, t.total), pct(t.orphaned, t.total), `${pct(t.wrong, t.total)} (${t.wrong})`]);
      }
    }
    printTable(
      `Anchoring accuracy, earlier corpus: ${pages} pages, random edits of 1-10 % of the characters (${ms(performance.now() - t0)}); ` +
        "'passage gone' = less than half of it left, orphaning it is right",
      rows,
    );
  }

  // Size of the annotator content script as built (`wxt build`; aim: under 30 kB gzipped).
  {
    const file = new URL('../.output/chrome-mv3/annotator.js', import.meta.url);
    if (existsSync(file)) {
      const raw = readFileSync(file);
      const gz = gzipSync(raw, { level: 9 }).length;
      printTable('Annotator content script (.output/chrome-mv3/annotator.js)', [
        ['file', 'bytes', 'gzip bytes', 'gzip kB', 'under 30 kB'],
        ['annotator.js', `${raw.length}`, `${gz}`, (gz / 1024).toFixed(1), gz < 30 * 1024 ? 'yes' : 'NO'],
      ]);
    } else {
      console.log('\nAnnotator content script: not built yet (run `npx wxt build`), size not measured.');
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAnchoring();

// Anchoring benchmark: Samenspel's re-anchoring (position → exact quote with context →
// bounded fuzzy search, scored and thresholded; anchorAll learns how the page shifted from
// the annotations it finds first) against a straightforward baseline, the plain quote
// search of approx-string-match (best match for the quote alone, errors up to
// min(256, length / 2), no context, no threshold — what Hypothesis' match-quote does before
// scoring). Two corpora:
// - realistic (bench/corpus/pages.ts, its source texts snapshotted in sources.json): saved
//   pages of six sites built from real Dutch text (the method's source text and the fixture
//   pages), with menus, footers and teasers on every page, passages repeated verbatim and
//   nearly, and word-level edits;
// - the earlier fixture-sentence corpus (bench/corpus/sentences.ts, random character
//   edits), kept so its figures can be compared with earlier runs.
// Prints (0) the page's main thread in Debian Chromium on a real 1 MB page: the page text
// built and 500 annotations anchored at once (the one-shot baseline) and by the annotator,
// time-sliced — slices of text building and of anchoring, and the longest main-thread task,
// wall and CPU, from a Chromium trace; (1) the time to anchor 500 annotations on 1 MB of text
// in Node — at once, time-sliced (the longest slice, wall and CPU), one by one — beside the
// baseline; (2) the share found, orphaned and placed wrongly (bench/corpus/verdict.ts), for
// passages whose words and context were partly rewritten (15 % of the words) and for the
// rest; (3) the earlier figures; (4) the gzip size of the built annotator content script.
// Seeded, so every run measures the same corpus; about 20-30 s in all.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { editWords, loadSources, passage, realisticText, type Edited } from './corpus/pages.js';
import { editChars, language, randomRange, sentencePage } from './corpus/sentences.js';
import { rng } from './corpus/random.js';
import { judge, type Verdict } from './corpus/verdict.js';
import { pageHtml } from './corpus/page-html.js';
import { ms, printTable } from './lib.js';

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
    results.forEach((res, i) => c[judge(res, ranges[i]![0], ranges[i]![1], edited).verdict]++);
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
    // Each slice's CPU time too (process.cpuUsage between pauses): on a loaded machine the wall time also counts waiting.
    const slices: number[] = [];
    const cpu: number[] = [];
    let resumed = process.cpuUsage();
    const t0 = performance.now();
    const results = await anchorAllSliced(edited.text, selectors, {
      onSlice: (t) => slices.push(t),
      pause: () => {
        const used = process.cpuUsage(resumed);
        cpu.push((used.user + used.system) / 1000);
        return new Promise<void>((resolve) => setImmediate(resolve)).then(() => void (resumed = process.cpuUsage()));
      },
    });
    const used = process.cpuUsage(resumed);
    cpu.push((used.user + used.system) / 1000);
    const total = performance.now() - t0;
    rows.push([
      `Samenspel anchorAllSliced (8 ms slices, ${slices.length} slices)`,
      ms(total),
      ratio(total),
      `${ms(Math.max(...slices))} (CPU ${ms(Math.max(...cpu))})`,
      ...tally(results),
    ]);
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
        t[judge(res, start, end, edited).verdict]++;
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

/** Tasks on the page's main thread (from a Chromium trace): wall and thread (CPU) time in ms. */
interface Tasks {
  count: number;
  longestWall: number;
  longestCpu: number;
  over16: number;
}

/**
 * 0. The page's main thread in Debian's Chromium, on a real 1 MB page (bench/corpus/page-html.ts,
 * its text the realistic corpus' edited text): the page text built and 500 annotations
 * anchored at once (buildPageText + anchorAll, the one-shot baseline), then by the annotator
 * itself as the content script runs it (createAnnotator, bundled here with esbuild):
 * a load and a refresh, text and anchoring in slices. Every task the main thread ran in
 * each run is read from a Chromium trace (RunTask: wall `dur`, thread CPU `tdur`), so the
 * longest step includes everything (slices, highlighting, the browser's own work).
 * Skipped, with the reason printed, when Chromium or esbuild is not there.
 */
async function browserSteps(selectors: Selector[][], editedText: string): Promise<void> {
  const chromiumPath = process.env.SAMENSPEL_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.log(`\nAnchoring in Chromium: skipped (no Chromium at ${chromiumPath}).`);
    return;
  }
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const root = new URL('..', import.meta.url).pathname;
  const outDir = process.env.SAMENSPEL_BENCH_OUT_DIR ?? join(tmpdir(), 'samenspel-bench');
  mkdirSync(outDir, { recursive: true });
  const bundle = await build({
    stdin: {
      contents: [
        "import { createAnnotator } from './extension/annotator/annotator.ts';",
        "import { buildPageText } from './extension/annotator/page-text.ts';",
        "import { anchorAll } from './core/anchoring/anchor.ts';",
        'globalThis.__bench = { createAnnotator, buildPageText, anchorAll };',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
  });
  const script = bundle.outputFiles[0]!.text;
  const html = pageHtml(editedText, rng(3));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const url = 'http://bench.samenspel.test/pagina';
    // tsx (esbuild, keepNames) wraps the functions passed to page.evaluate in a __name helper.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction(() => '__bench' in globalThis);
    const textMatches = await page.evaluate((expected) => {
      const b = (globalThis as unknown as { __bench: { buildPageText(root: Node, win: Window): { text: string } } }).__bench;
      return b.buildPageText(document.body, window).text === expected;
    }, editedText);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const traced = async (run: () => Promise<unknown>): Promise<{ value: unknown; tasks: Tasks }> => {
      await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
      await page.evaluate(() => performance.mark('samenspel-start'));
      const value = await run();
      await page.evaluate(() => performance.mark('samenspel-end'));
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
        traceEvents: { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }[];
      };
      const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const tasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid);
      const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
      const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000);
      return { value, tasks: { count: tasks.length, longestWall: Math.max(0, ...wall), longestCpu: Math.max(0, ...cpu), over16: wall.filter((t) => t > 16).length } };
    };
    type Steps = { text: number[]; anchor: number[]; highlight: number[]; total: number };
    // The one-shot baseline: text built and everything anchored in one task.
    const once = await traced(() =>
      page.evaluate((sels) => {
        const b = (globalThis as unknown as { __bench: { buildPageText(root: Node, win: Window): { text: string }; anchorAll(text: string, s: unknown[]): unknown[] } }).__bench;
        const t0 = performance.now();
        const { text } = b.buildPageText(document.body, window);
        const t1 = performance.now();
        b.anchorAll(text, sels);
        const t2 = performance.now();
        return { text: [t1 - t0], anchor: [t2 - t1], highlight: [], total: t2 - t0 } satisfies Steps;
      }, selectors),
    );
    // The annotator as the content script runs it: a load, then a refresh (the re-anchoring a page change starts).
    await page.evaluate((sels) => {
      const w = globalThis as unknown as { __bench: { createAnnotator(o: unknown): unknown }; __annotator: unknown; __slices: Steps };
      w.__slices = { text: [], anchor: [], highlight: [], total: 0 };
      const runtimeId = 'samenspelbenchabcdefghijklmnopqr';
      const annotator = w.__bench.createAnnotator({
        doc: document,
        win: window,
        runtimeId,
        send() {},
        onSlice: (ms: number, work: 'text' | 'anchor' | 'highlight') => w.__slices[work].push(ms),
      }) as { url: string };
      w.__annotator = annotator;
      (w as unknown as { __load: unknown }).__load = {
        type: 'annotator/load',
        url: annotator.url,
        partners: [{ id: 'school', name: 'OBS De Regenboog' }],
        annotations: sels.map((selectors, i) => ({
          id: `a${i}`,
          url: annotator.url,
          title: 'Bench',
          selectors,
          partnerId: 'school',
          level: 'organisational',
          conditionId: 'interests',
          note: '',
          visibility: 'shared',
          created: '2026-12-02T10:00:00.000Z',
          modified: '2026-12-02T10:00:00.000Z',
        })),
      };
    }, selectors);
    const slicedRun = (kind: 'load' | 'refresh') =>
      traced(() =>
        page.evaluate(async (k) => {
          const w = globalThis as unknown as {
            __annotator: { handleMessage(m: unknown, s: unknown): boolean; settled(): Promise<void>; refresh(): Promise<void>; anchors(): Map<string, unknown> };
            __load: unknown;
            __slices: Steps;
          };
          w.__slices = { text: [], anchor: [], highlight: [], total: 0 };
          const t0 = performance.now();
          if (k === 'load') {
            w.__annotator.handleMessage(w.__load, { id: 'samenspelbenchabcdefghijklmnopqr', url: 'chrome-extension://samenspelbenchabcdefghijklmnopqr/sidepanel.html' });
            await w.__annotator.settled();
          } else await w.__annotator.refresh();
          w.__slices.total = performance.now() - t0;
          return { ...w.__slices, anchored: [...w.__annotator.anchors().values()].filter((r) => r !== null).length };
        }, kind),
      );
    const load = await slicedRun('load');
    const refresh = await slicedRun('refresh');
    const rows: string[][] = [['run', 'total', 'text: slices, longest', 'anchoring: slices, longest', 'highlighting', 'main-thread tasks', 'longest task wall', 'longest task CPU', 'tasks > 16 ms']];
    const row = (name: string, r: { value: unknown; tasks: Tasks }) => {
      const v = r.value as Steps & { anchored?: number };
      rows.push([
        name + (v.anchored !== undefined ? ` (${v.anchored} anchored)` : ''),
        ms(v.total),
        `${v.text.length}, ${ms(Math.max(...v.text))}`,
        `${v.anchor.length}, ${ms(Math.max(...v.anchor))}`,
        v.highlight.length > 0 ? ms(Math.max(...v.highlight)) : '(none)',
        `${r.tasks.count}`,
        ms(r.tasks.longestWall),
        ms(r.tasks.longestCpu),
        `${r.tasks.over16}`,
      ]);
    };
    row('baseline: buildPageText + anchorAll at once', once);
    row('annotator load, time-sliced', load);
    row('annotator refresh (re-anchor), time-sliced', refresh);
    printTable(
      `Anchoring in Debian Chromium on a real page: ${(editedText.length / 1e6).toFixed(2)} M characters of text, ${nodes} elements, ` +
        `${selectors.length} annotations (page text as expected: ${textMatches ? 'yes' : 'NO'}; goal: no main-thread task over 16 ms)`,
      rows,
    );
  } finally {
    await browser.close();
  }
}

export async function benchAnchoring(): Promise<void> {
  const src = loadSources();
  {
    const r = rng(20261202);
    const original = realisticText(src, r, 1024 * 1024);
    const ranges = Array.from({ length: 500 }, () => passage(original, r));
    const edited = editWords(original, () => 0.01, src, r, 20);
    await browserSteps(ranges.map(([s, e]) => describeTextRange(original, s, e)), edited.text);
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
    const original = sentencePage(lang, r, 1024 * 1024);
    const ranges = Array.from({ length: 500 }, () => randomRange(original, r));
    const edited = editChars(original, 0.02, lang, r);
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
      const original = sentencePage(lang, r, r.int(40_000, 80_000));
      const ranges = Array.from({ length: 50 }, () => randomRange(original, r));
      const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
      const edited = editChars(original, rate, lang, r);
      const ours = anchorAll(edited.text, selectors);
      selectors.forEach((s, i) => {
        const [start, end] = ranges[i]!;
        for (const [method, res] of [['samenspel', ours[i] ?? null], ['baseline', baseline(edited.text, s)]] as const) {
          const { verdict, gone } = judge(res, start, end, edited);
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

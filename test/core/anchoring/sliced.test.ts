// Anchoring that never freezes a page, and never places wrongly: the time-sliced run gives
// the same results as the run at once and lets timers fire in between; W3C quote selectors
// without prefix or suffix anchor in a batch too; on the fixed, seeded corpora (bench/corpus:
// realistic pages whose passages and context were partly rewritten, and the earlier
// sentence pages with random character edits) at least 95 % of the rewritten passages are
// found and none is placed wrongly (an orphan is better than a wrong place).
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAllSliced, CancelledError, describeTextRange, type AnchorResult } from '../../../core/anchoring/index.js';
import { editWords, loadSources, passage, realisticText, type Edited } from '../../../bench/corpus/pages.js';
import { editChars, language, randomRange, sentencePage } from '../../../bench/corpus/sentences.js';
import { rng } from '../../../bench/corpus/random.js';
import { judge } from '../../../bench/corpus/verdict.js';

const src = loadSources();

const verdict = (res: AnchorResult | null, [start, end]: [number, number], edited: Edited) => judge(res, start, end, edited).verdict;

describe('anchorAllSliced', () => {
  const r = rng(42);
  const original = realisticText(src, r, 300_000);
  const ranges = Array.from({ length: 150 }, () => passage(original, r));
  const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
  const edited = editWords(original, () => 0.01, src, r, 8);

  it('gives what anchorAll gives, in slices, and lets a timer scheduled meanwhile fire before it finishes', async () => {
    const atOnce = anchorAll(edited.text, selectors);
    let timerFiredAt = -1;
    let slices = 0;
    const sliceMs: number[] = [];
    setTimeout(() => (timerFiredAt = slices), 0);
    const sliced = await anchorAllSliced(edited.text, selectors, {
      budgetMs: 4,
      onSlice: (ms) => {
        slices++;
        sliceMs.push(ms);
      },
    });
    expect(sliced).toEqual(atOnce);
    expect(slices).toBeGreaterThan(1);
    // The timer ran between two slices, not after the last one.
    expect(timerFiredAt).toBeGreaterThanOrEqual(1);
    expect(timerFiredAt).toBeLessThan(slices);
    console.log(`sliced anchoring: ${slices} slices, longest ${Math.max(...sliceMs).toFixed(1)} ms (measured, not asserted)`);
  });

  it('stops with a CancelledError when told to, and anchors nothing more', async () => {
    let slices = 0;
    await expect(
      anchorAllSliced(edited.text, selectors, { budgetMs: 1, onSlice: () => slices++, cancelled: () => slices >= 2 }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(slices).toBe(2);
  });
});

describe('W3C quote selectors without prefix or suffix', () => {
  const page = 'De gemeente vindt laaggeletterdheid belangrijk. De aanpak van laaggeletterdheid krijgt prioriteit in deze periode. Lees meer.';

  it('anchor in a batch beside full selectors, with or without a position', () => {
    const full = describeTextRange(page, page.indexOf('Lees meer'), page.indexOf('Lees meer') + 9);
    const at = page.indexOf('De aanpak');
    const results = anchorAll(page, [
      [{ type: 'TextQuoteSelector', exact: 'De aanpak van laaggeletterdheid' }],
      [{ type: 'TextQuoteSelector', exact: 'krijgt prioriteit', prefix: 'laaggeletterdheid ' }],
      [{ type: 'TextQuoteSelector', exact: 'De aanpak' }, { type: 'TextPositionSelector', start: at, end: at + 9 }],
      full,
    ]);
    expect(results.map((x) => x && page.slice(x.start, x.end))).toEqual(['De aanpak van laaggeletterdheid', 'krijgt prioriteit', 'De aanpak', 'Lees meer']);
  });

  it('anchor in edited text without throwing', () => {
    const edited = page.replace('De aanpak van', 'De brede aanpak van');
    const [res] = anchorAll(edited, [[{ type: 'TextQuoteSelector', exact: 'De aanpak van laaggeletterdheid krijgt prioriteit' }]]);
    expect(edited.slice(res!.start, res!.end)).toContain('aanpak van laaggeletterdheid krijgt prioriteit');
  });
});

describe('partly rewritten passages', () => {
  it('are found in at least 95 % of cases and never placed wrongly (15 % of the words of passage and context rewritten)', () => {
    const r = rng(2026);
    const tally = { correct: 0, orphaned: 0, wrong: 0 };
    const others = { correct: 0, orphaned: 0, wrong: 0 };
    for (let p = 0; p < 12; p++) {
      const original = realisticText(src, r, r.int(40_000, 80_000));
      const ranges = Array.from({ length: 50 }, () => passage(original, r));
      const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
      const rewritten = ranges.map((_, i) => i % 5 === 0);
      const windows = ranges
        .map(([s, e], i) => [s - selectors[i]![0].prefix.length - 16, e + selectors[i]![0].suffix.length + 16] as const)
        .filter((_, i) => rewritten[i]);
      const edited = editWords(original, (at) => (windows.some(([lo, hi]) => at >= lo && at < hi) ? 0.15 : 0.01), src, r, 3);
      anchorAll(edited.text, selectors).forEach((res, i) => (rewritten[i] ? tally : others)[verdict(res, ranges[i]!, edited)]++);
    }
    const total = tally.correct + tally.orphaned + tally.wrong;
    expect(total).toBe(120);
    expect({ rewrittenWrong: tally.wrong, otherWrong: others.wrong }).toEqual({ rewrittenWrong: 0, otherWrong: 0 });
    expect(tally.correct / total).toBeGreaterThanOrEqual(0.95);
    expect(others.correct / (others.correct + others.orphaned)).toBeGreaterThanOrEqual(0.98);
  });

  it('on the earlier corpus (random edits of 1-10 % of the characters) none is placed wrongly either', () => {
    const lang = language();
    const r = rng(7);
    const tally = { correct: 0, orphaned: 0, wrong: 0 };
    for (let p = 0; p < 24; p++) {
      const lo = [0.01, 0.04, 0.07][p % 3]!;
      const rate = lo + (p % 3 === 2 ? 0.03 : 0.02) * r.next();
      const original = sentencePage(lang, r, r.int(40_000, 80_000));
      const ranges = Array.from({ length: 50 }, () => randomRange(original, r));
      const selectors = ranges.map(([s, e]) => describeTextRange(original, s, e));
      const edited = editChars(original, rate, lang, r);
      anchorAll(edited.text, selectors).forEach((res, i) => tally[verdict(res, ranges[i]!, edited)]++);
    }
    expect(tally.correct + tally.orphaned + tally.wrong).toBe(1_200);
    expect(tally.wrong).toBe(0);
    expect(tally.correct / 1_200).toBeGreaterThanOrEqual(0.95);
  });
});

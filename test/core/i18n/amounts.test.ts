// Euro amounts as people type them: Dutch (the default) and English conventions, each input
// with the cents it means or the reason it is refused.
import { describe, expect, it } from 'vitest';
import { formatAmount, formatEuro, parseAmount, type AmountProblem } from '../../../core/i18n/index.js';

const dutch: [string, number | AmountProblem][] = [
  ['4.000', 400_000],
  ['4000', 400_000],
  ['4.000,50', 400_050],
  ['€ 4.000', 400_000],
  ['€4.000,-', 400_000],
  ['4.000,--', 400_000],
  ['4000,5', 400_050],
  [' 1.234.567,89 ', 123_456_789],
  ['0,5', 50],
  [',5', 50],
  ['0', 0],
  ['2.500', 250_000],
  ['4.000 €', 400_000],
  ['4.00', 'separators'],
  ['4.5', 'separators'],
  ['4000.50', 'separators'],
  ['0.500', 'separators'],
  ['4,000.50', 'separators'],
  ['1,234,567', 'separators'],
  ['4,000', 'too-many-decimals'],
  ['4,505', 'too-many-decimals'],
  ['1.23.456', 'grouping'],
  ['1.2345.678', 'grouping'],
  ['4.00,50', 'grouping'],
  ['veel', 'not-a-number'],
  ['4000 euro', 'not-a-number'],
  ['4 000', 'not-a-number'],
  ['1e5', 'not-a-number'],
  ['-4000', 'negative'],
  ['€ -4.000', 'negative'],
  ['−12,50', 'negative'],
  ['', 'empty'],
  ['   ', 'empty'],
  ['€', 'empty'],
  ['99999999999999999', 'too-large'],
];

const english: [string, number | AmountProblem][] = [
  ['4,000', 400_000],
  ['4,000.50', 400_050],
  ['€4,000.5', 400_050],
  ['4000', 400_000],
  ['4.000', 'too-many-decimals'],
  ['4,00', 'separators'],
  ['4.000,50', 'separators'],
  ['1,23,456', 'grouping'],
];

const outcome = (r: ReturnType<typeof parseAmount>) => (r.ok ? r.value : r.problem);

describe('parseAmount', () => {
  it.each(dutch)('nl %j → %j', (text, expected) => {
    expect(outcome(parseAmount(text))).toBe(expected);
    expect(outcome(parseAmount(text, 'nl'))).toBe(expected);
  });
  it.each(english)('en %j → %j', (text, expected) => {
    expect(outcome(parseAmount(text, 'en'))).toBe(expected);
  });
  it('refuses without a value', () => {
    expect(parseAmount('4.00')).toEqual({ ok: false, problem: 'separators' });
  });
});

describe('formatAmount', () => {
  it.each([
    [400_050, 'nl', '4.000,50'],
    [400_000, 'nl', '4.000,00'],
    [50, 'nl', '0,50'],
    [123_456_789, 'nl', '1.234.567,89'],
    [400_050, 'en', '4,000.50'],
  ] as const)('%i cents in %s → %s', (cents, lang, text) => {
    expect(formatAmount(cents, lang)).toBe(text);
  });
  it('reads back what it writes, and the € form matches formatEuro', () => {
    for (const cents of [0, 1, 99, 400_000, 123_456_789]) {
      for (const lang of ['nl', 'en'] as const) expect(parseAmount(formatAmount(cents, lang), lang)).toEqual({ ok: true, value: cents });
      expect(parseAmount(formatEuro(cents, 'nl'))).toEqual({ ok: true, value: cents });
    }
  });
});

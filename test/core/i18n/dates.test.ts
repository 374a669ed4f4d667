// Dates as people type them: day first in any of the usual separators or ISO, to the stored
// ISO form, or the reason they are refused; and back to dd-mm-jjjj for the field.
import { describe, expect, it } from 'vitest';
import { formatDateField, parseDate, type DateProblem } from '../../../core/i18n/index.js';

const cases: [string, string | null | DateProblem][] = [
  ['1-3-2027', '2027-03-01'],
  ['01-03-2027', '2027-03-01'],
  ['01/03/2027', '2027-03-01'],
  ['1.3.2027', '2027-03-01'],
  ['2027-03-01', '2027-03-01'],
  ['2027-3-1', '2027-03-01'],
  [' 31-12-2027 ', '2027-12-31'],
  ['29-02-2028', '2028-02-29'],
  ['', null],
  ['  ', null],
  ['31-02-2027', 'no-such-date'],
  ['29-02-2027', 'no-such-date'],
  ['31-04-2027', 'no-such-date'],
  ['1-13-2027', 'no-such-date'],
  ['0-3-2027', 'no-such-date'],
  ['2027-02-30', 'no-such-date'],
  ['1-3-27', 'two-digit-year'],
  ['01/03/27', 'two-digit-year'],
  ['1-3-0227', 'year-out-of-range'],
  ['1-3-2527', 'year-out-of-range'],
  ['1-3-20277', 'not-a-date'],
  ['1-3/2027', 'not-a-date'],
  ['maart 2027', 'not-a-date'],
  ['1 maart 2027', 'not-a-date'],
  ['2027-03', 'not-a-date'],
  ['morgen', 'not-a-date'],
];

describe('parseDate', () => {
  it.each(cases)('%j → %j', (text, expected) => {
    const r = parseDate(text);
    expect(r.ok ? r.value : r.problem).toBe(expected);
  });
});

describe('formatDateField', () => {
  it.each([
    ['2027-03-01', '01-03-2027'],
    [null, ''],
    ['niet-iso', 'niet-iso'],
  ] as const)('%j → %j', (iso, text) => {
    expect(formatDateField(iso)).toBe(text);
  });
  it('reads back what it writes', () => {
    expect(parseDate(formatDateField('2027-12-31'))).toEqual({ ok: true, value: '2027-12-31' });
  });
});

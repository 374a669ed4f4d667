// Dates as people type them, to and from the stored ISO form (YYYY-MM-DD). Shown day first
// as dd-mm-jjjj in every language, whatever the browser's locale; typed as "1-3-2027",
// "01/03/2027", "1.3.2027" or ISO "2027-03-01". Anything unclear is refused with a reason.
import type { Parsed } from './locales.js';

export type DateProblem = 'not-a-date' | 'two-digit-year' | 'no-such-date' | 'year-out-of-range';

/** Years outside this range are typing mistakes ("1-3-0227"), not plans. */
const YEARS = { min: 1900, max: 2199 };

const refuse = (problem: DateProblem): Parsed<string | null, DateProblem> => ({ ok: false, problem });
const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date typed in `text`; blank is null ("no date"). */
export function parseDate(text: string): Parsed<string | null, DateProblem> {
  const typed = text.trim();
  if (!typed) return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d+)$/.exec(typed);
  if (!iso && !dayFirst) return refuse('not-a-date');
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [dayFirst![4]!, dayFirst![3]!, dayFirst![1]!];
  if (y.length === 2) return refuse('two-digit-year');
  if (y.length !== 4) return refuse('not-a-date');
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (year < YEARS.min || year > YEARS.max) return refuse('year-out-of-range');
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return refuse('no-such-date');
  return { ok: true, value: `${y}-${pad(month)}-${pad(day)}` };
}

/** A stored ISO date as the field shows it: "01-03-2027"; null is blank, anything else is shown as stored. */
export function formatDateField(iso: string | null): string {
  if (iso === null) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

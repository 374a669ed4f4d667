// Euro amounts as people type them, to and from cents. Dutch (the default): a point groups
// thousands and a comma starts the cents, so "4.000" is four thousand and "4.00" is refused
// as ambiguous. English mirrors it: "4,000.50". Anything unclear is refused with a reason.
import { LOCALES, type Lang, type Parsed } from './locales.js';

export type AmountProblem = 'empty' | 'negative' | 'not-a-number' | 'separators' | 'grouping' | 'too-many-decimals' | 'too-large';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const refuse = (problem: AmountProblem): Parsed<number, AmountProblem> => ({ ok: false, problem });

/**
 * Cents from an amount typed in `lang`'s convention: "4.000", "€ 4.000,50", "4000,5",
 * "€4.000,-" (whole euros). Blank is refused ('empty'): a budget line always has an amount.
 */
export function parseAmount(text: string, lang: Lang = 'nl'): Parsed<number, AmountProblem> {
  const { group, decimal } = SEPARATORS[lang];
  const trimmed = text.trim();
  if (/^(€\s*)?[-−]/.test(trimmed)) return refuse('negative');
  const bare = trimmed
    .replace(/^€\s*|\s*€$/g, '')
    .replace(new RegExp(`\\${decimal}-{1,2}$`), '');
  if (!bare) return refuse('empty');
  if (!/^[\d.,]*\d[\d.,]*$/.test(bare)) return refuse('not-a-number');
  const [whole = '', cents, ...more] = bare.split(decimal);
  if (more.length > 0 || cents?.includes(group)) return refuse('separators');
  if (cents !== undefined && cents.length > 2) return refuse('too-many-decimals');
  const groups = whole.split(group);
  const grouped = groups.length === 1 || (/^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  // One lone separator and no cents is the other convention's decimal point: "4.00", "4.5".
  if (!grouped) return refuse(groups.length === 2 && cents === undefined ? 'separators' : 'grouping');
  const value = Number(groups.join('') || '0') * 100 + Number((cents ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(value) ? { ok: true, value } : refuse('too-large');
}

/** Cents as the amount field shows them, without the € sign: "4.000,50" in Dutch, "4,000.50" in English. */
export function formatAmount(cents: number, lang: Lang = 'nl'): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

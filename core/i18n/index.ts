// One message catalogue for every front and for generated text: `t(lang, key, params)`
// plus the number, money, date and list formats of each locale, and the parsers of amounts
// and dates as people type them (amounts.ts, dates.ts). Dutch is always here. English is too,
// except in the browser builds (vite.web.config.ts, wxt.config.ts define
// __SAMENSPEL_LAZY_CATALOGUES__): there it is a chunk of its own, loaded before anything is
// shown in English (load.ts), so a Dutch page does not parse it.
import { nl, type MessageKey } from './messages-nl.js';
import { LOCALES, type Lang } from './locales.js';

export type { Lang, Parsed } from './locales.js';
export type { MessageKey };
export { formatAmount, parseAmount, type AmountProblem } from './amounts.js';
export { formatDateField, parseDate, type DateProblem } from './dates.js';

/** A text in both languages, for content kept as data (knowledge base, funding schemes). */
export interface Localized {
  nl: string;
  en: string;
}

export type Catalogue = Record<MessageKey, string>;

declare const __SAMENSPEL_LAZY_CATALOGUES__: boolean | undefined;

const catalogues: Partial<Record<Lang, Catalogue>> = { nl };
if (typeof __SAMENSPEL_LAZY_CATALOGUES__ === 'undefined' || !__SAMENSPEL_LAZY_CATALOGUES__) {
  catalogues.en = (await import('./messages-en.js')).en;
}

/** Whether `lang`'s messages are here (always, but for English in a browser build before load.ts brought it). */
export const hasCatalogue = (lang: Lang): boolean => catalogues[lang] !== undefined;

/** Puts a loaded catalogue in place (load.ts). */
export function addCatalogue(lang: Lang, messages: Catalogue): void {
  catalogues[lang] = messages;
}

export type Params = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const catalogue = catalogues[lang];
  if (!catalogue) throw new Error(`The ${lang} messages are not loaded yet: await loadCatalogue('${lang}') (core/i18n/load.ts) before showing ${lang} text.`);
  const template = catalogue[key] ?? nl[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Whether `key` is in the catalogue: for keys built from data, such as a funding scheme's id. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(nl, key);

/** The message for a key built from data, or `fallback` when the catalogue has none. */
export const tOr = (lang: Lang, key: string, fallback: string): string => (isMessageKey(key) ? t(lang, key) : fallback);

/** A translator bound to one language. */
export const translator = (lang: Lang) => (key: MessageKey, params?: Params) => t(lang, key, params);
export type Translate = ReturnType<typeof translator>;

export const localize = (value: Localized, lang: Lang): string => value[lang] || value.nl;

/** Euro amount from cents, e.g. `€ 12.500,00` in Dutch. */
export function formatEuro(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A number with the locale's decimal separator, at most one decimal: `47,7`. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
}

/** A share 0..1 as a percentage, e.g. `80 %` / `80%`. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** An ISO date (YYYY-MM-DD) as a readable date, e.g. `1 maart 2027`. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Join names as a sentence: `a, b en c`. */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

// The languages of Samenspel with their Intl locales, and what a parser of typed input
// (amounts, dates) returns: a value, or a reason code for the message at the field.
export type Lang = 'nl' | 'en';

export const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A parsed value, or why the text was refused (then there is no value). */
export type Parsed<T, Problem extends string> = { ok: true; value: T } | { ok: false; problem: Problem };

// W3C Web Annotation selectors for a range of page text, and how they are built from the
// text: a TextQuoteSelector (the quote with 32 characters of context on each side) and a
// TextPositionSelector (character offsets into the same text).

/** Characters of context stored before and after a quote (as Hypothesis does)... */
export const CONTEXT_LENGTH = 32;
/** ...doubled up to this length while the quote with its context is not unique in the text. */
export const MAX_CONTEXT_LENGTH = 256;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Selectors as the W3C model allows them, where prefix and suffix are optional (other tools often leave them out). */
export type SelectorInput = TextPositionSelector | (Omit<TextQuoteSelector, 'prefix' | 'suffix'> & Partial<Pick<TextQuoteSelector, 'prefix' | 'suffix'>>);

/** Where selectors were found in a text; `score` is the confidence in 0..1. */
export interface AnchorResult {
  start: number;
  end: number;
  score: number;
}

/**
 * The selectors that describe `text[start, end)`. The context is 32 characters on each
 * side, longer (up to 256) when the page repeats the quote with that context elsewhere, so
 * the annotation can later be told apart from its copies. Throws a RangeError for an empty
 * or out-of-bounds range: there is nothing to annotate.
 */
export function describeTextRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid text range ${start}..${end} in a text of ${text.length} characters`);
  }
  const exact = text.slice(start, end);
  let length = CONTEXT_LENGTH;
  let prefix = '';
  let suffix = '';
  for (;;) {
    prefix = text.slice(Math.max(0, start - length), start);
    suffix = text.slice(end, end + length);
    const needle = prefix + exact + suffix;
    const first = text.indexOf(needle);
    const unique = text.indexOf(needle, first + 1) === -1;
    if (unique || length >= MAX_CONTEXT_LENGTH || (start - length <= 0 && end + length >= text.length)) break;
    length *= 2;
  }
  return [
    { type: 'TextQuoteSelector', exact, prefix, suffix },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The quote, its context filled in ('' where the selector had none). */
export function findQuote(selectors: readonly SelectorInput[]): TextQuoteSelector | undefined {
  const q = selectors.find((s) => s.type === 'TextQuoteSelector');
  return q && { type: q.type, exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
}

export function findPosition(selectors: readonly SelectorInput[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

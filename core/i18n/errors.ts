// Errors that reach people: a code with parameters, translated by each front through the
// catalogue (`error.<code>` in ui-errors-nl.ts / ui-errors-en.ts), plus a plain English
// message for developers and logs. A code exists only together with its catalogue entry.
import type { Params, Translate } from './index.js';
import type { uiErrorsNl } from './ui-errors-nl.js';

type CodeOf<K> = K extends `error.${infer C}` ? C : never;
export type ErrorCode = CodeOf<keyof typeof uiErrorsNl>;

/** Something coded that a front can translate: an error, a problem found while reading. */
export interface Coded {
  code: ErrorCode;
  params: Params;
}

/** The developer's wording of a code: `unknown-item (list: partners, id: x1)`. */
export function devMessage(code: ErrorCode, params: Params): string {
  const detail = Object.entries(params)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(', ');
  return detail ? `${code} (${detail})` : code;
}

/** Base of the errors core throws at a front (AgreementError, AnnotationError). */
export class CodedError extends Error implements Coded {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
  ) {
    super(devMessage(code, params));
  }
}

/** A coded thing in the reader's language. */
export const codedText = (coded: Coded, t: Translate): string => t(`error.${coded.code}`, coded.params);

/** What to tell the user about a caught error: its catalogue text, or a generic one. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof CodedError) return codedText(error, t);
  return t('error.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

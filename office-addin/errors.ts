// Errors from Word (OfficeExtension.Error codes) as clear messages for the user (pure).
import { t, type Lang, type MessageKey } from '../core/i18n/index.js';

/** The Word API requirement set the adapter needs (insertTable, styleBuiltIn, lists). */
export const WORD_API_VERSION = '1.3';

/** Thrown before any Word call when the running Word lacks the requirement set. */
export class RequirementError extends Error {
  readonly code = 'RequirementNotMet';
  constructor(readonly set: string, readonly version: string) {
    super(`${set} ${version} is not supported`);
  }
}

/** A refusal or failure of our own, with the catalogue text that explains it. */
export class WordError extends Error {
  constructor(
    readonly code: 'NotInBody' | 'InsertIncomplete',
    readonly key: MessageKey,
  ) {
    super(code);
  }
}

const BY_CODE: Record<string, MessageKey> = {
  AccessDenied: 'word.error.protected',
  NotAllowed: 'word.error.protected',
  InsufficientPermission: 'word.error.protected',
  InvalidSelection: 'word.error.selection',
  InvalidArgument: 'word.error.selection',
  ItemNotFound: 'word.error.notFound',
  RequirementNotMet: 'word.error.requirement',
  ApiNotFound: 'word.error.requirement',
  ApiNotAvailable: 'word.error.requirement',
  NotImplemented: 'word.error.requirement',
};

/** The error code of an Office.js error (or of ours), if any. */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** A message for the user; unknown errors name their code so support can help. */
export function wordErrorMessage(error: unknown, lang: Lang): string {
  if (error instanceof WordError) return t(lang, error.key);
  const code = errorCode(error);
  const key = code ? BY_CODE[code] : undefined;
  if (key === 'word.error.requirement') return t(lang, key, { version: WORD_API_VERSION });
  if (key) return t(lang, key);
  return t(lang, 'word.error.general', { code: code ?? (error instanceof Error ? error.name : 'onbekend') });
}

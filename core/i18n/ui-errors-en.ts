// English messages: error messages of core (codes with parameters, translated by every front). Mirrors ui-errors-nl.ts key for key.
import type { uiErrorsNl } from './ui-errors-nl.js';

export const uiErrorsEn: Record<keyof typeof uiErrorsNl, string> = {
};

// What a reader found in a doc that does not fit the schema: where it is, a code with
// parameters (translated through the catalogue like an error) and the developer's wording.
import { devMessage, type Coded, type ErrorCode } from '../i18n/errors.js';
import type { Params } from '../i18n/index.js';

/** Something read out of a doc that did not match the schema: reported, then skipped. */
export interface Problem {
  /** Where in the doc, e.g. `partners[2].kind`. */
  path: string;
  message: string;
}

export interface ReadProblem extends Problem, Coded {}

export const problem = (path: string, code: ErrorCode, params: Params = {}): ReadProblem => ({
  path,
  code,
  params,
  message: devMessage(code, params),
});

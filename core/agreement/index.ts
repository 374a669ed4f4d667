// The agreement draft on Yjs: schema, validated reading, mutations, checks and migrations.
// Fronts read and write a draft only through this module.
export * from './schema.js';
export { AgreementError } from './fields.js';
export { ID_PATTERN, idSchema, newId } from '../base/ids.js';
export type { ReadProblem } from './problems.js';
export { readAgreement, type ReadResult } from './read.js';
export {
  AGREEMENT_ORIGIN,
  addItem,
  canWrite,
  editText,
  createDraft,
  removeItem,
  removePartner,
  setChecklist,
  setRating,
  setRole,
  setScore,
  updateItem,
  updateSection,
  type ItemInput,
  type SectionPatch,
} from './mutations.js';
export { LISTS, type ListName, type SingletonName } from './entities.js';
export { validateAgreement, type Finding, type ValidationCode } from './validate.js';
export { accountablesOf, activityLabel, partnerLabel, raciProblem, raciProblemText, type RaciProblem } from './derive.js';
export {
  checkFunding,
  costExamplesText,
  findScheme,
  FUNDING_SCHEMES,
  fundingFindingText,
  fundingOkText,
  fundingUncheckedText,
  schemeStatusText,
  type AppliedActivity,
  type FundingCheck,
  type FundingFinding,
  type FundingScheme,
  type FundingUnchecked,
  type SchemeActivity,
} from './funding.js';
export { migrate, schemaStatus, schemaVersion, MIGRATIONS, type SchemaStatus } from './migrate.js';
export * from './private-doc.js';
export { replaceText } from './text-diff.js';
export * from './annotations.js';
export { findText, MAX_FIELD_CHARS, textKey, textWithEmbeds, type TextRef } from './text-fields.js';
export { LIST_LIMITS, listRoom, type ListRoom } from './limits.js';

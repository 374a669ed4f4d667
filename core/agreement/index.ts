// The agreement draft on Yjs: schema, validated reading, mutations, checks and migrations.
// Fronts read and write a draft only through this module.
export * from './schema.ts';
export { AgreementError, newId } from './fields.ts';
export { readAgreement, type ReadResult } from './read.ts';
export {
  AGREEMENT_ORIGIN,
  addItem,
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
} from './mutations.ts';
export { LISTS, type ListName, type SingletonName } from './entities.ts';
export { validateAgreement, type Finding, type ValidationCode } from './validate.ts';
export { checkFunding, findScheme, FUNDING_SCHEMES, type FundingCheck, type FundingFinding, type FundingScheme } from './funding.ts';
export { migrate, schemaStatus, schemaVersion, MIGRATIONS, type SchemaStatus } from './migrate.ts';
export * from './private-doc.ts';
export { replaceText } from './text-diff.ts';

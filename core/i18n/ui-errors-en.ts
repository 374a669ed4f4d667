// English messages: error messages of core (codes with parameters, translated by every front). Mirrors ui-errors-nl.ts key for key.
import type { uiErrorsNl } from './ui-errors-nl.js';

export const uiErrorsEn: Record<keyof typeof uiErrorsNl, string> = {
  'error.unexpected': 'That did not work ({message}).',
  'error.newer-schema': 'This draft was made with a newer version of Samenspel (schema {version}). You can read it; update Samenspel to edit it.',
  'error.unreadable-schema': 'The schema version of this draft is unreadable, so you can only read it.',
  'error.missing-migration': 'This version of Samenspel cannot update the draft from schema {from} to {to}.',
  'error.list-full': 'This list holds at most {max} items; remove one first.',
  'error.unknown-item': 'This item no longer exists; someone may just have removed it.',
  'error.unknown-field': 'Samenspel does not know the field “{field}”.',
  'error.not-text': '“{field}” takes text.',
  'error.invalid-value': 'This value does not fit “{field}”.',
  'error.personal-shared': 'Personal interests are not shared: they stay on this device.',
  'error.wrong-type': '“{field}” holds a different kind of data than the schema expects and was skipped.',
  'error.not-map': '“{field}” should hold keys with values; skipped.',
  'error.not-item': 'An item belongs here; skipped.',
  'error.missing-id': 'An item without a valid id was skipped.',
  'error.duplicate-id': 'A second item with id {id} was skipped.',
  'error.unknown-key': 'The unknown key “{key}” in “{field}” was skipped.',
  'error.not-http-url': 'This is not a web address (http or https): {url}',
  'error.invalid-annotation': 'This is not a valid mark.',
  'error.invalid-annotation-field': 'This mark is not valid at “{field}”.',
  'error.import-too-large': 'The file is too large (more than {max} characters).',
  'error.import-not-json': 'This file is not valid JSON.',
  'error.import-no-annotations': 'It holds no marks: expected a Web Annotation, a list of them or an AnnotationPage.',
  'error.import-too-many': 'Too many marks ({count}; at most {max}).',
};

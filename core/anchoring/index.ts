// Anchoring of web annotations on strings (no DOM): W3C selectors for a text range,
// re-anchoring them in changed text (at once or time-sliced), URL normalisation, and the
// annotation type with its JSON-LD export and validated import.
export {
  CONTEXT_LENGTH,
  describeTextRange,
  type AnchorResult,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors.js';
export {
  anchorAll,
  anchorAllSliced,
  anchorAllSteps,
  anchorSelectors,
  anchorSteps,
  MIN_CONTEXT_SCORE,
  MIN_QUOTE_SCORE,
  MIN_SCORE,
  type AnchorOptions,
} from './anchor.js';
export { CancelledError, runSliced, runToEnd, type SliceOptions, type Steps } from './schedule.js';
export { normalizeUrl, UrlError } from './url.js';
export {
  ANNOTATION_LEVELS,
  AnnotationError,
  annotationSchema,
  LIMITS,
  parseAnnotation,
  VISIBILITIES,
  type Annotation,
  type AnnotationLevel,
  type Visibility,
} from './annotation.js';
export {
  fromJsonLd,
  importAnnotations,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ITEMS,
  toJsonLd,
  toJsonLdPage,
  type ImportProblem,
  type ImportResult,
  type JsonLdAnnotation,
} from './jsonld.js';

// Anchoring of web annotations on strings (no DOM): W3C selectors for a text range,
// re-anchoring them in changed text, URL normalisation, and the annotation type with its
// JSON-LD export and validated import.
export {
  CONTEXT_LENGTH,
  describeTextRange,
  type AnchorResult,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors.ts';
export { anchorAll, anchorSelectors, MIN_CONTEXT_SCORE, MIN_QUOTE_SCORE, MIN_SCORE, type AnchorOptions } from './anchor.ts';
export { normalizeUrl, UrlError } from './url.ts';
export {
  ANNOTATION_CONDITION_IDS,
  ANNOTATION_LEVELS,
  AnnotationError,
  annotationSchema,
  LIMITS,
  parseAnnotation,
  VISIBILITIES,
  type Annotation,
  type AnnotationLevel,
  type Visibility,
} from './annotation.ts';
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
} from './jsonld.ts';

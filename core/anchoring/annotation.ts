// The annotation a user makes on a partner's web page (a passage tagged as one of that
// partner's interests): its valibot schema, the type derived from it, and the limits every
// stored or imported annotation must respect.
import * as v from 'valibot';
import { idSchema } from '../base/ids.js';
import { CodedError } from '../i18n/errors.js';
import { CONDITION_IDS } from '../knowledge/condition-ids.js';

export const ANNOTATION_LEVELS = ['collective', 'organisational', 'personal'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const LIMITS = {
  quote: 10_000,
  context: 256,
  title: 500,
  note: 10_000,
  url: 2_048,
} as const;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
const timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp'));
export const httpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http(s) address'),
);

export const quoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'the quote is empty'), v.maxLength(LIMITS.quote)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
});

export const positionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.end > s.start, 'end must come after start'),
);

export const selectorsSchema = v.pipe(
  v.array(v.variant('type', [quoteSelectorSchema, positionSelectorSchema])),
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'needs exactly one TextQuoteSelector'),
  v.check((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, 'at most one TextPositionSelector'),
);

export const annotationSchema = v.object({
  id: idSchema,
  /** Normalised URL of the page (see normalizeUrl). */
  url: httpUrlSchema,
  /** Title of the page when the annotation was made. */
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  /** A TextQuoteSelector and usually a TextPositionSelector. */
  selectors: selectorsSchema,
  partnerId: idSchema,
  level: v.picklist(ANNOTATION_LEVELS),
  conditionId: v.nullable(v.picklist(CONDITION_IDS)),
  note: v.pipe(v.string(), v.maxLength(LIMITS.note)),
  /** Personal interests stay 'private' (on this device) unless the user shares them. */
  visibility: v.picklist(VISIBILITIES),
  /** ISO 8601 timestamps. */
  created: timestamp,
  modified: timestamp,
});

export type Annotation = v.InferOutput<typeof annotationSchema>;

/** Thrown for an annotation (or its JSON-LD) that does not fit the schema; `field` names where. */
export class AnnotationError extends CodedError {
  override name = 'AnnotationError';
}

/** The error for the first issue valibot found, naming its field when it has one. */
export function annotationIssue(issue: v.BaseIssue<unknown>): AnnotationError {
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return field
    ? new AnnotationError('invalid-annotation-field', { field, reason: issue.message })
    : new AnnotationError('invalid-annotation', { reason: issue.message });
}

/** `input` as a valid Annotation (unknown keys dropped), or an AnnotationError naming the field. */
export function parseAnnotation(input: unknown): Annotation {
  const result = v.safeParse(annotationSchema, input);
  if (!result.success) throw annotationIssue(result.issues[0]);
  return result.output;
}

// The annotation a user makes on a partner's web page (a passage tagged as one of that
// partner's interests), its valibot schema, and the limits every stored or imported
// annotation must respect.
import * as v from 'valibot';
import { CONDITION_IDS, type ConditionId } from '../knowledge/condition-ids.js';
import type { Selector } from './selectors.js';

export const ANNOTATION_LEVELS = ['collective', 'organisational', 'personal'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface Annotation {
  id: string;
  /** Normalised URL of the page (see normalizeUrl). */
  url: string;
  /** Title of the page when the annotation was made. */
  title: string;
  /** A TextQuoteSelector and usually a TextPositionSelector. */
  selectors: Selector[];
  partnerId: string;
  level: AnnotationLevel;
  conditionId: ConditionId | null;
  note: string;
  /** Personal interests stay 'private' (on this device) unless the user shares them. */
  visibility: Visibility;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

export const LIMITS = {
  quote: 10_000,
  context: 256,
  title: 500,
  note: 10_000,
  url: 2_048,
} as const;

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'moet 1-64 tekens a-z, A-Z, 0-9, _ of - zijn'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));
const timestamp = v.pipe(v.string(), v.isoTimestamp('moet een ISO 8601-tijdstip zijn'));
export const httpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.url('moet een URL zijn'),
  v.regex(/^https?:\/\//i, 'moet een http(s)-adres zijn'),
);

export const quoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'citaat is leeg'), v.maxLength(LIMITS.quote)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
});

export const positionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.end > s.start, 'eind moet na begin liggen'),
);

export const selectorsSchema = v.pipe(
  v.array(v.variant('type', [quoteSelectorSchema, positionSelectorSchema])),
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'precies één TextQuoteSelector nodig'),
  v.check((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, 'hoogstens één TextPositionSelector'),
);

export const annotationSchema = v.object({
  id,
  url: httpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  selectors: selectorsSchema,
  partnerId: id,
  level: v.picklist(ANNOTATION_LEVELS),
  conditionId: v.nullable(v.picklist(CONDITION_IDS)),
  note: v.pipe(v.string(), v.maxLength(LIMITS.note)),
  visibility: v.picklist(VISIBILITIES),
  created: timestamp,
  modified: timestamp,
});

/** Thrown for an annotation (or its JSON-LD) that does not fit the schema. */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
}

/** `input` as a valid Annotation (unknown keys dropped), or an AnnotationError naming the field. */
export function parseAnnotation(input: unknown): Annotation {
  const result = v.safeParse(annotationSchema, input);
  if (!result.success) throw new AnnotationError(describeIssue(result.issues[0]));
  return result.output as Annotation;
}

export function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'Ongeldige annotatie';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `Ongeldige annotatie${path ? ` bij '${path}'` : ''}: ${issue.message}`;
}

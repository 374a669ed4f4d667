// Export and import of annotations as W3C Web Annotation JSON-LD. Samenspel's own fields
// (partner, level, condition, visibility, page title) travel under the `samenspel:` prefix.
// Import validates everything and never touches what is already stored: it returns the
// new annotations, the conflicts and the problems, and the caller decides what to save.
// Annotations made by other tools (a W3C export, Hypothesis' JSON export) are taken as far
// as their selectors allow, filed under a partner the caller chooses (foreign.ts).
import * as v from 'valibot';
import { newId } from '../base/ids.js';
import { CodedError, devMessage, type Coded } from '../i18n/errors.js';
import { annotationIssue, parseAnnotation, type Annotation } from './annotation.js';
import { fromForeign, type ForeignDefaults } from './foreign.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SAMENSPEL_VOCAB = 'urn:samenspel:vocab#';
export const ID_PREFIX = 'urn:samenspel:annotation:';
const PAGE_ID_PREFIX = 'urn:samenspel:annotations:';

/** Largest JSON text accepted by import (characters). */
export const MAX_IMPORT_CHARS = 5_000_000;
/** Most annotations in one import. */
export const MAX_IMPORT_ITEMS = 10_000;

export interface JsonLdAnnotation {
  '@context': [typeof ANNO_CONTEXT, { samenspel: typeof SAMENSPEL_VOCAB }];
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  created: string;
  modified: string;
  /** Left out when there is no note: the model allows no body, but not an empty one. */
  body?: [{ type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }];
  target: { source: string; selector: Annotation['selectors'] };
  'samenspel:title': string;
  'samenspel:partnerId': string;
  'samenspel:level': Annotation['level'];
  'samenspel:conditionId': Annotation['conditionId'];
  'samenspel:visibility': Annotation['visibility'];
}

export function toJsonLd(a: Annotation): JsonLdAnnotation {
  return {
    '@context': [ANNO_CONTEXT, { samenspel: SAMENSPEL_VOCAB }],
    id: ID_PREFIX + a.id,
    type: 'Annotation',
    motivation: 'tagging',
    created: a.created,
    modified: a.modified,
    ...(a.note ? { body: [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }] as const } : {}),
    target: { source: a.url, selector: a.selectors.map((s) => ({ ...s })) },
    'samenspel:title': a.title,
    'samenspel:partnerId': a.partnerId,
    'samenspel:level': a.level,
    'samenspel:conditionId': a.conditionId,
    'samenspel:visibility': a.visibility,
  };
}

/** The outer shape; field contents are checked by the annotation schema afterwards. */
const jsonLdShape = v.object({
  id: v.pipe(v.string(), v.startsWith(ID_PREFIX, `must start with ${ID_PREFIX}`), v.maxLength(200)),
  type: v.union([v.literal('Annotation'), v.pipe(v.array(v.string()), v.includes('Annotation'))]),
  created: v.unknown(),
  modified: v.optional(v.unknown()),
  body: v.optional(v.union([v.array(v.unknown()), v.unknown()])),
  target: v.object({
    source: v.string(),
    selector: v.union([v.array(v.unknown()), v.looseObject({ type: v.string() })]),
  }),
  'samenspel:title': v.optional(v.unknown(), ''),
  'samenspel:partnerId': v.unknown(),
  'samenspel:level': v.unknown(),
  'samenspel:conditionId': v.optional(v.unknown(), null),
  'samenspel:visibility': v.optional(v.unknown(), 'private'),
});

const commentBody = v.looseObject({ type: v.literal('TextualBody'), purpose: v.literal('commenting'), value: v.string() });

/** Exported by Samenspel: its id carries our prefix. */
const isOwn = (x: unknown): boolean => !!x && typeof x === 'object' && String((x as { id?: unknown }).id ?? '').startsWith(ID_PREFIX);

/**
 * One JSON-LD annotation (object) as an Annotation; AnnotationError when it does not fit.
 * Another tool's annotation needs `foreign.partnerId` to be filed under.
 */
export function fromJsonLd(input: unknown, foreign: ForeignDefaults = {}): Annotation {
  if (!isOwn(input)) return fromForeign(input, foreign);
  const shape = v.safeParse(jsonLdShape, input);
  if (!shape.success) throw annotationIssue(shape.issues[0]);
  const o = shape.output;
  const bodies = Array.isArray(o.body) ? o.body : o.body === undefined ? [] : [o.body];
  const notes = bodies.flatMap((b) => {
    const r = v.safeParse(commentBody, b);
    return r.success ? [r.output.value] : [];
  });
  return parseAnnotation({
    id: o.id.slice(ID_PREFIX.length),
    url: o.target.source,
    title: o['samenspel:title'],
    selectors: Array.isArray(o.target.selector) ? o.target.selector : [o.target.selector],
    partnerId: o['samenspel:partnerId'],
    level: o['samenspel:level'],
    conditionId: o['samenspel:conditionId'],
    note: notes.join('\n\n'),
    visibility: o['samenspel:visibility'],
    created: o.created,
    modified: o.modified ?? o.created,
  });
}

/** A whole export: an AnnotationPage (with its own IRI, as the model requires) holding the items. */
export function toJsonLdPage(annotations: readonly Annotation[], id = PAGE_ID_PREFIX + newId()) {
  return {
    '@context': [ANNO_CONTEXT, { samenspel: SAMENSPEL_VOCAB }],
    id,
    type: 'AnnotationPage',
    items: annotations.map(toJsonLd),
  };
}

/** A problem of an import: a code for the catalogue and the developer's wording. */
export interface ImportProblem extends Coded {
  /** Index of the item in the import, or -1 for the whole input. */
  index: number;
  message: string;
}

const importProblem = (index: number, { code, params }: Coded): ImportProblem => ({ index, code, params, message: devMessage(code, params) });

export interface ImportResult {
  /** Valid annotations whose id is not stored yet: the caller may add these. */
  added: Annotation[];
  /** Valid annotations whose id is already stored: kept out; the stored one stays. */
  conflicts: Annotation[];
  problems: ImportProblem[];
}

function items(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root;
  if (root && typeof root === 'object') {
    const o = root as Record<string, unknown>;
    if (Array.isArray(o.items)) return o.items;
    // Hypothesis' export: { export_date, export_userid, client_version, annotations: [...] }.
    if (Array.isArray(o.annotations)) return o.annotations;
    const first = o.first as Record<string, unknown> | undefined;
    if (first && typeof first === 'object' && Array.isArray(first.items)) return first.items;
    if (o.type === 'Annotation' || (Array.isArray(o.type) && o.type.includes('Annotation'))) return [root];
  }
  return null;
}

/**
 * Import JSON-LD (text or parsed): one annotation, an array, an AnnotationPage /
 * AnnotationCollection, or Hypothesis' export. Bad items are reported and skipped;
 * `existingIds` are never overwritten. Other tools' annotations go to `foreign.partnerId`.
 * Nothing is stored here.
 */
export function importAnnotations(input: unknown, existingIds: ReadonlySet<string> = new Set(), foreign: ForeignDefaults = {}): ImportResult {
  const result: ImportResult = { added: [], conflicts: [], problems: [] };
  let root = input;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_CHARS) {
      result.problems.push(importProblem(-1, { code: 'import-too-large', params: { max: MAX_IMPORT_CHARS } }));
      return result;
    }
    try {
      root = JSON.parse(input);
    } catch (e) {
      result.problems.push(importProblem(-1, { code: 'import-not-json', params: { reason: (e as Error).message } }));
      return result;
    }
  }
  const list = items(root);
  if (!list) {
    result.problems.push(importProblem(-1, { code: 'import-no-annotations', params: {} }));
    return result;
  }
  if (list.length > MAX_IMPORT_ITEMS) {
    result.problems.push(importProblem(-1, { code: 'import-too-many', params: { count: list.length, max: MAX_IMPORT_ITEMS } }));
    return result;
  }
  const seen = new Set<string>();
  list.forEach((item, index) => {
    try {
      const a = fromJsonLd(item, foreign);
      if (existingIds.has(a.id) || seen.has(a.id)) result.conflicts.push(a);
      else result.added.push(a);
      seen.add(a.id);
    } catch (e) {
      result.problems.push(importProblem(index, e instanceof CodedError ? e : { code: 'invalid-annotation', params: {} }));
    }
  });
  return result;
}

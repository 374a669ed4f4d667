// The typed message protocol between the annotator content script and the extension
// (side panel / background), over the extension runtime (browser.runtime / tabs messaging).
//
// Trust: only messages delivered by the extension runtime, from this extension, are ever
// handled (the sender checks are the extension's: extension/lib/senders.ts). window.postMessage
// and `message` events from the page are NEVER trusted and never listened to: any script on
// the page can send them. Every message, even a trusted one, goes through parseMessage first,
// which accepts only the shapes below (within size limits) and rejects everything else.
import * as v from 'valibot';
import { idSchema as id } from '../base/ids.js';
import type { Lang } from '../i18n/locales.js';
import { CONDITION_IDS } from '../knowledge/condition-ids.js';
import { ANNOTATION_LEVELS, annotationSchema, httpUrlSchema, LIMITS, VISIBILITIES, type Annotation } from './annotation.js';

export const MAX_ANNOTATIONS_PER_PAGE = 5_000;
export const MAX_PARTNERS = 500;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const selectors = annotationSchema.entries.selectors;

export const partnerSchema = v.object({ id, name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) });

/** What the user filled in on the toolbar, with the selectors of the selected text. */
export const draftSchema = v.object({
  url: httpUrlSchema,
  title: text(LIMITS.title),
  selectors,
  partnerId: id,
  level: v.picklist(ANNOTATION_LEVELS),
  conditionId: v.nullable(v.picklist(CONDITION_IDS)),
  note: text(LIMITS.note),
  visibility: v.picklist(VISIBILITIES),
});

const anchorStatus = v.object({
  id,
  status: v.picklist(['anchored', 'orphaned']),
  score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
});

/** Extension → content script. */
export const toPageSchemas = {
  'annotator/load': v.object({
    type: v.literal('annotator/load'),
    url: httpUrlSchema,
    annotations: v.pipe(v.array(annotationSchema), v.maxLength(MAX_ANNOTATIONS_PER_PAGE)),
    partners: v.pipe(v.array(partnerSchema), v.maxLength(MAX_PARTNERS)),
    /** The workspace's language for the toolbar's labels; without it they stay as they are. */
    lang: v.optional(v.picklist(['nl', 'en'] as const satisfies readonly Lang[])),
  }),
  'annotator/scroll-to': v.object({ type: v.literal('annotator/scroll-to'), id }),
  'annotator/remove': v.object({ type: v.literal('annotator/remove'), id }),
  'annotator/clear': v.object({ type: v.literal('annotator/clear') }),
  /** Open the toolbar for the current selection (keyboard shortcut relayed by the extension). */
  'annotator/tag-selection': v.object({ type: v.literal('annotator/tag-selection') }),
} as const;

/** Content script → extension. */
export const fromPageSchemas = {
  'annotator/ready': v.object({ type: v.literal('annotator/ready'), url: httpUrlSchema, title: text(LIMITS.title) }),
  'annotator/create': v.object({ type: v.literal('annotator/create'), draft: draftSchema }),
  'annotator/anchored': v.object({
    type: v.literal('annotator/anchored'),
    url: httpUrlSchema,
    results: v.pipe(v.array(anchorStatus), v.maxLength(MAX_ANNOTATIONS_PER_PAGE)),
  }),
  'annotator/activated': v.object({ type: v.literal('annotator/activated'), id }),
} as const;

const messageSchema = v.variant('type', [...Object.values(toPageSchemas), ...Object.values(fromPageSchemas)]);

export type AnnotatorMessage = v.InferOutput<typeof messageSchema>;
export type ToPageMessage = v.InferOutput<(typeof toPageSchemas)[keyof typeof toPageSchemas]>;
export type FromPageMessage = v.InferOutput<(typeof fromPageSchemas)[keyof typeof fromPageSchemas]>;
export type AnnotationDraft = v.InferOutput<typeof draftSchema>;
export type Partner = v.InferOutput<typeof partnerSchema>;
export type MessageType = AnnotatorMessage['type'];

/** The message `data` as a valid AnnotatorMessage (unknown keys dropped), or null. */
export function parseMessage(data: unknown): AnnotatorMessage | null {
  const result = v.safeParse(messageSchema, data);
  return result.success ? (result.output as AnnotatorMessage) : null;
}

/** Only messages meant for the content script (extension → page). */
export function parseToPage(data: unknown): ToPageMessage | null {
  const m = parseMessage(data);
  return m && m.type in toPageSchemas ? (m as ToPageMessage) : null;
}

/** Only messages a content script may send (page → extension). */
export function parseFromPage(data: unknown): FromPageMessage | null {
  const m = parseMessage(data);
  return m && m.type in fromPageSchemas ? (m as FromPageMessage) : null;
}

export type { Annotation };

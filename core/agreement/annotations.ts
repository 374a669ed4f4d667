// Web annotations in a draft: shared ones in the shared doc's additive `annotations` list
// (schema v1; older clients ignore it), private ones in the private doc's
// `privateAnnotations` list. Every item is validated on read against the annotation schema
// of core/anchoring; an item that does not fit is reported and skipped.
import * as Y from 'yjs';
import { annotationSchema, type Annotation } from '../anchoring/annotation.js';
import { describeIssue } from '../anchoring/annotation.js';
import * as v from 'valibot';
import { AgreementError, createEntity, patchEntity, readEntities, text, value, type EntitySpec } from './fields.js';
import { tryArray } from './doc-access.js';
import { addItem, AGREEMENT_ORIGIN, updateItem } from './mutations.js';
import type { Problem } from './schema.js';

export const SHARED_ANNOTATIONS = 'annotations';
export const PRIVATE_ANNOTATIONS = 'privateAnnotations';

const e = annotationSchema.entries;
/** Values are checked again as a whole on read; `note` is collaborative text. */
const SPEC: EntitySpec = {
  url: value(e.url, ''),
  title: value(e.title, ''),
  selectors: value(e.selectors, []),
  partnerId: value(e.partnerId, ''),
  level: value(e.level, 'organisational'),
  conditionId: value(e.conditionId, null),
  note: text(),
  created: value(e.created, ''),
  modified: value(e.modified, ''),
};

const listName = (shared: boolean) => (shared ? SHARED_ANNOTATIONS : PRIVATE_ANNOTATIONS);

/** The annotations of one doc (`shared`: the draft; otherwise the private doc), validated. */
export function readAnnotations(doc: Y.Doc, shared: boolean, problems: Problem[] = []): Annotation[] {
  const name = listName(shared);
  const raw = readEntities(tryArray(doc, name, problems), SPEC, name, problems);
  const out: Annotation[] = [];
  raw.forEach((item) => {
    const result = v.safeParse(annotationSchema, { ...item, visibility: shared ? 'shared' : 'private' });
    if (result.success) out.push(result.output as Annotation);
    else problems.push({ path: `${name}[${String(item.id)}]`, message: describeIssue(result.issues[0]) });
  });
  return out;
}

/** Store a validated annotation in the doc its visibility belongs to (personal ones never shared). */
export function addAnnotation(doc: Y.Doc, a: Annotation): void {
  const parsed = v.safeParse(annotationSchema, a);
  if (!parsed.success) throw new AgreementError(describeIssue(parsed.issues[0]));
  const shared = a.visibility === 'shared';
  if (shared && a.level === 'personal') throw new AgreementError('Persoonlijke belangen worden niet gedeeld');
  const { id, visibility: _visibility, ...fields } = parsed.output;
  const map = createEntity(SPEC, id, fields);
  doc.transact(() => doc.getArray(listName(shared)).push([map]), AGREEMENT_ORIGIN);
}

function indexIn(doc: Y.Doc, shared: boolean, id: string): number {
  return doc.getArray<Y.Map<unknown>>(listName(shared)).toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === id);
}

export type AnnotationPatch = Partial<Pick<Annotation, 'partnerId' | 'level' | 'conditionId' | 'note'>>;

export function updateAnnotation(doc: Y.Doc, shared: boolean, id: string, patch: AnnotationPatch): void {
  const index = indexIn(doc, shared, id);
  if (index < 0) throw new AgreementError(`Geen annotatie met id ${id}`);
  if (shared && patch.level === 'personal') throw new AgreementError('Persoonlijke belangen worden niet gedeeld');
  doc.transact(() => {
    const map = doc.getArray<Y.Map<unknown>>(listName(shared)).get(index);
    patchEntity(map, SPEC, { ...patch, modified: new Date().toISOString() });
  }, AGREEMENT_ORIGIN);
}

/** Remove it; false when it was not there. */
export function removeAnnotation(doc: Y.Doc, shared: boolean, id: string): boolean {
  const index = indexIn(doc, shared, id);
  if (index < 0) return false;
  doc.transact(() => doc.getArray(listName(shared)).delete(index, 1), AGREEMENT_ORIGIN);
  return true;
}

/** The quote an annotation marks (its TextQuoteSelector). */
export function annotationQuote(a: Annotation): string {
  const q = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return q && 'exact' in q ? q.exact : '';
}

/**
 * A shared, non-personal annotation becomes a source of the partner's interest: the
 * interest already pointing at it is kept (linked), otherwise one is created with the note
 * (or the quote) as its text. Returns the interest id, or null when it must stay private.
 */
export function linkInterest(doc: Y.Doc, a: Annotation): string | null {
  if (a.visibility !== 'shared' || a.level === 'personal') return null;
  const items = doc.getArray<Y.Map<unknown>>('interests').toArray().filter((m) => m instanceof Y.Map);
  const existing = items.find((m) => (m.get('source') as { annotationId?: string } | null)?.annotationId === a.id);
  if (existing) return existing.get('id') as string;
  const quote = annotationQuote(a);
  const text = a.note.trim() || quote.slice(0, 2000);
  const source = { annotationId: a.id, url: a.url, title: a.title, quote: quote.slice(0, 5000) };
  // An interest that lost this source when the annotation was made private is linked again.
  const orphan = items.find((m) => !m.get('source') && m.get('partnerId') === a.partnerId && String(m.get('text') ?? '') === text);
  if (orphan) {
    updateItem(doc, 'interests', orphan.get('id') as string, { source });
    return orphan.get('id') as string;
  }
  return addItem(doc, 'interests', { partnerId: a.partnerId, level: a.level, conditionId: a.conditionId, text, source });
}

/** The annotation left the partnership (made private or deleted): interests keep their text, lose the source. */
export function unlinkInterest(doc: Y.Doc, annotationId: string): void {
  doc.transact(() => {
    for (const m of doc.getArray<Y.Map<unknown>>('interests').toArray()) {
      if (m instanceof Y.Map && (m.get('source') as { annotationId?: string } | null)?.annotationId === annotationId) m.set('source', null);
    }
  }, AGREEMENT_ORIGIN);
}

/** Move an annotation between the private doc and the shared doc (personal ones stay private). */
export function setVisibility(shared: Y.Doc, priv: Y.Doc, a: Annotation, visibility: Annotation['visibility']): Annotation {
  if (a.visibility === visibility) return a;
  if (visibility === 'shared' && a.level === 'personal') throw new AgreementError('Persoonlijke belangen worden niet gedeeld');
  const moved: Annotation = { ...a, visibility, modified: new Date().toISOString() };
  if (visibility === 'shared') {
    addAnnotation(shared, moved);
    removeAnnotation(priv, false, a.id);
    linkInterest(shared, moved);
  } else {
    addAnnotation(priv, moved);
    removeAnnotation(shared, true, a.id);
    unlinkInterest(shared, a.id);
  }
  return moved;
}

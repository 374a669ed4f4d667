// Web annotations in a draft: shared ones in the shared doc's additive `annotations` list
// (schema v1; older clients ignore it), private ones in the private doc's
// `privateAnnotations` list. Every item is validated on read against the annotation schema
// of core/anchoring; an item that does not fit is reported and skipped. Fronts change them
// only through annotationService: one call per user action, every write through the gate.
import * as Y from 'yjs';
import * as v from 'valibot';
import { annotationIssue, annotationSchema, parseAnnotation, type Annotation, type Visibility } from '../anchoring/annotation.js';
import { AgreementError, createEntity, patchEntity, readEntities, text, value, type EntitySpec } from './fields.js';
import { tryArray } from './doc-access.js';
import { newId } from '../base/ids.js';
import { addItem, assertWritable, edit, findItem, updateItem } from './mutations.js';
import { problem, type ReadProblem } from './problems.js';
import type { Agreement, SourceRef } from './schema.js';

export const SHARED_ANNOTATIONS = 'annotations';
export const PRIVATE_ANNOTATIONS = 'privateAnnotations';

const e = annotationSchema.entries;
/** Values are checked again as a whole on read; `note` is collaborative text. */
const SPEC = {
  url: value(e.url, ''),
  title: value(e.title, ''),
  selectors: value(e.selectors, []),
  partnerId: value(e.partnerId, ''),
  level: value(e.level, 'organisational'),
  conditionId: value(e.conditionId, null),
  note: text(),
  created: value(e.created, ''),
  modified: value(e.modified, ''),
} as const satisfies EntitySpec;

const listName = (shared: boolean) => (shared ? SHARED_ANNOTATIONS : PRIVATE_ANNOTATIONS);

/** The annotations of one doc (`shared`: the draft; otherwise the private doc), validated. */
export function readAnnotations(doc: Y.Doc, shared: boolean, problems: ReadProblem[] = []): Annotation[] {
  const name = listName(shared);
  const out: Annotation[] = [];
  for (const item of readEntities(tryArray(doc, name, problems), SPEC, name, problems)) {
    const result = v.safeParse(annotationSchema, { ...item, visibility: shared ? 'shared' : 'private' });
    if (result.success) out.push(result.output);
    else {
      const { code, params } = annotationIssue(result.issues[0]);
      problems.push(problem(`${name}[${item.id}]`, code, params));
    }
  }
  return out;
}

/** The quote an annotation marks (its TextQuoteSelector). */
export function annotationQuote(a: Annotation): string {
  const q = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return q && 'exact' in q ? q.exact : '';
}

/**
 * The partner whose website the page is on (its origin is one of the partner's `origins`),
 * or null. Marking on a school's site then defaults to the school, not the first partner.
 */
export function partnerOfPage(agreement: { partners: readonly Pick<Agreement['partners'][number], 'id' | 'origins'>[] }, url: string): string | null {
  let origin: string;
  try {
    origin = new URL(url).origin.toLowerCase();
  } catch {
    return null;
  }
  return agreement.partners.find((p) => p.origins.some((o) => o.toLowerCase() === origin))?.id ?? null;
}

const sourceOf = (m: Y.Map<unknown>) => m.get('source') as Partial<SourceRef> | null | undefined;

/**
 * A shared, non-personal annotation becomes a source of the partner's interest: the
 * interest already pointing at it is kept (linked), otherwise one is created with the quoted
 * passage as its text and the annotation's note as its note. Inside the caller's
 * transaction on the shared doc.
 */
function linkInterest(doc: Y.Doc, a: Annotation): void {
  if (a.level === 'personal') return;
  const items = doc.getArray<unknown>('interests').toArray().filter((m) => m instanceof Y.Map);
  if (items.some((m) => sourceOf(m)?.annotationId === a.id)) return;
  const quote = annotationQuote(a);
  const text = quote.slice(0, 2000);
  const note = a.note.trim();
  const source = { annotationId: a.id, url: a.url, title: a.title, quote: quote.slice(0, 5000) };
  // An interest that lost this source when the annotation was made private is linked again.
  const orphan = items.find((m) => !m.get('source') && m.get('partnerId') === a.partnerId && String(m.get('text') ?? '') === text);
  if (orphan) updateItem(doc, 'interests', orphan.get('id') as string, { source });
  else addItem(doc, 'interests', { partnerId: a.partnerId, level: a.level, conditionId: a.conditionId, text, note, source });
}

/** A shared annotation's note changed: the note of the interest it is the source of follows. */
function followNote(doc: Y.Doc, annotationId: string, note: string): void {
  for (const m of doc.getArray<unknown>('interests').toArray()) {
    if (m instanceof Y.Map && sourceOf(m)?.annotationId === annotationId) updateItem(doc, 'interests', m.get('id') as string, { note });
  }
}

/** The annotation left the partnership (made private or deleted): interests keep their text, lose the source. */
function unlinkInterest(doc: Y.Doc, annotationId: string): void {
  for (const m of doc.getArray<unknown>('interests').toArray()) {
    if (m instanceof Y.Map && sourceOf(m)?.annotationId === annotationId) m.set('source', null);
  }
}

export type AnnotationPatch = Partial<Pick<Annotation, 'partnerId' | 'level' | 'conditionId' | 'note'>>;

/** The two docs of an open draft (a DraftSession is one). */
export interface DraftDocs {
  readonly doc: Y.Doc;
  readonly privateDoc: Y.Doc;
}

export interface AnnotationService {
  /** A new annotation from the page's toolbar: stored as `add` does, with a fresh id and timestamps. */
  create(draft: Omit<Annotation, 'id' | 'created' | 'modified'>, mayShare: boolean): Annotation;
  /**
   * Store a valid annotation where it belongs: shared ones in the draft together with their
   * interest, personal ones (and every one when `mayShare` is false) in the private doc.
   */
  add(a: Annotation, mayShare: boolean): Annotation;
  update(a: Annotation, patch: AnnotationPatch): void;
  /** Move it between the private doc and the draft (personal ones stay private). */
  setVisibility(a: Annotation, visibility: Visibility): Annotation;
  /** Delete it (a shared one's interest keeps its text); false when it was not there. */
  remove(a: Annotation): boolean;
}

/** The annotations of a draft, changed through the write gate (AgreementError when refused). */
export function annotationService(docs: DraftDocs): AnnotationService {
  const docOf = (visibility: Visibility) => (visibility === 'shared' ? docs.doc : docs.privateDoc);
  const refuseShared = (level: Annotation['level'] | undefined) => {
    if (level === 'personal') throw new AgreementError('personal-shared');
  };
  const store = (a: Annotation) => {
    const { id, visibility, ...fields } = a;
    const doc = docOf(visibility);
    edit(doc, () => {
      doc.getArray(listName(visibility === 'shared')).push([createEntity(SPEC, id, fields)]);
      if (visibility === 'shared') linkInterest(doc, a);
    });
  };
  /** Remove from its doc (and unlink its interest) in one transaction; false when absent. */
  const drop = (a: Annotation): boolean => {
    const doc = docOf(a.visibility);
    const shared = a.visibility === 'shared';
    const array = doc.getArray<unknown>(listName(shared));
    const index = array.toArray().findIndex((m) => m instanceof Y.Map && m.get('id') === a.id);
    if (index < 0) return false;
    edit(doc, () => {
      array.delete(index, 1);
      if (shared) unlinkInterest(doc, a.id);
    });
    return true;
  };
  const service: AnnotationService = {
    create(draft, mayShare) {
      const now = new Date().toISOString();
      return service.add({ ...draft, id: newId(), created: now, modified: now }, mayShare);
    },
    add(a, mayShare) {
      const stored = parseAnnotation(a.level === 'personal' || !mayShare ? { ...a, visibility: 'private' } : a);
      store(stored);
      return stored;
    },
    update(a, patch) {
      if (a.visibility === 'shared') refuseShared(patch.level);
      const doc = docOf(a.visibility);
      edit(doc, () => {
        patchEntity(findItem(doc, listName(a.visibility === 'shared'), a.id).map, SPEC, { ...patch, modified: new Date().toISOString() });
        if (a.visibility === 'shared' && patch.note !== undefined) followNote(doc, a.id, patch.note.trim());
      });
    },
    setVisibility(a, visibility) {
      if (a.visibility === visibility) return a;
      if (visibility === 'shared') refuseShared(a.level);
      const moved = parseAnnotation({ ...a, visibility, modified: new Date().toISOString() });
      // Both docs are written: refuse before either is touched.
      assertWritable(docs.doc);
      assertWritable(docs.privateDoc);
      store(moved);
      drop(a);
      return moved;
    },
    remove: drop,
  };
  return service;
}

// Annotations made by other tools — a W3C Web Annotation from any annotator, or an item of
// Hypothesis' JSON export — as Samenspel annotations, as far as their selectors allow: the
// TextQuoteSelector (with or without prefix and suffix) and a TextPositionSelector are kept,
// other kinds (RangeSelector, XPath, CSS) are dropped. Such annotations name no partner, so the
// caller says whose interest they are; they arrive private, for the user to review and share.
import { ID_PATTERN, newId } from '../base/ids.js';
import { AnnotationError, parseAnnotation, type Annotation, type AnnotationLevel } from './annotation.js';
import type { Selector } from './selectors.js';
import { normalizeUrl } from './url.js';

export interface ForeignDefaults {
  /** The partner whose interests the imported passages are. */
  partnerId?: string | undefined;
  level?: AnnotationLevel;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => !!x && typeof x === 'object' && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The first target with a source: its address and selectors (Hypothesis also has `uri`). */
function target(o: Obj): { source: string; selectors: unknown[] } | null {
  for (const t of list(o.target)) {
    if (typeof t === 'string') return { source: t, selectors: [] };
    if (isObj(t) && typeof t.source === 'string') return { source: t.source, selectors: list(t.selector) };
  }
  const uri = str(o.uri);
  return uri ? { source: uri, selectors: [] } : null;
}

/** The quote and position selectors, the first of each kind; prefix and suffix may be absent. */
function selectors(raw: unknown[]): Selector[] {
  const quote = raw.find((s): s is Obj => isObj(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
  const position = raw.find((s): s is Obj => isObj(s) && s.type === 'TextPositionSelector');
  const out: Selector[] = [];
  if (quote) out.push({ type: 'TextQuoteSelector', exact: quote.exact as string, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '' });
  if (position && Number.isInteger(position.start) && Number.isInteger(position.end)) {
    out.push({ type: 'TextPositionSelector', start: position.start as number, end: position.end as number });
  }
  return out;
}

/** The note: textual bodies that are not tags, a `bodyValue`, or Hypothesis' `text`. */
function note(o: Obj): string {
  const texts = list(o.body).flatMap((b) => (isObj(b) && typeof b.value === 'string' && b.purpose !== 'tagging' ? [b.value] : []));
  for (const extra of [o.bodyValue, o.text]) if (typeof extra === 'string' && extra.trim()) texts.push(extra);
  return texts.join('\n\n');
}

const iso = (x: unknown): string | undefined => {
  if (typeof x !== 'string') return undefined;
  const t = Date.parse(x);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
};

/** The last segment of the tool's IRI when it fits our ids, so a second import finds it again. */
function idOf(o: Obj): string {
  const last = str(o.id)?.split(/[/:#]/).pop();
  return last && ID_PATTERN.test(last) ? last : newId();
}

export function fromForeign(input: unknown, defaults: ForeignDefaults): Annotation {
  if (!isObj(input)) throw new AnnotationError('invalid-annotation', { reason: 'not an object' });
  const t = target(input);
  if (!t) throw new AnnotationError('invalid-annotation-field', { field: 'target', reason: 'no source' });
  const sel = selectors(t.selectors);
  if (!sel.some((s) => s.type === 'TextQuoteSelector')) throw new AnnotationError('import-no-quote', {});
  if (!defaults.partnerId) throw new AnnotationError('import-needs-partner', {});
  const created = iso(input.created) ?? iso(input.updated) ?? iso(input.modified);
  const title = list(isObj(input.document) ? input.document.title : undefined).find((x) => typeof x === 'string');
  return parseAnnotation({
    id: idOf(input),
    url: normalizeUrl(t.source),
    title: typeof title === 'string' ? title.slice(0, 500) : '',
    selectors: sel,
    partnerId: defaults.partnerId,
    level: defaults.level ?? 'organisational',
    conditionId: 'interests',
    note: note(input),
    visibility: 'private',
    created,
    modified: iso(input.modified) ?? iso(input.updated) ?? created,
  });
}

// Exports checked against the W3C Web Annotation model's MUST rules (written down as data in
// test/fixtures/w3c-annotation/must-rules.json, one check per rule), and imports of what other
// tools export: a Hypothesis JSON export and a W3C annotation with a bare quote selector.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSelectors, describeTextRange, importAnnotations, toJsonLd, toJsonLdPage, type Annotation } from '../../../core/anchoring/index.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/w3c-annotation');
const rules = JSON.parse(readFileSync(join(FIXTURES, 'must-rules.json'), 'utf8')).rules as { id: string; applies: string }[];
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

type Json = Record<string, any>;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const isIri = (x: unknown) => typeof x === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(x);
const isDateTime = (x: unknown) => typeof x === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(x);
const nonNegativeInt = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function contextOk(o: Json): boolean {
  const c = o['@context'];
  if (typeof c === 'string') return c === ANNO;
  return Array.isArray(c) && c.length > 1 && c.includes(ANNO);
}

/** Each rule's check on an exported annotation (page rules on the page); true when it holds. */
const annotationChecks: Record<string, (a: Json) => boolean> = {
  'context-present': contextOk,
  'annotation-id': (a) => isIri(a.id),
  'annotation-type': (a) => list(a.type).includes('Annotation'),
  'target-present': (a) => list(a.target).length >= 1,
  'body-not-empty': (a) => !('body' in a) || list(a.body).length >= 1,
  'body-or-bodyValue': (a) => !('body' in a && 'bodyValue' in a),
  'textual-body-value': (a) => list(a.body).every((b: any) => b.type !== 'TextualBody' || typeof b.value === 'string'),
  'specific-resource-source': (a) => list(a.target).every((t: any) => typeof t === 'string' || isIri(t.source)),
  'quote-exact': (a) =>
    list(a.target).every((t: any) =>
      list(t.selector)
        .filter((s: any) => s.type === 'TextQuoteSelector')
        .every((s: any) => typeof s.exact === 'string' && ['prefix', 'suffix'].every((k) => !(k in s) || typeof s[k] === 'string')),
    ),
  'position-offsets': (a) =>
    list(a.target).every((t: any) =>
      list(t.selector)
        .filter((s: any) => s.type === 'TextPositionSelector')
        .every((s: any) => nonNegativeInt(s.start) && nonNegativeInt(s.end)),
    ),
  'datetime-format': (a) => ['created', 'modified'].every((k) => !(k in a) || isDateTime(a[k])),
};
const pageChecks: Record<string, (p: Json) => boolean> = {
  'context-present': contextOk,
  'page-id': (p) => isIri(p.id),
  'page-type': (p) => list(p.type).includes('AnnotationPage'),
  'page-items': (p) => Array.isArray(p.items) && p.items.length >= 1,
};

const text = 'Op De Regenboog leren kinderen met en van elkaar. We willen leertijd buiten schooltijd organiseren, samen met de bibliotheek.';
const at = text.indexOf('leertijd');
const base: Annotation = {
  id: 'ann_01',
  url: 'https://www.obsderegenboog.nl/schoolplan',
  title: 'Schoolplan 2024-2028 | OBS De Regenboog',
  selectors: describeTextRange(text, at, at + 38),
  partnerId: 'school-regenboog',
  level: 'organisational',
  conditionId: 'interests',
  note: 'Past bij onze leesclub.',
  visibility: 'shared',
  created: '2026-03-01T10:00:00.000Z',
  modified: '2026-03-02T08:30:00.000Z',
};
const withoutNote: Annotation = { ...base, id: 'ann_02', note: '' };

describe('W3C Web Annotation MUST rules on our exports', () => {
  it('every rule in the fixture has a check, and every check a rule', () => {
    const ids = rules.map((r) => r.id).sort();
    expect([...new Set([...Object.keys(annotationChecks), ...Object.keys(pageChecks)])].sort()).toEqual(ids);
  });

  for (const [name, a] of [['with a note', base], ['without a note', withoutNote]] as const) {
    it(`an annotation ${name} keeps every rule`, () => {
      const ld = JSON.parse(JSON.stringify(toJsonLd(a))) as Json;
      const broken = Object.entries(annotationChecks).filter(([, check]) => !check(ld)).map(([id]) => id);
      expect(broken).toEqual([]);
    });
  }

  it('an annotation without a note has no body at all (not an empty one)', () => {
    expect('body' in toJsonLd(withoutNote)).toBe(false);
  });

  it('the page keeps every page rule, and each of its items every annotation rule', () => {
    const page = JSON.parse(JSON.stringify(toJsonLdPage([base, withoutNote]))) as Json;
    expect(Object.entries(pageChecks).filter(([, check]) => !check(page)).map(([id]) => id)).toEqual([]);
    // Items inside a page may rely on its context; give each the page's to check the rest.
    for (const item of page.items as Json[]) {
      expect(Object.entries(annotationChecks).filter(([, check]) => !check({ '@context': page['@context'], ...item })).map(([id]) => id)).toEqual([]);
    }
    expect(toJsonLdPage([base]).id).not.toBe(toJsonLdPage([base]).id);
  });

  it('the checks catch what the rules forbid (the old empty body, a page without id)', () => {
    expect(annotationChecks['body-not-empty']!({ ...toJsonLd(withoutNote), body: [] })).toBe(false);
    const { id: _dropped, ...pageWithoutId } = toJsonLdPage([base]);
    expect(pageChecks['page-id']!(pageWithoutId)).toBe(false);
  });
});

describe('annotations made by other tools', () => {
  it("imports a Hypothesis export: quotes kept as far as the selectors allow, a page note reported", () => {
    const result = importAnnotations(fixture('hypothesis-export.json'), new Set(), { partnerId: 'school-regenboog' });
    expect(result.added).toHaveLength(2);
    const [first, second] = result.added;
    expect(first).toMatchObject({
      id: 'Xq3b8oZ2Ee-7Y1tH4vLk2w',
      url: 'https://www.obsderegenboog.nl/schoolplan',
      title: 'Schoolplan 2024-2028 | OBS De Regenboog',
      partnerId: 'school-regenboog',
      note: 'Kansen voor de leesclub op woensdagmiddag.',
      visibility: 'private',
      created: '2026-11-18T09:41:27.301Z',
      modified: '2026-11-18T09:44:03.118Z',
    });
    // The RangeSelector (XPath into their DOM) is dropped; quote and position stay.
    expect(first!.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'leertijd buiten schooltijd organiseren', prefix: 'n elkaar. We willen ', suffix: ', samen met de bibliotheek en de' },
      { type: 'TextPositionSelector', start: 2875, end: 2913 },
    ]);
    // A bare quote (no prefix or suffix, no position) is enough.
    expect(second!.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'Ouders zijn welkom in de schoolbibliotheek', prefix: '', suffix: '' }]);
    expect(result.problems.map((p) => [p.index, p.code])).toEqual([[2, 'import-no-quote']]);
    // Imported again: found by id, nothing doubled.
    const again = importAnnotations(fixture('hypothesis-export.json'), new Set(result.added.map((a) => a.id)), { partnerId: 'school-regenboog' });
    expect(again.added).toEqual([]);
    expect(again.conflicts).toHaveLength(2);
  });

  it('imports a W3C annotation from another tool with a single quote selector and a bodyValue', () => {
    const result = importAnnotations(fixture('other-tool.jsonld'), new Set(), { partnerId: 'gemeente' });
    expect(result.problems).toEqual([]);
    expect(result.added[0]).toMatchObject({
      id: '7f3c2a',
      url: 'https://www.gemeente-voorbeeld.nl/coalitieakkoord',
      note: 'Wethouder noemt laaggeletterdheid als speerpunt.',
      partnerId: 'gemeente',
      selectors: [{ type: 'TextQuoteSelector', exact: 'de aanpak van laaggeletterdheid krijgt prioriteit', prefix: '', suffix: '' }],
    });
  });

  it('asks for a partner rather than guessing one', () => {
    const result = importAnnotations(fixture('other-tool.jsonld'));
    expect(result.added).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(['import-needs-partner']);
  });

  it('anchors a W3C quote selector without prefix or suffix', () => {
    const page = 'Het college vindt dat de aanpak van laaggeletterdheid krijgt prioriteit in deze periode.';
    expect(anchorSelectors(page, [{ type: 'TextQuoteSelector', exact: 'de aanpak van laaggeletterdheid krijgt prioriteit' }])).toMatchObject({
      start: page.indexOf('de aanpak'),
      score: 1,
    });
  });
});

// Annotations as W3C Web Annotation JSON-LD: a lossless round trip, and an import that
// rejects hostile or malformed input with a clear message and never overwrites what is stored.
import { describe, expect, it } from 'vitest';
import {
  AnnotationError,
  describeTextRange,
  fromJsonLd,
  importAnnotations,
  parseAnnotation,
  toJsonLd,
  toJsonLdPage,
  type Annotation,
} from '../../../core/anchoring/index.js';
import { codedText } from '../../../core/i18n/errors.js';
import { translator } from '../../../core/i18n/index.js';

const text = 'Op De Regenboog leren kinderen met en van elkaar. We willen leertijd buiten schooltijd organiseren.';
const at = text.indexOf('leertijd');

const annotation: Annotation = {
  id: 'ann_01',
  url: 'https://www.obsderegenboog.nl/schoolplan',
  title: 'Schoolplan 2024-2028 | OBS De Regenboog',
  selectors: describeTextRange(text, at, at + 38),
  partnerId: 'school-regenboog',
  level: 'organisational',
  conditionId: 'interests',
  note: 'Past bij onze leesclub op woensdag.',
  visibility: 'shared',
  created: '2025-03-01T10:00:00.000Z',
  modified: '2025-03-02T08:30:00.000Z',
};

describe('JSON-LD export', () => {
  it('is a W3C Annotation with the quote and position selectors on the page', () => {
    const ld = toJsonLd(annotation);
    expect(ld['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(ld.type).toBe('Annotation');
    expect(ld.id).toBe('urn:samenspel:annotation:ann_01');
    expect(ld.target.source).toBe(annotation.url);
    expect(ld.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(ld.body).toEqual([{ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' }]);
    expect(ld['samenspel:level']).toBe('organisational');
  });

  it('round-trips without loss, also through JSON text and as a page', () => {
    expect(fromJsonLd(toJsonLd(annotation))).toEqual(annotation);
    expect(fromJsonLd(JSON.parse(JSON.stringify(toJsonLd(annotation))))).toEqual(annotation);
    const personal = { ...annotation, id: 'ann_02', level: 'personal' as const, visibility: 'private' as const, note: '', conditionId: null };
    const result = importAnnotations(JSON.stringify(toJsonLdPage([annotation, personal])));
    expect(result).toEqual({ added: [annotation, personal], conflicts: [], problems: [] });
  });
});

describe('JSON-LD import', () => {
  const good = () => JSON.parse(JSON.stringify(toJsonLd(annotation)));

  it('names the field that is wrong', () => {
    const bad = good();
    bad['samenspel:level'] = 'geheim';
    expect(() => fromJsonLd(bad)).toThrow(/samenspel:level|level/);
    const noQuote = good();
    noQuote.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 5 }];
    expect(() => fromJsonLd(noQuote)).toThrow(/TextQuoteSelector/);
    expect(() => fromJsonLd(noQuote)).toThrow(expect.objectContaining({ code: 'invalid-annotation-field', params: expect.objectContaining({ field: 'selectors' }) }));
  });

  it('rejects hostile values: script URLs, overlong text, bad ids, bad offsets', () => {
    const cases: ((o: any) => void)[] = [
      (o) => (o.target.source = 'javascript:alert(1)'),
      (o) => (o.target.source = 'https://x.nl/' + 'a'.repeat(3000)),
      (o) => (o.id = 'urn:samenspel:annotation:../../etc'),
      (o) => (o.id = 'https://elders.example/anno/1'),
      (o) => (o['samenspel:partnerId'] = '<img src=x onerror=alert(1)>'),
      (o) => (o.target.selector[0].exact = 'x'.repeat(20_000)),
      (o) => (o.target.selector[1] = { type: 'TextPositionSelector', start: 10, end: 2 }),
      (o) => (o.target.selector[1] = { type: 'TextPositionSelector', start: -1, end: 2 }),
      (o) => (o.created = 'gisteren'),
      (o) => (o.target = 'https://x.nl/'),
      (o) => (o['samenspel:visibility'] = 'public'),
    ];
    for (const mutate of cases) {
      const o = good();
      mutate(o);
      expect(() => fromJsonLd(o)).toThrow(AnnotationError);
    }
    for (const junk of [null, 42, 'tekst', [], { type: 'Annotation' }]) expect(() => fromJsonLd(junk)).toThrow(AnnotationError);
  });

  it('drops unknown properties and does not let __proto__ through', () => {
    const o = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(good()).slice(1)}`);
    o.extra = 'x';
    const a = fromJsonLd(o) as unknown as Record<string, unknown>;
    expect(a.extra).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(a.polluted).toBeUndefined();
  });

  it('imports the good items of a mixed file, reports the bad ones and never replaces stored ones', () => {
    const other = { ...good(), id: 'urn:samenspel:annotation:ann_03' };
    const broken = { ...good(), id: 'urn:samenspel:annotation:ann_04', 'samenspel:level': 42 };
    const result = importAnnotations([good(), other, broken, 'onzin'], new Set(['ann_01']));
    expect(result.added.map((a) => a.id)).toEqual(['ann_03']);
    expect(result.conflicts.map((a) => a.id)).toEqual(['ann_01']);
    expect(result.problems.map((p) => p.index)).toEqual([2, 3]);
    expect(result.problems[0]).toMatchObject({ code: 'invalid-annotation-field', params: { field: 'level' } });
    expect(codedText(result.problems[0]!, translator('nl'))).toBe('Deze markering klopt niet bij “level”.');
    expect(codedText(result.problems[0]!, translator('en'))).toBe('This mark is not valid at “level”.');
  });

  it('reports unreadable input as a whole', () => {
    const whole = (input: unknown) => importAnnotations(input).problems.map((p) => [p.index, p.code, p.params]);
    expect(whole('{niet: json')).toEqual([[-1, 'import-not-json', { reason: expect.any(String) }]]);
    expect(whole({ hallo: 'wereld' })).toEqual([[-1, 'import-no-annotations', {}]]);
    expect(whole('x'.repeat(5_000_001))).toEqual([[-1, 'import-too-large', { max: 5_000_000 }]]);
    expect(whole(new Array(10_001).fill(good()))).toEqual([[-1, 'import-too-many', { count: 10_001, max: 10_000 }]]);
    expect(codedText(importAnnotations(new Array(10_001).fill(good())).problems[0]!, translator('en'))).toBe('Too many marks (10001; at most 10000).');
  });

  it('parseAnnotation validates stored annotations the same way', () => {
    expect(parseAnnotation(annotation)).toEqual(annotation);
    expect(() => parseAnnotation({ ...annotation, url: 'ftp://x' })).toThrow(AnnotationError);
  });
});

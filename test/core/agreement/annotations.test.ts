// Annotations in the docs: shared ones in the additive `annotations` list, private ones in
// the private doc; validated on read, linked to interests as sources, moved on visibility.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../../core/anchoring/annotation.js';
import {
  addAnnotation,
  readAgreement,
  readAnnotations,
  removeAnnotation,
  setVisibility,
  updateAnnotation,
  linkInterest,
  type Problem,
} from '../../../core/agreement/index.js';

const base: Annotation = {
  id: 'ann1',
  url: 'https://school.example/plan',
  title: 'Schoolplan',
  selectors: [{ type: 'TextQuoteSelector', exact: 'meer lezen', prefix: 'wij willen ', suffix: ' in groep 5' }],
  partnerId: 'school',
  level: 'organisational',
  conditionId: 'interests',
  note: 'Leesplezier',
  visibility: 'shared',
  created: '2026-01-01T10:00:00.000Z',
  modified: '2026-01-01T10:00:00.000Z',
};

describe('annotations in the docs', () => {
  it('stores shared ones in the draft and private ones in the private doc only', () => {
    const doc = new Y.Doc();
    const priv = new Y.Doc();
    addAnnotation(doc, base);
    addAnnotation(priv, { ...base, id: 'ann2', level: 'personal', visibility: 'private', note: 'geheim' });
    expect(readAnnotations(doc, true)).toEqual([base]);
    expect(readAnnotations(priv, false).map((a) => [a.id, a.visibility])).toEqual([['ann2', 'private']]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain('geheim');
    expect(() => addAnnotation(doc, { ...base, id: 'ann3', level: 'personal' })).toThrow(/Persoonlijke/);
    // Older readers of the agreement ignore the list.
    expect(readAgreement(doc).problems).toEqual([]);
  });

  it('reports and skips invalid items', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    doc.getArray('annotations').push([bad]);
    bad.set('id', 'x1');
    bad.set('url', 'javascript:alert(1)');
    const problems: Problem[] = [];
    expect(readAnnotations(doc, true, problems)).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('edits, links an interest once, moves between docs and deletes', () => {
    const doc = new Y.Doc();
    const priv = new Y.Doc();
    addAnnotation(doc, { ...base, note: 'Leesplezier in groep 5' });
    const interest = linkInterest(doc, { ...base, note: 'Leesplezier in groep 5' });
    expect(linkInterest(doc, base)).toBe(interest);
    const interests = readAgreement(doc).agreement.interests;
    expect(interests).toHaveLength(1);
    expect(interests[0]?.source).toEqual({ annotationId: 'ann1', url: base.url, title: 'Schoolplan', quote: 'meer lezen' });
    updateAnnotation(doc, true, 'ann1', { conditionId: 'ambition' });
    expect(readAnnotations(doc, true)[0]?.conditionId).toBe('ambition');
    const moved = setVisibility(doc, priv, readAnnotations(doc, true)[0]!, 'private');
    expect(readAnnotations(doc, true)).toEqual([]);
    expect(readAnnotations(priv, false)[0]?.id).toBe('ann1');
    expect(readAgreement(doc).agreement.interests[0]?.source).toBeNull();
    setVisibility(doc, priv, moved, 'shared');
    expect(readAnnotations(doc, true)[0]?.note).toBe('Leesplezier in groep 5');
    expect(readAgreement(doc).agreement.interests).toHaveLength(1);
    expect(removeAnnotation(doc, true, 'ann1')).toBe(true);
    expect(removeAnnotation(doc, true, 'ann1')).toBe(false);
  });
});

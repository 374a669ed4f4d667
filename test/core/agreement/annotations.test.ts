// Annotations in the docs: shared ones in the additive `annotations` list, private ones in
// the private doc; validated on read, linked to interests as sources, moved on visibility,
// and every write through the write gate.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Annotation } from '../../../core/anchoring/annotation.js';
import {
  AgreementError,
  annotationService,
  CURRENT_SCHEMA_VERSION,
  createDraft,
  readAgreement,
  readAnnotations,
  type ReadProblem,
} from '../../../core/agreement/index.js';
import { partnerOfPage } from '../../../core/agreement/annotations.js';

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
    const annotations = annotationService({ doc, privateDoc: priv });
    annotations.add(base, true);
    annotations.add({ ...base, id: 'ann2', level: 'personal', visibility: 'private', note: 'geheim' }, true);
    expect(readAnnotations(doc, true)).toEqual([base]);
    expect(readAnnotations(priv, false).map((a) => [a.id, a.visibility])).toEqual([['ann2', 'private']]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain('geheim');
    // A personal one, or any one of a viewer (may not share), stays private whatever it says.
    expect(annotations.add({ ...base, id: 'ann3', level: 'personal' }, true).visibility).toBe('private');
    expect(annotations.add({ ...base, id: 'ann4' }, false).visibility).toBe('private');
    expect(readAnnotations(doc, true).map((a) => a.id)).toEqual(['ann1']);
    expect(() => annotations.update(base, { level: 'personal' })).toThrow(expect.objectContaining({ code: 'personal-shared' }));
    // Older readers of the agreement ignore the list.
    expect(readAgreement(doc).problems).toEqual([]);
  });

  it('reports and skips invalid items', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    doc.getArray('annotations').push([bad]);
    bad.set('id', 'x1');
    bad.set('url', 'javascript:alert(1)');
    const problems: ReadProblem[] = [];
    expect(readAnnotations(doc, true, problems)).toEqual([]);
    expect(problems.map((p) => [p.path, p.code])).toContainEqual(['annotations[0].url', 'invalid-value']);
  });

  it('edits, links an interest once, moves between docs and deletes', () => {
    const doc = new Y.Doc();
    const priv = new Y.Doc();
    const annotations = annotationService({ doc, privateDoc: priv });
    annotations.add({ ...base, note: 'Leesplezier in groep 5' }, true);
    const interests = readAgreement(doc).agreement.interests;
    expect(interests).toHaveLength(1);
    // The quoted passage is the interest; the note typed when marking is its note.
    expect(interests[0]).toMatchObject({ text: 'meer lezen', note: 'Leesplezier in groep 5', partnerId: 'school', level: 'organisational' });
    expect(interests[0]?.source).toEqual({ annotationId: 'ann1', url: base.url, title: 'Schoolplan', quote: 'meer lezen' });
    annotations.update(readAnnotations(doc, true)[0]!, { conditionId: 'ambition' });
    expect(readAnnotations(doc, true)[0]?.conditionId).toBe('ambition');
    const moved = annotations.setVisibility(readAnnotations(doc, true)[0]!, 'private');
    expect(readAnnotations(doc, true)).toEqual([]);
    expect(readAnnotations(priv, false)[0]?.id).toBe('ann1');
    expect(readAgreement(doc).agreement.interests[0]?.source).toBeNull();
    // Shared again: the interest that lost its source is linked again, not duplicated.
    const back = annotations.setVisibility(moved, 'shared');
    expect(readAnnotations(doc, true)[0]?.note).toBe('Leesplezier in groep 5');
    expect(readAnnotations(priv, false)).toEqual([]);
    expect(readAgreement(doc).agreement.interests).toHaveLength(1);
    expect(readAgreement(doc).agreement.interests[0]?.source?.annotationId).toBe('ann1');
    expect(annotations.remove(back)).toBe(true);
    expect(annotations.remove(back)).toBe(false);
    expect(readAgreement(doc).agreement.interests[0]).toMatchObject({ text: 'meer lezen', note: 'Leesplezier in groep 5', source: null });
    expect(() => annotations.update(back, { note: 'weg' })).toThrow(expect.objectContaining({ code: 'unknown-item', params: { list: 'annotations', id: 'ann1' } }));
  });

  it('refuses every write to a draft of a newer schema, before touching either doc', () => {
    const doc = new Y.Doc();
    const priv = new Y.Doc();
    createDraft(doc, {});
    const annotations = annotationService({ doc, privateDoc: priv });
    const own = annotations.add({ ...base, id: 'own', visibility: 'private' }, true);
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const before = [Y.encodeStateVector(doc), Y.encodeStateVector(priv)];
    const refused = expect.objectContaining({ name: 'AgreementError', code: 'newer-schema', params: { version: CURRENT_SCHEMA_VERSION + 1 } });
    expect(() => annotations.add(base, true)).toThrow(AgreementError);
    expect(() => annotations.add(base, true)).toThrow(refused);
    expect(() => annotations.setVisibility(own, 'shared')).toThrow(refused);
    expect([Y.encodeStateVector(doc), Y.encodeStateVector(priv)]).toEqual(before);
    // The private doc has no schema of its own: notes there stay writable.
    annotations.update(own, { note: 'nog steeds van mij' });
    expect(readAnnotations(priv, false)[0]?.note).toBe('nog steeds van mij');
  });

  it('keeps the quote as the interest when a note is typed, and the note follows later edits', () => {
    const doc = new Y.Doc();
    const annotations = annotationService({ doc, privateDoc: new Y.Doc() });
    const a = annotations.add({ ...base, note: '' }, true);
    expect(readAgreement(doc).agreement.interests[0]).toMatchObject({ text: 'meer lezen', note: '' });
    annotations.update(a, { note: 'Past bij ons leesplan' });
    expect(readAgreement(doc).agreement.interests[0]).toMatchObject({ text: 'meer lezen', note: 'Past bij ons leesplan' });
    expect(readAgreement(doc).agreement.interests[0]?.source?.quote).toBe('meer lezen');
  });

  it('defaults the partner to the one whose website the page is on', () => {
    const partners = [
      { id: 'library', origins: ['https://bibliotheek.example'] },
      { id: 'school', origins: ['https://www.school.example', 'https://school.example'] },
    ];
    expect(partnerOfPage({ partners }, 'https://school.example/plan?x=1')).toBe('school');
    expect(partnerOfPage({ partners }, 'https://WWW.school.example/over-ons')).toBe('school');
    expect(partnerOfPage({ partners }, 'https://bibliotheek.example/')).toBe('library');
    expect(partnerOfPage({ partners }, 'https://elders.example/')).toBeNull();
    expect(partnerOfPage({ partners }, 'geen adres')).toBeNull();
  });
});

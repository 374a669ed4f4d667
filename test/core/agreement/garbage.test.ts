// A partner's client may write anything into a shared doc. Reading reports and skips what
// does not fit the schema, keeps the rest, and never throws.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAgreement } from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

describe('reading a doc with garbage in it', () => {
  it('reports wrong fields and items, and reads everything else', () => {
    const { doc, ids } = buildExample();
    const partners = doc.getArray<unknown>('partners');
    doc.transact(() => {
      const school = partners.get(2) as Y.Map<unknown>;
      school.set('kind', 42); // wrong value
      school.set('name', 'plain string instead of Y.Text'); // wrong type
      (school.get('scores') as Y.Map<unknown>).set('B', 9); // out of range
      (school.get('scores') as Y.Map<unknown>).set('X', 1); // unknown factor
      partners.push([new Y.Map()]); // no id
      partners.push(['<script>']); // not a map
      const dup = new Y.Map<unknown>();
      dup.set('id', ids.library);
      partners.push([dup]); // duplicate id
      doc.getMap('decisions').set('rule', 'dictatorship');
      doc.getMap('checklist').set('ambition.shared-meaning', 'maybe');
      doc.getMap('period').set('start', 'next tuesday');
      const interest = new Y.Map<unknown>();
      interest.set('id', 'i-evil');
      interest.set('source', { annotationId: 'a1', url: 'javascript:alert(1)', title: 't', quote: 'q' });
      doc.getArray('interests').push([interest]);
    });

    const { agreement, problems } = readAgreement(doc);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'partners[2].kind',
        'partners[2].name',
        'partners[2].scores.B',
        'partners[2].scores.X',
        'partners[3].id',
        'partners[4]',
        'partners[5]',
        'decisions.rule',
        'checklist.ambition.shared-meaning',
        'period.start',
        'interests[3].source',
      ]),
    );
    expect(problems.find((p) => p.path === 'partners[2].scores.X')).toMatchObject({ code: 'unknown-key', params: { key: 'X' } });
    expect(problems.find((p) => p.path === 'partners[2].name')?.code).toBe('not-text');
    expect(agreement.partners).toHaveLength(3);
    expect(agreement.partners[2]).toMatchObject({ kind: 'other', name: '', scores: { B: null, C: 4, D: 2 } });
    expect(agreement.partners[0]?.name).toBe('Bibliotheek Oosterhout');
    expect(agreement.decisions.rule).toBeNull();
    expect(agreement.decisions.scope).toContain('activiteiten');
    expect(agreement.period.start).toBeNull();
    expect(agreement.interests[3]?.source).toBeNull();
    expect(agreement.checklist['ambition.shared-meaning']?.note).toBe('Besproken op 1 november');
  });

  it('reads an empty or foreign doc as an empty agreement', () => {
    const foreign = new Y.Doc();
    foreign.getText('partners').insert(0, 'not a list');
    const { agreement, problems } = readAgreement(foreign);
    expect(agreement.partners).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['partners']);
    expect(readAgreement(new Y.Doc()).problems).toEqual([]);
  });

  it('survives a peer that wrote a list as a map', () => {
    const { doc } = buildExample();
    const peer = new Y.Doc();
    peer.getMap('budgetLines').set('evil', { amount: 'lots' });
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(peer));
    const { agreement } = readAgreement(fresh);
    expect(agreement.resources.lines.map((l) => l.amount)).toEqual([80_000_00, 15_000_00, 5_000_00]);
  });
});

// Errors and problems that reach people carry a code with parameters; each front translates
// the code through the catalogue, and developers read a plain English message.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AgreementError, readAgreement, updateItem } from '../../../core/agreement/index.js';
import { errorText } from '../../../core/i18n/errors.js';
import { translator } from '../../../core/i18n/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

const caught = (f: () => void): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
};

describe('coded errors', () => {
  it('a refused write has a code, parameters and an English developer message, and reads in both languages', () => {
    const { doc } = buildExample();
    const e = caught(() => updateItem(doc, 'partners', 'gone', { name: 'x' }));
    expect(e).toBeInstanceOf(AgreementError);
    expect(e).toMatchObject({ code: 'unknown-item', params: { list: 'partners', id: 'gone' }, message: 'unknown-item (list: partners, id: gone)' });
    expect(errorText(e, translator('nl'))).toBe('Dit onderdeel bestaat niet meer; misschien heeft iemand het net verwijderd.');
    expect(errorText(e, translator('en'))).toBe('This item no longer exists; someone may just have removed it.');
    const bad = caught(() => updateItem(doc, 'budgetLines', readAgreement(doc).agreement.resources.lines[0]!.id, { amount: -1 }));
    expect(errorText(bad, translator('en'))).toBe('This value does not fit “amount”.');
  });

  it('anything else still reaches the user, in the same words around it', () => {
    expect(errorText(new TypeError('x is undefined'), translator('en'))).toBe('That did not work (x is undefined).');
    expect(errorText('kapot', translator('nl'))).toBe('Dat lukte niet (kapot).');
  });

  it('problems found while reading carry codes too', () => {
    const doc = new Y.Doc();
    doc.getText('partners').insert(0, 'not a list');
    const dup = new Y.Map<unknown>();
    doc.getArray('rules').push([new Y.Map(), dup]);
    dup.set('id', 'r1');
    const again = new Y.Map<unknown>();
    again.set('id', 'r1');
    doc.getArray('rules').push([again]);
    expect(readAgreement(doc).problems.map((p) => [p.path, p.code, p.params])).toEqual([
      ['partners', 'wrong-type', { field: 'partners' }],
      ['rules[0].id', 'missing-id', {}],
      ['rules[2]', 'duplicate-id', { id: 'r1' }],
    ]);
  });
});

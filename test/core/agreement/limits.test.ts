// List limits (issue 11, finding 3): one table, enforced by addItem with a coded error in
// both languages, and the room left in a list as the workspace shows it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, AgreementError, createDraft, LISTS, readAgreement, removeItem, type ListName } from '../../../core/agreement/index.js';
import { LIST_LIMITS, listRoom } from '../../../core/agreement/limits.js';
import { errorText } from '../../../core/i18n/errors.js';
import { t, translator } from '../../../core/i18n/index.js';

describe('list limits', () => {
  it('has a limit for every list', () => {
    expect(Object.keys(LIST_LIMITS).sort()).toEqual(Object.keys(LISTS).sort());
    for (const max of Object.values(LIST_LIMITS)) expect(max).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.keys(LISTS) as ListName[])('addItem refuses the item past the limit of %s, and adds again once one is removed', (list) => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Vol' });
    const ids = Array.from({ length: LIST_LIMITS[list] }, () => addItem(doc, list, {}));
    let refused: unknown;
    try {
      addItem(doc, list, {});
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(AgreementError);
    expect(refused).toMatchObject({ code: 'list-full', params: { list, max: LIST_LIMITS[list] } });
    expect(doc.getArray(LISTS[list]).length).toBe(LIST_LIMITS[list]);
    removeItem(doc, list, ids[0]!);
    addItem(doc, list, {});
    expect(doc.getArray(LISTS[list]).length).toBe(LIST_LIMITS[list]);
  });

  it('says so in Dutch and English', () => {
    const doc = new Y.Doc();
    createDraft(doc, {});
    for (let i = 0; i < LIST_LIMITS.partners; i++) addItem(doc, 'partners', {});
    let refused: unknown;
    try {
      addItem(doc, 'partners', {});
    } catch (e) {
      refused = e;
    }
    expect(errorText(refused, translator('nl'))).toBe(t('nl', 'error.list-full', { max: 100 }));
    expect(errorText(refused, translator('en'))).toBe('This list holds at most 100 items; remove one first.');
    expect(readAgreement(doc).agreement.partners).toHaveLength(100);
  });

  it('tells how much room a list has: the count near the limit, full at it', () => {
    expect(listRoom('partners', 89)).toEqual({ count: 89, max: 100, near: false, full: false });
    expect(listRoom('partners', 90)).toMatchObject({ near: true, full: false });
    expect(listRoom('partners', 100)).toMatchObject({ near: true, full: true });
    expect(listRoom('partners', 140)).toMatchObject({ full: true });
    expect(listRoom('milestones', 0)).toMatchObject({ max: LIST_LIMITS.milestones, near: false });
  });
});

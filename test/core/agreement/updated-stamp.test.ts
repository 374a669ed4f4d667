// The day of the last change: every write through the gate stamps meta.updated in the same
// transaction, once a day, and never on the private doc; a change that sets it itself wins.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addItem, createDraft, readAgreement, updateSection } from '../../../core/agreement/index.js';
import { addPrivate } from '../../../core/agreement/private-doc.js';

afterEach(() => vi.useRealTimers());

describe('meta.updated', () => {
  it('is the day of the last change, written once a day in the change’s own transaction', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-04T08:00:00Z'));
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Leesplan' });
    expect(readAgreement(doc).agreement.meta.updated).toBe('2027-03-04');
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    addItem(doc, 'partners', { name: 'Bibliotheek' });
    expect(transactions).toBe(1);
    const writes: string[] = [];
    doc.getMap('meta').observe((e) => writes.push(...e.keysChanged));
    addItem(doc, 'partners', { name: 'Gemeente' });
    expect(writes).toEqual([]); // same day: not written again
    vi.setSystemTime(new Date('2027-03-09T08:00:00Z'));
    addItem(doc, 'partners', { name: 'School' });
    expect(readAgreement(doc).agreement.meta.updated).toBe('2027-03-09');
  });

  it('keeps a date the change sets itself', () => {
    const doc = new Y.Doc();
    createDraft(doc, { title: 'Leesplan' });
    updateSection(doc, 'meta', { updated: '2026-11-29' });
    expect(readAgreement(doc).agreement.meta.updated).toBe('2026-11-29');
  });

  it('leaves the private doc alone', () => {
    const privateDoc = new Y.Doc();
    addPrivate(privateDoc, 'personalInterests', { text: 'Mijn belang' } as never);
    expect(privateDoc.share.has('meta') && privateDoc.getMap('meta').has('updated')).toBe(false);
  });
});

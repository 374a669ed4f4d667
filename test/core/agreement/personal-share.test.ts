// Personal interests stay in the private doc unless the person consciously shares one:
// then (and only then) its text is copied to the shared interests, once.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  addPrivate,
  AgreementError,
  createDraft,
  CURRENT_SCHEMA_VERSION,
  readAgreement,
  readPrivate,
  sharePersonalInterest,
  updatePrivate,
} from '../../../core/agreement/index.js';

function setup() {
  const doc = new Y.Doc();
  const privateDoc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan' });
  const school = addItem(doc, 'partners', { name: 'Basisschool De Regenboog' });
  const id = addPrivate(privateDoc, 'personalInterests', { partnerId: school, person: 'de directeur', text: 'Wil na twintig jaar iets nalaten' });
  return { doc, privateDoc, school, id };
}

describe('sharing a personal interest', () => {
  it('never puts a personal interest in the shared doc by itself', () => {
    const { doc } = setup();
    expect(readAgreement(doc).agreement.interests).toEqual([]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(doc))).not.toContain('nalaten');
  });

  it('copies it to the shared interests once, keeping the private one', () => {
    const { doc, privateDoc, school, id } = setup();
    const sharedId = sharePersonalInterest({ doc, privateDoc }, id, 'Persoonlijk belang van de directeur, bewust gedeeld.');
    const [interest] = readAgreement(doc).agreement.interests;
    expect(interest).toMatchObject({
      id: sharedId,
      partnerId: school,
      level: 'organisational',
      text: 'Wil na twintig jaar iets nalaten',
      note: 'Persoonlijk belang van de directeur, bewust gedeeld.',
      source: null,
    });
    const personal = readPrivate(privateDoc).content.personalInterests[0];
    expect(personal).toMatchObject({ id, sharedAs: sharedId, text: 'Wil na twintig jaar iets nalaten' });
    expect(() => sharePersonalInterest({ doc, privateDoc }, id)).toThrow(AgreementError);
    expect(readAgreement(doc).agreement.interests).toHaveLength(1);
  });

  it('refuses an empty or unknown one, and a draft it may not write, before writing either doc', () => {
    const { doc, privateDoc, id } = setup();
    updatePrivate(privateDoc, 'personalInterests', id, { text: '   ' });
    expect(() => sharePersonalInterest({ doc, privateDoc }, id)).toThrow(expect.objectContaining({ code: 'invalid-value' }));
    expect(() => sharePersonalInterest({ doc, privateDoc }, 'nope')).toThrow(expect.objectContaining({ code: 'unknown-item' }));
    updatePrivate(privateDoc, 'personalInterests', id, { text: 'Iets nalaten' });
    doc.getMap('meta').set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const before = [Y.encodeStateVector(doc), Y.encodeStateVector(privateDoc)];
    expect(() => sharePersonalInterest({ doc, privateDoc }, id)).toThrow(expect.objectContaining({ code: 'newer-schema' }));
    expect([Y.encodeStateVector(doc), Y.encodeStateVector(privateDoc)]).toEqual(before);
    expect(readPrivate(privateDoc).content.personalInterests[0]?.sharedAs).toBeNull();
  });
});

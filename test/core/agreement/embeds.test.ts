// A field that holds an embed (another client's insertEmbed; Yjs counts it as one character,
// Y.Text#toString leaves it out): every write path that sets a field to a new string places
// the change where the text says, and keeps the embed (issue 11, finding 5).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  annotationService,
  createDraft,
  findText,
  readAgreement,
  readAnnotations,
  replaceText,
  setChecklist,
  textWithEmbeds,
  updateItem,
  updateSection,
  type TextRef,
} from '../../../core/agreement/index.js';

const EMBED = { image: 'https://bibliotheek.example/logo.png' };

/** A new draft whose field `ref` (made by `refIn`) reads "Alle kinderen lezen" with an embed after "Alle ". */
function withEmbed(refIn: TextRef | ((doc: Y.Doc) => TextRef)): { doc: Y.Doc; ytext: Y.Text } {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Met plaatje' });
  const ref = typeof refIn === 'function' ? refIn(doc) : refIn;
  const ytext = findText(doc, ref, (change) => doc.transact(change))!;
  ytext.insert(0, 'Alle kinderen lezen');
  ytext.insertEmbed(5, EMBED);
  return { doc, ytext };
}

describe('writing a field that holds an embed', () => {
  it('replaceText appends at the end, after an embed in the middle', () => {
    const { ytext } = withEmbed({ section: 'ambition', field: 'statement' });
    expect(ytext.toString()).toBe('Alle kinderen lezen');
    replaceText(ytext, 'Alle kinderen lezen XYZ');
    expect(ytext.toString()).toBe('Alle kinderen lezen XYZ');
    expect(textWithEmbeds(ytext)).toBe('Alle \uFFFCkinderen lezen XYZ');
  });

  it('replaceText edits before, around and right after the embed, which stays unless its neighbours on both sides go', () => {
    const { ytext } = withEmbed({ section: 'ambition', field: 'statement' });
    const steps: [string, string][] = [
      ['Alle onze kinderen lezen', 'Alle \uFFFConze kinderen lezen'],
      ['Al onze kinderen lezen', 'Al \uFFFConze kinderen lezen'],
      ['Alle onze kinderen lezen', 'Alle \uFFFConze kinderen lezen'],
      ['Alle kinderen lezen', 'Alle \uFFFCkinderen lezen'],
      ['Allekinderen lezen', 'Alle\uFFFCkinderen lezen'],
      ['Alkinderen lezen', 'Al\uFFFCkinderen lezen'],
      ['Alinderen lezen', 'Al\uFFFCinderen lezen'],
      // Characters on both sides of the embed deleted at once: the embed goes with them.
      ['Anderen lezen', 'Anderen lezen'],
    ];
    for (const [next, withEmbeds] of steps) {
      replaceText(ytext, next);
      expect(textWithEmbeds(ytext), next).toBe(withEmbeds);
    }
    expect(ytext.toDelta()).toEqual([{ insert: 'Anderen lezen' }]);
  });

  it('text put at the start goes after a leading embed, text appended after a trailing one', () => {
    const doc = new Y.Doc();
    const ytext = doc.getText('t');
    ytext.insert(0, 'lezen');
    ytext.insertEmbed(5, EMBED);
    ytext.insertEmbed(0, EMBED);
    replaceText(ytext, 'lezen!');
    expect(textWithEmbeds(ytext)).toBe('\uFFFClezen\uFFFC!');
    replaceText(ytext, 'Wij lezen!');
    expect(textWithEmbeds(ytext)).toBe('\uFFFCWij lezen\uFFFC!');
  });

  it('updateSection adds " XYZ" at the end of ambition.statement', () => {
    const { doc, ytext } = withEmbed({ section: 'ambition', field: 'statement' });
    const read = readAgreement(doc).agreement.ambition.statement;
    updateSection(doc, 'ambition', { statement: `${read} XYZ` });
    expect(readAgreement(doc).agreement.ambition.statement).toBe('Alle kinderen lezen XYZ');
    expect(textWithEmbeds(ytext)).toBe('Alle \uFFFCkinderen lezen XYZ');
  });

  it('updateItem adds at the end of a partner name', () => {
    const { doc, ytext } = withEmbed((d) => ({ list: 'partners', id: addItem(d, 'partners', {}), field: 'name' }));
    const [partner] = readAgreement(doc).agreement.partners;
    updateItem(doc, 'partners', partner!.id, { name: `${partner!.name} XYZ` });
    expect(textWithEmbeds(ytext)).toBe('Alle \uFFFCkinderen lezen XYZ');
  });

  it('setChecklist adds at the end of a checklist note', () => {
    const { doc, ytext } = withEmbed({ checklistNote: 'ambition.shared-meaning' });
    setChecklist(doc, 'ambition.shared-meaning', { note: `${readAgreement(doc).agreement.checklist['ambition.shared-meaning']!.note} XYZ` });
    expect(textWithEmbeds(ytext)).toBe('Alle \uFFFCkinderen lezen XYZ');
  });

  it("an annotation's note, changed through the annotation service, adds at the end", () => {
    const doc = new Y.Doc();
    createDraft(doc, {});
    const partnerId = addItem(doc, 'partners', { name: 'Basisschool De Linde' });
    const service = annotationService({ doc, privateDoc: new Y.Doc() });
    const a = service.create(
      {
        url: 'https://linde.example/plan',
        title: 'Schoolplan',
        selectors: [{ type: 'TextQuoteSelector', exact: 'leesplezier', prefix: '', suffix: '' }],
        partnerId,
        level: 'organisational',
        conditionId: null,
        note: 'Alle kinderen lezen',
        visibility: 'shared',
      },
      true,
    );
    const note = doc.getArray<Y.Map<unknown>>('annotations').get(0).get('note') as Y.Text;
    note.insertEmbed(5, EMBED);
    const [read] = readAnnotations(doc, true);
    service.update(read!, { note: `${read!.note} XYZ` });
    expect(textWithEmbeds(note)).toBe('Alle \uFFFCkinderen lezen XYZ');
    expect(a.id).toBe(read!.id);
  });
});

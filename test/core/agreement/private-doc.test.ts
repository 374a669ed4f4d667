// Personal interests live in a separate private doc that never shares state with the draft.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPrivate, privateDocName, readAgreement, readPrivate, removePrivate, updatePrivate } from '../../../core/agreement/index.js';
import { buildExample } from '../../fixtures/agreement/example.js';

describe('private doc', () => {
  it('keeps personal interests out of the shared draft', () => {
    const { doc, ids } = buildExample();
    const mine = new Y.Doc();
    const id = addPrivate(mine, 'personalInterests', { partnerId: ids.school, person: 'Schooldirecteur', text: 'Taalresultaten verbeteren' });
    addPrivate(mine, 'notes', { sectionId: 'roles', text: 'Navragen bij wethouder' });
    updatePrivate(mine, 'personalInterests', id, { text: 'Taalresultaten dit jaar verbeteren' });
    const { content, problems } = readPrivate(mine);
    expect(problems).toEqual([]);
    expect(content.personalInterests).toEqual([{ id, partnerId: ids.school, person: 'Schooldirecteur', text: 'Taalresultaten dit jaar verbeteren', sharedAs: null }]);
    expect(content.notes[0]?.text).toBe('Navragen bij wethouder');
    expect(JSON.stringify(readAgreement(doc).agreement)).not.toContain('Taalresultaten');
    expect(Y.encodeStateAsUpdate(doc)).not.toContain('Taalresultaten');
    removePrivate(mine, 'personalInterests', id);
    expect(readPrivate(mine).content.personalInterests).toEqual([]);
    expect(privateDocName('abc')).toBe('samenspel-private:abc');
  });
});

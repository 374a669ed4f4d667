// Which sections in a Word document are the newest agreed version: a section's tag hash
// (the text as inserted) against the same section rendered from the agreed state.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDraft, readAgreement, updateSection } from '../../core/agreement/index.js';
import { agreementSection } from '../../core/render/agreement.js';
import { sectionHash } from '../../office-addin/control-tag.js';
import { checkAgainstAgreed } from '../../office-addin/taskpane/agreed-sections.js';

function agreementWith(statement: string) {
  const doc = new Y.Doc();
  createDraft(doc, { title: 'Leesplan', lang: 'nl' });
  updateSection(doc, 'ambition', { statement });
  return readAgreement(doc).agreement;
}

describe('sections against the agreed version', () => {
  const v1 = agreementWith('Elk kind leest elke week.');
  const v2 = agreementWith('Elk kind leest elke dag.');
  const tag = (sectionId: 'ambition' | 'roles', of = v1, draftId = 'draft1') => ({ draftId, sectionId, hash: sectionHash(agreementSection(of, sectionId)) });

  it('calls a section inserted from the agreed state agreed, and one from an older state not', () => {
    expect(checkAgainstAgreed([tag('ambition'), tag('roles')], 'draft1', v1)).toEqual([
      { sectionId: 'ambition', agreed: true },
      { sectionId: 'roles', agreed: true },
    ]);
    // Version 2 changed only the ambition: the roles are still what was agreed.
    expect(checkAgainstAgreed([tag('ambition'), tag('roles')], 'draft1', v2)).toEqual([
      { sectionId: 'ambition', agreed: false },
      { sectionId: 'roles', agreed: true },
    ]);
  });

  it('leaves out other drafts, counts a section once, and calls an unknown section not agreed', () => {
    expect(checkAgainstAgreed([tag('ambition', v1, 'other'), tag('ambition'), tag('ambition')], 'draft1', v1)).toEqual([{ sectionId: 'ambition', agreed: true }]);
    expect(checkAgainstAgreed([{ draftId: 'draft1', sectionId: 'nope', hash: '00000000' }], 'draft1', v1)).toEqual([{ sectionId: 'nope', agreed: false }]);
  });
});

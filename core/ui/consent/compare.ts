// Wat is er veranderd: two states of the agreement compared part by part. Each section is
// rendered to plain text (core/render, without its title) and diffed word by word with jsdiff; a part whose text
// is the same in both is reported unchanged.
import { diffWords } from 'diff';
import type * as Y from 'yjs';
import { readAgreement, type Agreement } from '../../agreement/index.js';
import type { Lang } from '../../i18n/index.js';
import { agreementSection } from '../../render/agreement.js';
import { SECTION_IDS, type SectionId } from '../../render/blocks.js';
import { renderBlocksText } from '../../render/text.js';

export interface Piece {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export interface PartChange {
  id: SectionId;
  title: string;
  changed: boolean;
  pieces: Piece[];
}

/** A section's text without its title (the title is the part's heading in the comparison). */
const sectionText = (agreement: Agreement, id: SectionId, lang: Lang) => renderBlocksText(agreementSection(agreement, id, { lang }).blocks);

/** Every section of `before` and `after`, with the word-level difference of their text. */
export function compareAgreements(before: Agreement, after: Agreement, lang: Lang): PartChange[] {
  return SECTION_IDS.map((id) => {
    const a = sectionText(before, id, lang);
    const b = sectionText(after, id, lang);
    const title = agreementSection(after, id, { lang }).title;
    if (a === b) return { id, title, changed: false, pieces: [{ text: b, kind: 'same' as const }] };
    const pieces = diffWords(a, b).map((c): Piece => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
    return { id, title, changed: true, pieces };
  });
}

export const compareDocs = (before: Y.Doc, after: Y.Doc, lang: Lang): PartChange[] =>
  compareAgreements(readAgreement(before).agreement, readAgreement(after).agreement, lang);

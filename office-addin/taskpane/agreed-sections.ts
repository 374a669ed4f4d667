// Which sections in the Word document are not the newest agreed version: each section of
// this draft found in the document (its tag holds the hash of the text as inserted) is
// compared with the same section rendered from the agreed version's state. Pure.
import type { Agreement } from '../../core/agreement/index.js';
import { sectionHash, type ControlTag } from '../control-tag.js';
import { currentSection } from '../word-host.js';

export interface SectionCheck {
  sectionId: string;
  /** The document holds the agreed text (as inserted; edits in Word are Bijwerken's business). */
  agreed: boolean;
}

/** One check per section of `draftId` in the document, in document order (a section found twice is checked once). */
export function checkAgainstAgreed(found: ControlTag[], draftId: string, agreed: Agreement): SectionCheck[] {
  const seen = new Set<string>();
  const out: SectionCheck[] = [];
  for (const tag of found) {
    if (tag.draftId !== draftId || seen.has(tag.sectionId)) continue;
    seen.add(tag.sectionId);
    const section = currentSection(agreed, tag.sectionId);
    out.push({ sectionId: tag.sectionId, agreed: section !== null && sectionHash(section) === tag.hash });
  }
  return out;
}

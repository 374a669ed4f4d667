// Which sections in the Word document are the newest agreed version N, and if not, why: each
// section of this draft found in the document (its tag holds the hash of the text as
// inserted and where that text came from) is compared with the same section rendered from
// version N's state. Per section: it matches N, it came from an older version M, it was
// edited in Word since it was inserted, it came from the draft that was never agreed, or
// (a tag from before tags said where the text came from) it just differs from N. Pure.
import type { Agreement } from '../../core/agreement/index.js';
import type { Translate } from '../../core/i18n/index.js';
import { sectionHash, type ControlTag } from '../control-tag.js';
import { currentSection } from '../word-host.js';

export type SectionState =
  | { kind: 'agreed' }
  | { kind: 'older'; from: number }
  | { kind: 'edited'; from: number | null | undefined }
  | { kind: 'draft' }
  | { kind: 'differs' };

export interface SectionCheck {
  sectionId: string;
  state: SectionState;
}

/** A section as found in the document: its tag, and whether its text changed since it was inserted. */
export type FoundTag = ControlTag & { edited?: boolean };

/** The state of one section against agreed version `n` (its state `agreed`). */
export function sectionState(tag: FoundTag, agreed: Agreement, n: number): SectionState {
  if (tag.edited) return { kind: 'edited', from: tag.version };
  const section = currentSection(agreed, tag.sectionId);
  if (section !== null && sectionHash(section) === tag.hash) return { kind: 'agreed' };
  if (tag.version === null) return { kind: 'draft' };
  if (typeof tag.version === 'number' && tag.version < n) return { kind: 'older', from: tag.version };
  return { kind: 'differs' };
}

/** One check per section of `draftId` in the document, in document order (a section found twice is checked once). */
export function checkAgainstAgreed(found: FoundTag[], draftId: string, agreed: Agreement, n: number): SectionCheck[] {
  const seen = new Set<string>();
  const out: SectionCheck[] = [];
  for (const tag of found) {
    if (tag.draftId !== draftId || seen.has(tag.sectionId)) continue;
    seen.add(tag.sectionId);
    out.push({ sectionId: tag.sectionId, state: sectionState(tag, agreed, n) });
  }
  return out;
}

/** What the pane says about one section that is not version `n`, `section` being its name. */
export function stateText(state: SectionState, section: string, n: number, t: Translate): string {
  switch (state.kind) {
    case 'agreed':
      return t('word.agreed.state.agreed', { section, n });
    case 'older':
      return t('word.agreed.state.older', { section, m: state.from, n });
    case 'edited':
      return typeof state.from === 'number' ? t('word.agreed.state.editedFrom', { section, m: state.from }) : state.from === null ? t('word.agreed.state.editedDraft', { section }) : t('word.agreed.state.edited', { section });
    case 'draft':
      return t('word.agreed.state.draft', { section, n });
    case 'differs':
      return t('word.agreed.state.differs', { section, n });
  }
}

// Where a section may go, from what the cursor is in (pure). Word throws on content controls
// over paragraphs that start with a tab (office-js#6054) or ranges with a non-breaking space
// or section break (#2370), and a header, footer or note is no place for a section; so the
// adapter never wraps the user's own paragraph: it writes into a fresh paragraph at the
// nearest safe place, or says why not.
import type { MessageKey } from '../core/i18n/index.js';

/** What the adapter reads about the selection before inserting. */
export interface SelectionFacts {
  /** Body.type of the story the selection is in: "MainDoc", "Header", "Footer", "Footnote", … */
  bodyType: string;
  /** The selection is inside a table (Range.parentTableOrNullObject). */
  inTable: boolean;
  /** The content control around the selection, if any (Range.parentContentControlOrNullObject). */
  control: { cannotEdit: boolean } | null;
  isEmpty: boolean;
  /** The selected text (Range.text). */
  selectedText: string;
  /** The text of the selection's first paragraph. */
  paragraphText: string;
}

export type InsertPoint =
  | {
      ok: true;
      /** Where the fresh paragraph goes: after the cursor's paragraph, the table or the content control around it. */
      after: 'paragraph' | 'table' | 'control';
      /** Once the section is in: remove the cursor's paragraph (it was empty or wholly selected), clear the selected text, or leave it. */
      then: 'remove-paragraph' | 'clear-selection' | 'keep';
      /** Said to the user when the section went somewhere else than the cursor. */
      note: MessageKey | null;
    }
  | { ok: false; reason: MessageKey };

/** Stories a section may go into. A table cell's body counts: the section goes below the table. */
const BODY_TYPES = new Set(['MainDoc', 'Section', 'TableCell', 'Unknown']);
/** Characters that break content controls or must not be replaced blindly: tab, no-break space, section/page break, cell and paragraph marks. */
const RISKY = /[\t\u00a0\u202f\f\r\x07]/;

export function insertPoint(facts: SelectionFacts): InsertPoint {
  if (!BODY_TYPES.has(facts.bodyType)) return { ok: false, reason: 'word.insert.notInBody' };
  if (facts.inTable) return { ok: true, after: 'table', then: 'keep', note: 'word.insert.belowTable' };
  if (facts.control) return { ok: true, after: 'control', then: 'keep', note: facts.control.cannotEdit ? 'word.insert.belowLocked' : 'word.insert.belowControl' };
  const paragraph = facts.paragraphText;
  if (facts.isEmpty) return { ok: true, after: 'paragraph', then: paragraph === '' ? 'remove-paragraph' : 'keep', note: null };
  if (RISKY.test(facts.selectedText)) return { ok: true, after: 'paragraph', then: 'keep', note: 'word.insert.selectionKept' };
  const whole = paragraph.trim() !== '' && paragraph.trim() === facts.selectedText.trim();
  return { ok: true, after: 'paragraph', then: whole && !RISKY.test(paragraph) ? 'remove-paragraph' : 'clear-selection', note: null };
}

/// <reference types="office-js" />
// The Word adapter: ALL Word.run code of the add-in. Every function takes `run` (Word.run,
// or the office-addin-mock fake in tests) and builds with the Word API only — paragraphs
// with built-in styles, Word lists, real tables — never OOXML or HTML strings. Each action
// uses at most two context.sync() calls: one to read where to work, one to write.
import { type Block, type Rich, type Section, WARNING_MARK, headingDepths, richRuns, richText, safeHttpUrl } from '../core/render/blocks.js';
import { formatTag, keptTag, parseTag, hashText, sectionHash, type ControlTag } from './control-tag.js';
import type { DocumentOutline, GoToTarget } from './plan-check.js';

/** Word.run, or a stand-in with the same shape. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** One section to put into a content control. */
export interface SectionContent {
  draftId: string;
  section: Section;
  /** The control's title as Word shows it. */
  title: string;
}

export const STYLE = {
  sectionTitle: 'Heading2',
  subHeading: ['Heading3', 'Heading4', 'Heading4'],
  body: 'Normal',
  list: 'ListParagraph',
  caption: 'Caption',
  lead: 'Heading1',
  table: 'GridTable4_Accent1',
} as const;
const GREY = '#595959';
const DARK_RED = '#A4262C';

type Target = Word.ContentControl;

/** Line breaks inside a block become Word line breaks (\v), not new paragraphs with their own style. */
const oneParagraph = (text: string): string => text.replace(/\r\n?|\n/g, '\v');

/** Append runs to a paragraph, with their bold/italic/link and an optional look for all of them. */
function writeRuns(p: Word.Paragraph, value: Rich, look: { italic?: boolean; bold?: boolean; color?: string } = {}): void {
  for (const run of richRuns(value)) {
    if (run.text === '') continue;
    const range = p.insertText(oneParagraph(run.text), 'End');
    if (run.bold || look.bold) range.font.bold = true;
    if (run.italic || look.italic) range.font.italic = true;
    if (look.color) range.font.color = look.color;
    const href = safeHttpUrl(run.href);
    if (href) range.hyperlink = href;
  }
}

const plain = (value: Rich): boolean => richRuns(value).every((r) => !r.bold && !r.italic && !safeHttpUrl(r.href));

/** A body paragraph at the end of the control; formatting goes on the runs, so the next paragraph inherits none. */
function paragraph(cc: Target, value: Rich, tone?: 'prompt' | 'warning'): Word.Paragraph {
  if (!tone && plain(value)) {
    const p = cc.insertParagraph(oneParagraph(richText(value)), 'End');
    p.styleBuiltIn = STYLE.body;
    return p;
  }
  const p = cc.insertParagraph('', 'End');
  p.styleBuiltIn = STYLE.body;
  if (tone === 'warning') writeRuns(p, [{ text: WARNING_MARK }, ...richRuns(value)], { bold: true, color: DARK_RED });
  else writeRuns(p, value, tone === 'prompt' ? { italic: true, color: GREY } : {});
  return p;
}

/** A Word list (bulleted or numbered), started on its first item; later items join it. */
function list(cc: Target, block: Extract<Block, { type: 'list' }>): void {
  let wordList: Word.List | undefined;
  for (const item of block.items) {
    const p = wordList ? wordList.insertParagraph('', 'End') : cc.insertParagraph('', 'End');
    if (!wordList) {
      p.styleBuiltIn = STYLE.list;
      wordList = p.startNewList();
      if (block.ordered) wordList.setLevelNumbering(0, 'Arabic', [0, '.']);
      else wordList.setLevelBullet(0, 'Solid');
    }
    writeRuns(p, item);
  }
}

/** A real table: header row marked as such, a built-in table style, every cell filled. */
function table(cc: Target, block: Extract<Block, { type: 'table' }>): void {
  const cols = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (cols === 0) return;
  if (block.caption) cc.insertParagraph(oneParagraph(block.caption), 'End').styleBuiltIn = STYLE.caption;
  const pad = (cells: string[]) => Array.from({ length: cols }, (_, i) => cells[i] ?? '');
  const values = [...(block.header.length ? [pad(block.header)] : []), ...block.rows.map((r) => pad(r.map(richText)))];
  const wordTable = cc.insertTable(values.length, cols, 'End', values);
  wordTable.styleBuiltIn = STYLE.table;
  wordTable.headerRowCount = block.header.length ? 1 : 0;
  wordTable.styleFirstColumn = false;
  wordTable.styleBandedRows = true;
}

/** Write a section into a control whose only content is one empty paragraph. */
function writeSection(cc: Target, section: Section): void {
  const head = cc.paragraphs.getFirst();
  head.insertText(oneParagraph(section.title), 'Start');
  head.styleBuiltIn = STYLE.sectionTitle;
  const depth = headingDepths(section.blocks);
  let afterList = false;
  for (const block of section.blocks) {
    let p: Word.Paragraph | undefined;
    switch (block.type) {
      case 'heading':
        p = cc.insertParagraph(oneParagraph(block.text), 'End');
        p.styleBuiltIn = STYLE.subHeading[depth(block.level) - 1]!;
        break;
      case 'paragraph':
        if (richText(block.text) !== '') p = paragraph(cc, block.text, block.tone);
        break;
      case 'list':
        if (block.items.length) list(cc, block);
        break;
      case 'table':
        table(cc, block);
        break;
    }
    if (p && afterList) p.detachFromList();
    if (block.type === 'list' && block.items.length > 0) afterList = true;
    else if (p || block.type === 'table') afterList = false;
  }
}

function tagControl(cc: Target, content: SectionContent): string {
  const tag = formatTag({ draftId: content.draftId, sectionId: content.section.id, hash: sectionHash(content.section) });
  cc.tag = tag;
  cc.title = content.title;
  cc.appearance = 'BoundingBox';
  return tag;
}

export interface InsertOptions {
  /** A Heading 1 line before the sections, outside any control (e.g. the SPUK plan title). */
  lead?: string;
}

/**
 * Insert sections at the cursor, each as a tagged content control; a selection is replaced.
 * Returns the new controls' tags. Two syncs: read the selection, then write everything.
 */
export function insertSections(run: WordRun, contents: SectionContent[], options: InsertOptions = {}): Promise<string[]> {
  return run(async (context) => {
    const selection = context.document.getSelection();
    selection.load('isEmpty,text');
    const first = selection.paragraphs.getFirst();
    first.load('text');
    const last = selection.paragraphs.getLast();
    await context.sync();

    // Work in an empty paragraph: the cursor's own when it is empty (or wholly selected), else a new one after it.
    const wholeParagraph = !selection.isEmpty && first.text.trim() !== '' && first.text.trim() === selection.text.trim();
    let anchor: Word.Paragraph;
    if ((selection.isEmpty && first.text.trim() === '') || wholeParagraph) {
      if (wholeParagraph) selection.insertText('', 'Replace');
      anchor = first;
    } else {
      anchor = last.insertParagraph('', 'After');
      if (!selection.isEmpty) selection.insertText('', 'Replace');
    }
    if (options.lead) {
      anchor.insertText(oneParagraph(options.lead), 'Start');
      anchor.styleBuiltIn = STYLE.lead;
      anchor = anchor.insertParagraph('', 'After');
    }
    const tags: string[] = [];
    let previous: Word.ContentControl | undefined;
    for (const content of contents) {
      const p = previous ? previous.insertParagraph('', 'After') : anchor;
      p.styleBuiltIn = STYLE.body;
      const cc = p.insertContentControl();
      tags.push(tagControl(cc, content));
      writeSection(cc, content.section);
      previous = cc;
    }
    await context.sync();
    return tags;
  });
}

/** One of our controls as found in the document. */
export interface FoundControl extends ControlTag {
  id: number;
  title: string;
  /** The user changed the text since it was inserted (its text no longer matches the hash). */
  edited: boolean;
}

/** Every control of ours in the document, with whether the user edited it. One sync. */
export function findInserted(run: WordRun): Promise<FoundControl[]> {
  return run(async (context) => {
    const controls = context.document.contentControls;
    controls.load('items/id,items/tag,items/title,items/text');
    await context.sync();
    return controls.items.flatMap((cc) => {
      const tag = parseTag(cc.tag);
      return tag ? [{ ...tag, id: cc.id, title: cc.title, edited: tag.hash !== '' && hashText(cc.text) !== tag.hash }] : [];
    });
  });
}

/** What to do with one control on Bijwerken. */
export type RefreshAction =
  | { id: number; action: 'replace'; content: SectionContent }
  | { id: number; action: 'insert-below'; content: SectionContent; keptTitle: string };

/** Apply refresh actions by control id: rewrite in place, or keep the user's version and add the new one below. One sync. */
export function applyRefresh(run: WordRun, actions: RefreshAction[]): Promise<void> {
  if (actions.length === 0) return Promise.resolve();
  return run(async (context) => {
    const controls = context.document.contentControls;
    for (const action of actions) {
      const cc = controls.getById(action.id);
      if (action.action === 'replace') {
        cc.clear();
        tagControl(cc, action.content);
        writeSection(cc, action.content.section);
      } else {
        cc.tag = keptTag({ draftId: action.content.draftId, sectionId: action.content.section.id });
        cc.title = action.keptTitle;
        const p = cc.insertParagraph('', 'After');
        p.styleBuiltIn = STYLE.body;
        const fresh = p.insertContentControl();
        tagControl(fresh, action.content);
        writeSection(fresh, action.content.section);
      }
    }
    await context.sync();
  });
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** The document as Plancheck needs it: paragraphs with heading levels, and every content control. One sync. */
export function readOutline(run: WordRun): Promise<DocumentOutline> {
  return run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/styleBuiltIn,items/tableNestingLevel');
    const controls = context.document.contentControls;
    controls.load('items/id,items/tag,items/title');
    await context.sync();
    return {
      paragraphs: paragraphs.items.map((p) => {
        const style = String(p.styleBuiltIn);
        const level = style === 'Title' ? 0 : HEADING_STYLE.test(style) ? Number(HEADING_STYLE.exec(style)![1]) : null;
        return { text: p.text, level, inTable: p.tableNestingLevel > 0 };
      }),
      controls: controls.items.map((cc) => ({ id: cc.id, tag: cc.tag, title: cc.title })),
    };
  });
}

/** Select a control or the first paragraph with a heading's text, and scroll to it. One sync. */
export function goTo(run: WordRun, target: GoToTarget): Promise<void> {
  return run(async (context) => {
    if (target.kind === 'control') {
      context.document.contentControls.getById(target.id).select('Select');
    } else {
      context.document.body.search(target.text.slice(0, 255).replace(/\^/g, '^^'), { matchCase: true }).getFirst().select('Select');
    }
    await context.sync();
  });
}

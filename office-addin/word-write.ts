/// <reference types="office-js" />
// Writing a section with the Word API only — paragraphs with built-in styles, Word lists,
// real tables; never OOXML or HTML strings — into a sink: the inside of a content control,
// or a flow of plain paragraphs after a given one (the web-safe path). Queues commands only;
// the caller syncs.
import { type Block, type Rich, type Section, WARNING_MARK, headingDepths, richRuns, richText, safeHttpUrl } from '../core/render/blocks.js';

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

/** Where a section's paragraphs and tables go, in order. */
export interface Sink {
  /** The empty paragraph that takes the section title. */
  readonly first: Word.Paragraph;
  /** The last paragraph or table written. */
  readonly last: Word.Paragraph | Word.Table;
  paragraph(text: string): Word.Paragraph;
  table(rows: number, cols: number, values: string[][]): Word.Table;
  /** A paragraph written by other means (a list item) is the new end. */
  follow(p: Word.Paragraph): void;
}

/** Inside a content control whose only content is one empty paragraph. */
export function controlSink(cc: Word.ContentControl): Sink {
  const first = cc.paragraphs.getFirst();
  let last: Word.Paragraph | Word.Table = first;
  return {
    first,
    get last() {
      return last;
    },
    paragraph: (text) => (last = cc.insertParagraph(text, 'End')),
    table: (rows, cols, values) => (last = cc.insertTable(rows, cols, 'End', values)),
    follow: (p) => void (last = p),
  };
}

/** Plain paragraphs, each after the one before, starting from an empty paragraph. */
export function flowSink(first: Word.Paragraph): Sink {
  let last: Word.Paragraph | Word.Table = first;
  let lastIsTable = false;
  const after = (text: string): Word.Paragraph => {
    const p = last.insertParagraph(text, 'After');
    lastIsTable = false;
    return (last = p);
  };
  return {
    first,
    get last() {
      return last;
    },
    paragraph: after,
    table(rows, cols, values) {
      // Two tables in a row would merge into one: keep an empty paragraph between them.
      const before = lastIsTable ? after('') : (last as Word.Paragraph);
      if (lastIsTable) before.styleBuiltIn = STYLE.body;
      const table = before.insertTable(rows, cols, 'After', values);
      lastIsTable = true;
      return (last = table);
    },
    follow: (p) => {
      lastIsTable = false;
      last = p;
    },
  };
}

/** Line breaks inside a block become Word line breaks (\v), not new paragraphs with their own style. */
export const oneParagraph = (text: string): string => text.replace(/\r\n?|\n/g, '\v');

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

/** A body paragraph; formatting goes on the runs, so the next paragraph inherits none. */
function paragraph(sink: Sink, value: Rich, tone?: 'prompt' | 'warning'): Word.Paragraph {
  if (!tone && plain(value)) {
    const p = sink.paragraph(oneParagraph(richText(value)));
    p.styleBuiltIn = STYLE.body;
    return p;
  }
  const p = sink.paragraph('');
  p.styleBuiltIn = STYLE.body;
  if (tone === 'warning') writeRuns(p, [{ text: WARNING_MARK }, ...richRuns(value)], { bold: true, color: DARK_RED });
  else writeRuns(p, value, tone === 'prompt' ? { italic: true, color: GREY } : {});
  return p;
}

/** A Word list (bulleted or numbered), started on its first item; later items join it. */
function list(sink: Sink, block: Extract<Block, { type: 'list' }>): void {
  let wordList: Word.List | undefined;
  for (const item of block.items) {
    const p = wordList ? wordList.insertParagraph('', 'End') : sink.paragraph('');
    if (!wordList) {
      p.styleBuiltIn = STYLE.list;
      wordList = p.startNewList();
      if (block.ordered) wordList.setLevelNumbering(0, 'Arabic', [0, '.']);
      else wordList.setLevelBullet(0, 'Solid');
    } else sink.follow(p);
    writeRuns(p, item);
  }
}

/** A real table: header row marked as such, a built-in table style, every cell filled. */
function table(sink: Sink, block: Extract<Block, { type: 'table' }>): void {
  const cols = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (cols === 0) return;
  if (block.caption) sink.paragraph(oneParagraph(block.caption)).styleBuiltIn = STYLE.caption;
  const pad = (cells: string[]) => Array.from({ length: cols }, (_, i) => cells[i] ?? '');
  const values = [...(block.header.length ? [pad(block.header)] : []), ...block.rows.map((r) => pad(r.map(richText)))];
  const wordTable = sink.table(values.length, cols, values);
  wordTable.styleBuiltIn = STYLE.table;
  wordTable.headerRowCount = block.header.length ? 1 : 0;
  wordTable.styleFirstColumn = false;
  wordTable.styleBandedRows = true;
}

/** Write a section: its title into the sink's first paragraph, then every block. True when it ends in a list. */
export function writeSection(sink: Sink, section: Section): boolean {
  const head = sink.first;
  head.insertText(oneParagraph(section.title), 'Start');
  head.styleBuiltIn = STYLE.sectionTitle;
  const depth = headingDepths(section.blocks);
  let afterList = false;
  for (const block of section.blocks) {
    let p: Word.Paragraph | undefined;
    switch (block.type) {
      case 'heading':
        p = sink.paragraph(oneParagraph(block.text));
        p.styleBuiltIn = STYLE.subHeading[depth(block.level) - 1]!;
        break;
      case 'paragraph':
        if (richText(block.text) !== '') p = paragraph(sink, block.text, block.tone);
        break;
      case 'list':
        if (block.items.length) list(sink, block);
        break;
      case 'table':
        table(sink, block);
        break;
    }
    if (p && afterList) p.detachFromList();
    if (block.type === 'list' && block.items.length > 0) afterList = true;
    else if (p || block.type === 'table') afterList = false;
  }
  return afterList;
}

// Block tree → .docx (Office Open XML) with the `docx` package, in Node and the browser.
// Word's own styles carry the structure: Title, Heading 1–3, numbered and bulleted lists,
// real tables with a repeating bold header row; prompts are italic grey, warnings bold
// dark red with a mark; only http(s) links become hyperlinks. A section title is Heading 1,
// heading blocks below it Heading 2 on (see headingDepths in blocks.ts). Every style uses
// Calibri, a font Word users have (LibreOffice shows its metric twin Carlito), on A4 with
// 2.5 cm margins; the credit line to the method's source closes the document.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { type Block, type Rich, type RenderDocument, type Run, headingDepths, richRuns, richText, safeHttpUrl, WARNING_MARK } from './blocks.js';

const GREY = '595959';
const DARK_RED = 'A4262C';
const BULLET = 'samenspel-bullet';
const NUMBERED = 'samenspel-numbered';
const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

interface Look {
  italics?: boolean;
  bold?: boolean;
  color?: string;
}

/** One run per line of the text, with line breaks between them. */
function textRuns(text: string, look: Look & { style?: string }): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, i) => new TextRun({ ...look, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function children(value: Rich | Run[], look: Look = {}): ParagraphChild[] {
  return richRuns(value).flatMap((run): ParagraphChild[] => {
    const own: Look = {
      ...look,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
    };
    const href = safeHttpUrl(run.href);
    if (!href) return textRuns(run.text, own);
    return [new ExternalHyperlink({ link: href, children: textRuns(run.text, { ...own, style: 'Hyperlink' }) })];
  });
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** A4 in twips, with 2.5 cm margins all round. */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
/** Text width of the page, in twips. */
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The body font; Word falls back to its own sans-serif where it is missing. */
export const DOCX_FONT = 'Calibri';

/** Rough width of one character of 11 pt body text, and a cell's own margins, in twips. */
const CHAR = 125;
const CELL_PADDING = 220;

/**
 * Column widths in twips: each column first gets room for its longest word (an amount such
 * as `€ 100.000,00` is one word), so words and amounts are never broken across lines; what
 * is left of the page goes to the columns with longer texts.
 */
function columnWidths(block: Extract<Block, { type: 'table' }>, cols: number): number[] {
  const columns = Array.from({ length: cols }, (_, i) => [block.header[i] ?? '', ...block.rows.map((r) => richText(r[i] ?? ''))]);
  const longestWord = (t: string) => Math.max(...t.split(/[ \t\n]+/).map((w) => w.length));
  // Header cells are bold, so their words are about a fifth wider.
  const min = columns.map(([header = '', ...cells]) => Math.max(4, longestWord(header) * 1.2, ...cells.map(longestWord)) * CHAR + CELL_PADDING);
  const wish = columns.map((texts, i) => Math.max(min[i]!, Math.min(40, Math.max(...texts.map((t) => t.length))) * CHAR + CELL_PADDING));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(wish) <= TEXT_WIDTH) return wish.map((w) => Math.floor((w * TEXT_WIDTH) / sum(wish)));
  if (sum(min) >= TEXT_WIDTH) return min.map((w) => Math.floor((w * TEXT_WIDTH) / sum(min)));
  const spare = (TEXT_WIDTH - sum(min)) / (sum(wish) - sum(min));
  return min.map((m, i) => Math.floor(m + (wish[i]! - m) * spare));
}

function table(block: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const cols = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (cols === 0) return [];
  const cell = (content: Rich, header: boolean): TableCell =>
    new TableCell({
      children: [new Paragraph({ spacing: { after: 0 }, children: children(content, header ? { bold: true } : {}) })],
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
    });
  const row = (cells: Rich[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: cols }, (_, i) => cell(cells[i] ?? '', header)),
    });
  const rows = [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))];
  const out: (Paragraph | Table)[] = [];
  if (block.caption) out.push(new Paragraph({ style: 'Caption', keepNext: true, children: textRuns(oneLine(block.caption), {}) }));
  out.push(
    new Table({
      rows,
      columnWidths: columnWidths(block, cols),
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
    }),
  );
  // An empty paragraph after a table keeps two tables, or a table and a heading, apart.
  out.push(new Paragraph({}));
  return out;
}

function blockElements(block: Block, listCounter: { next: number }, depth: (level: 1 | 2 | 3) => 1 | 2 | 3): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[depth(block.level) - 1], children: textRuns(oneLine(block.text), {}) })];
    case 'paragraph': {
      if (richRuns(block.text).every((r) => r.text === '')) return [];
      if (block.tone === 'prompt') return [new Paragraph({ children: children(block.text, { italics: true, color: GREY }) })];
      if (block.tone === 'warning') {
        const look = { bold: true, color: DARK_RED };
        return [new Paragraph({ children: [...textRuns(WARNING_MARK, look), ...children(block.text, look)] })];
      }
      return [new Paragraph({ children: children(block.text) })];
    }
    case 'list': {
      const instance = listCounter.next++;
      return block.items.map(
        (item) =>
          new Paragraph({
            style: 'ListParagraph',
            contextualSpacing: true,
            numbering: { reference: block.ordered ? NUMBERED : BULLET, level: 0, instance },
            children: children(item),
          }),
      );
    }
    case 'table':
      return table(block);
  }
}

const listIndent = { paragraph: { indent: { left: 720, hanging: 360 } } };

/** The document as .docx bytes. */
export async function renderDocx(doc: RenderDocument): Promise<Uint8Array> {
  const language = { value: doc.lang === 'en' ? 'en-GB' : 'nl-NL' };
  const listCounter = { next: 1 };
  const body: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(oneLine(doc.title), {}) })];
  if (doc.subtitle) body.push(new Paragraph({ style: 'Subtitle', children: textRuns(doc.subtitle.trim(), {}) }));
  for (const section of doc.sections) {
    // The vaststelling page (core/render/adoption.ts, ADOPTION_SECTION_ID) starts on a page of its own.
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: section.id === 'adoption', children: textRuns(oneLine(section.title), {}) }));
    const depth = headingDepths(section.blocks);
    for (const block of section.blocks) body.push(...blockElements(block, listCounter, depth));
  }
  if (doc.credit) {
    body.push(
      new Paragraph({
        style: 'Credit',
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8', space: 6 } },
        children: children(doc.credit),
      }),
    );
  }
  const document = new Document({
    title: doc.title,
    creator: 'Samenspel',
    lastModifiedBy: 'Samenspel',
    styles: {
      default: {
        document: { run: { language, font: DOCX_FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: DOCX_FONT, size: 48, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: DOCX_FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: DOCX_FONT, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { font: DOCX_FONT, size: 24, bold: true, color: '404040' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
        heading4: { run: { font: DOCX_FONT, size: 22, bold: true, italics: true, color: '404040' }, paragraph: { spacing: { before: 160, after: 40 }, keepNext: true } },
        hyperlink: { run: { font: DOCX_FONT, color: '0B57A4', underline: {} } },
        listParagraph: { run: { font: DOCX_FONT } },
      },
      paragraphStyles: [
        {
          id: 'Credit',
          name: 'Credit',
          basedOn: 'Normal',
          next: 'Normal',
          run: { color: GREY, size: 18 },
          paragraph: { spacing: { before: 480 } },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { color: GREY, size: 28 },
          paragraph: { spacing: { after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: BULLET,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: listIndent }],
        },
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: listIndent }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
          },
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

// Block tree → plain text, for e-mail, chat and any field that takes no formatting.
// Titles are underlined, lists use '- ' or '1. ', tables become aligned columns, links
// keep their address in brackets, prompts are [bracketed] and warnings marked. Headings
// under a section title stand on their own line between blank lines.
import { type Block, type Rich, type RenderDocument, type Section, richRuns, safeHttpUrl, WARNING_MARK } from './blocks.js';

/** Number of characters as a reader counts them (code points, not UTF-16 units). */
function width(text: string): number {
  return Array.from(text).length;
}

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function underline(text: string, char: string): string {
  const line = oneLine(text);
  return `${line}\n${char.repeat(Math.max(3, width(line)))}`;
}

/** Plain text of a Rich value; a link keeps its address when the text does not show it. */
function richPlain(value: Rich): string {
  return richRuns(value)
    .map((run) => {
      const href = safeHttpUrl(run.href);
      return href && run.text.trim() && !href.startsWith(run.text.trim()) ? `${run.text} (${href})` : run.text;
    })
    .join('')
    .replace(/\r\n?/g, '\n');
}

function tableText(block: Extract<Block, { type: 'table' }>): string {
  const cols = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (cols === 0) return '';
  const rows = block.rows.map((r) => Array.from({ length: cols }, (_, i) => oneLine(richPlain(r[i] ?? ''))));
  const header = Array.from({ length: cols }, (_, i) => oneLine(block.header[i] ?? ''));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd();
  const lines: string[] = [];
  if (block.caption) lines.push(oneLine(block.caption));
  if (block.header.length > 0) lines.push(line(header), widths.map((w) => '-'.repeat(Math.max(1, w))).join('  '));
  lines.push(...rows.map(line));
  return lines.join('\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return oneLine(block.text);
    case 'paragraph': {
      const text = richPlain(block.text).trim();
      if (!text) return '';
      if (block.tone === 'prompt') return `[${text}]`;
      if (block.tone === 'warning') return WARNING_MARK + text;
      return text;
    }
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '- ';
          return marker + richPlain(item).trim().replace(/\n/g, `\n${' '.repeat(marker.length)}`);
        })
        .join('\n');
    case 'table':
      return tableText(block);
  }
}

/** Plain text of blocks, separated by blank lines. */
export function renderBlocksText(blocks: Block[]): string {
  return blocks
    .map(blockText)
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** Plain text of one section: its title underlined with '-', then its blocks. */
export function renderSectionText(section: Section): string {
  const body = renderBlocksText(section.blocks);
  return underline(section.title, '-') + (body ? `\n\n${body}` : '') + '\n';
}

/** Plain text of a whole document: the title underlined with '=', sections after it. */
export function renderText(doc: RenderDocument): string {
  const parts = [underline(doc.title, '=')];
  if (doc.subtitle) parts.push(doc.subtitle.trim());
  const credit = doc.credit ? [richPlain(doc.credit)] : [];
  return [parts.join('\n'), ...doc.sections.map((s) => renderSectionText(s).trimEnd()), ...credit].join('\n\n') + '\n';
}

// Block tree → Markdown (CommonMark with GFM pipe tables) for export and for pasting into
// Markdown editors. User text is escaped so that it cannot make headings, lists, links,
// emphasis, HTML or autolinks, nor break out of a table cell; only http(s) links are written.
//
// Heading levels: the document title is `#`, a section title `##`, heading blocks below
// it from `###` on (see headingDepths in blocks.ts).
import {
  type Block,
  type Rich,
  type RenderDocument,
  type Run,
  type Section,
  headingDepths,
  richRuns,
  safeHttpUrl,
  WARNING_MARK,
} from './blocks.js';

/**
 * Escapes one line of plain text. Characters with inline meaning are always escaped;
 * characters that only matter at the start of a line are escaped at the start. GFM
 * autolinks (`scheme://`, `www.`, e-mail addresses) are broken with escapes as well.
 */
function escapeLine(line: string): string {
  let out = line
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/:\/\//g, '\\://')
    .replace(/\/\//g, '\\//')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  out = out.replace(/^([+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/**
 * Escapes plain text for Markdown. Line breaks become hard breaks, with the spaces around
 * them dropped (so a line cannot start an indented code block); `oneLine` (headings, table
 * cells) turns them into spaces. Blocks trim their own start and end.
 */
export function escapeMarkdown(text: string, oneLine = false): string {
  const lines = text.split(/[ \t]*(?:\r\n?|\n)[ \t]*/).map(escapeLine);
  return oneLine ? lines.join(' ') : lines.join('\\\n');
}

/** Runs with the same formatting and link are joined, so markers do not meet (`**a****b**`). */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && last.href === run.href) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push(run);
  }
  return out;
}

function richMarkdown(value: Rich, oneLine = false): string {
  return mergeRuns(richRuns(value))
    .map((run) => {
      const text = escapeMarkdown(run.text, oneLine);
      // Emphasis markers must touch the text: keep surrounding spaces outside them.
      const m = /^((?:\s|\\\n)*)([\s\S]*?)((?:\s|\\\n)*)$/.exec(text);
      const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? text, m?.[3] ?? ''];
      let md = core;
      const marker = (run.bold ? '**' : '') + (run.italic ? '*' : '');
      if (md && marker) md = `${marker}${md}${[...marker].reverse().join('')}`;
      const href = safeHttpUrl(run.href);
      if (md && href) md = `[${md}](${href.replace(/[()\\ ]/g, (c) => (c === ' ' ? '%20' : `\\${c}`))})`;
      return lead + md + trail;
    })
    .join('');
}

/** Trims a block's Markdown, hard line breaks at its start or end included. */
function trimBlock(md: string): string {
  return md.replace(/^(?:\s|\\\n)+/, '').replace(/(?:\s|\\\n)+$/, '');
}

function toned(value: Rich, tone: 'prompt' | 'warning' | undefined): Run[] {
  const runs = richRuns(value);
  if (tone === 'prompt') return runs.map((r) => ({ ...r, italic: true }));
  if (tone === 'warning') return [{ text: WARNING_MARK }, ...runs].map((r) => ({ ...r, bold: true }));
  return runs;
}

function indent(text: string, by: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(by)}`);
}

function tableMarkdown(block: Extract<Block, { type: 'table' }>): string {
  const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (width === 0) return '';
  const row = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const lines: string[] = [];
  if (block.caption?.trim()) lines.push(`**${escapeMarkdown(block.caption.trim(), true)}**`, '');
  lines.push(row(block.header.map((h) => escapeMarkdown(h.trim(), true))));
  lines.push(row(Array<string>(width).fill('---')));
  for (const cells of block.rows) lines.push(row(cells.map((c) => richMarkdown(c, true).trim())));
  return lines.join('\n');
}

/** `alt` marks a list right after a list of the same kind: a new marker keeps them apart. */
function blockMarkdown(block: Block, alt: boolean, depth: (level: 1 | 2 | 3) => number): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(depth(block.level) + 2)} ${escapeMarkdown(block.text.trim(), true)}`;
    case 'paragraph':
      return trimBlock(richMarkdown(toned(block.text, block.tone)));
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}${alt ? ')' : '.'} ` : alt ? '* ' : '- ';
          return marker + indent(trimBlock(richMarkdown(item)), marker.length);
        })
        .join('\n');
    case 'table':
      return tableMarkdown(block);
  }
}

function sameList(a: Block | undefined, b: Block): boolean {
  return a?.type === 'list' && b.type === 'list' && !!a.ordered === !!b.ordered;
}

/** Markdown of blocks, separated by blank lines. */
export function renderBlocksMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  let previous: Block | undefined;
  let previousAlt = false;
  const depth = headingDepths(blocks);
  for (const block of blocks) {
    const alt: boolean = sameList(previous, block) && !previousAlt;
    const md = blockMarkdown(block, alt, depth);
    if (md.trim() === '') continue;
    out.push(md);
    [previous, previousAlt] = [block, alt];
  }
  return out.join('\n\n');
}

/** Markdown of one section: its title as `##`, then its blocks. */
export function renderSectionMarkdown(section: Section): string {
  const body = renderBlocksMarkdown(section.blocks);
  return `## ${escapeMarkdown(section.title.trim(), true)}\n` + (body ? `\n${body}\n` : '');
}

/** Markdown of a whole document. */
export function renderMarkdown(doc: RenderDocument): string {
  const parts = [`# ${escapeMarkdown(doc.title.trim(), true)}\n`];
  if (doc.subtitle?.trim()) parts.push(`${escapeMarkdown(doc.subtitle.trim())}\n`);
  for (const section of doc.sections) parts.push(renderSectionMarkdown(section));
  if (doc.credit) parts.push(`---\n\n${richMarkdown(doc.credit)}\n`);
  return parts.join('\n');
}

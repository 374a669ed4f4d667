// Block tree → HTML: a standalone, print-friendly document for export and preview, and
// fragments for the clipboard and web editors. Every text is escaped; only http(s) links
// become <a>; nothing from a document ever passes as markup.
//
// Heading levels: the document title is <h1>, a section title <h2>, heading blocks below
// it from <h3> on (see headingDepths in blocks.ts).
import {
  type Block,
  type Rich,
  type RenderDocument,
  type Section,
  headingDepths,
  richRuns,
  safeHttpUrl,
  WARNING_MARK,
} from './blocks.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text with line breaks kept as <br>. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}

/**
 * Fragments carry inline styles so that formatting survives a paste into Word or a web
 * editor; the full document uses its stylesheet instead.
 */
interface Ctx {
  inline: boolean;
  depth: (level: 1 | 2 | 3) => number;
}

const INLINE = {
  prompt: 'font-style:italic;color:#595959',
  warning: 'font-weight:bold;color:#a4262c',
  table: 'border-collapse:collapse;width:100%',
  cell: 'border:1px solid #808080;padding:4px 6px;text-align:left;vertical-align:top',
} as const;

function styleAttr(ctx: Ctx, style: string): string {
  return ctx.inline ? ` style="${style}"` : '';
}

function richHtml(value: Rich): string {
  return richRuns(value)
    .map((run) => {
      let html = textHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      const href = safeHttpUrl(run.href);
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

function tableHtml(block: Extract<Block, { type: 'table' }>, ctx: Ctx): string {
  const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (width === 0) return '';
  const pad = <T,>(cells: T[], empty: T): T[] => [...cells, ...Array<T>(width - cells.length).fill(empty)];
  const cell = styleAttr(ctx, INLINE.cell);
  const parts = [`<table${styleAttr(ctx, INLINE.table)}>`];
  if (block.caption) parts.push(`<caption>${textHtml(block.caption)}</caption>`);
  if (block.header.length > 0) {
    const ths = pad(block.header, '').map((h) => `<th scope="col"${cell}>${textHtml(h)}</th>`);
    parts.push(`<thead><tr>${ths.join('')}</tr></thead>`);
  }
  if (block.rows.length > 0) {
    parts.push('<tbody>');
    for (const row of block.rows) {
      parts.push(`<tr>${pad<Rich>(row, '').map((c) => `<td${cell}>${richHtml(c)}</td>`).join('')}</tr>`);
    }
    parts.push('</tbody>');
  }
  parts.push('</table>');
  return parts.join('\n');
}

function blockHtml(block: Block, ctx: Ctx): string {
  switch (block.type) {
    case 'heading': {
      const tag = `h${ctx.depth(block.level) + 2}`;
      return `<${tag}>${textHtml(block.text)}</${tag}>`;
    }
    case 'paragraph': {
      const runs = richRuns(block.text);
      if (runs.every((r) => r.text === '')) return '';
      if (!block.tone) return `<p>${richHtml(runs)}</p>`;
      const text = block.tone === 'warning' ? [{ text: WARNING_MARK }, ...runs] : runs;
      return `<p class="${block.tone}"${styleAttr(ctx, INLINE[block.tone])}>${richHtml(text)}</p>`;
    }
    case 'list': {
      if (block.items.length === 0) return '';
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${richHtml(item)}</li>`);
      return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'table':
      return tableHtml(block, ctx);
  }
}

function blocksHtml(blocks: Block[], inline: boolean): string {
  const ctx: Ctx = { inline, depth: headingDepths(blocks) };
  return blocks
    .map((b) => blockHtml(b, ctx))
    .filter((html) => html !== '')
    .join('\n');
}

function sectionHtml(section: Section, inline: boolean): string {
  const body = blocksHtml(section.blocks, inline);
  return `<h2>${textHtml(section.title)}</h2>` + (body ? `\n${body}` : '');
}

/** An HTML fragment of a section's blocks (headings from <h3>), with inline styles for pasting. */
export function renderBlocksHtml(blocks: Block[]): string {
  return blocksHtml(blocks, true);
}

/** An HTML fragment of one section: its title as <h2>, then its blocks. */
export function renderSectionHtml(section: Section): string {
  return sectionHtml(section, true);
}

const STYLESHEET = `
body { font-family: Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3, h4 { line-height: 1.2; margin: 1.2em 0 0.4em; }
h1 { font-size: 1.9em; } h2 { font-size: 1.45em; } h3 { font-size: 1.2em; } h4 { font-size: 1.05em; }
.subtitle { color: #404040; }
.credit { color: #595959; font-size: 0.9em; border-top: 1px solid #c8c8c8; padding-top: 0.5em; margin-top: 2em; }
a { color: #0b57a4; }
.prompt { font-style: italic; color: #595959; }
.warning { font-weight: bold; color: #a4262c; border-left: 4px solid #a4262c; padding-left: 0.5em; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #808080; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } a { color: inherit; } thead { display: table-header-group; } tr, h2, h3, h4 { break-inside: avoid; } h2, h3, h4 { break-after: avoid; } }
`.trim();

/** A complete, standalone HTML document. */
export function renderHtml(doc: RenderDocument): string {
  const head = [`<h1>${textHtml(doc.title)}</h1>`];
  if (doc.subtitle) head.push(`<p class="subtitle">${textHtml(doc.subtitle)}</p>`);
  const sections = doc.sections.map(
    (s) => `<section data-section="${escapeHtml(String(s.id))}">\n${sectionHtml(s, false)}\n</section>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${doc.lang === 'en' ? 'en' : 'nl'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${STYLESHEET}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header>\n${head.join('\n')}\n</header>`,
    ...sections,
    ...(doc.credit ? [`<footer>\n<p class="credit">${richHtml(doc.credit)}</p>\n</footer>`] : []),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

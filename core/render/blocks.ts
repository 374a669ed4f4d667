// The block tree: the one intermediate form every output (HTML, Markdown, plain text,
// .docx, Word API insertion) is rendered from. Text here is always plain text; renderers
// escape it for their format, nothing in a block is ever markup.
import type { SectionId } from '../knowledge/section-ids.js';

/** A run of text with optional inline formatting. `href` is only honoured for http(s) URLs. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** Plain text, or a sequence of runs. */
export type Rich = string | Run[];

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** `tone: 'prompt'` marks a helpful placeholder for an empty part; `'warning'` a failed check. */
  | { type: 'paragraph'; text: Rich; tone?: 'prompt' | 'warning' }
  | { type: 'list'; ordered?: boolean; items: Rich[] }
  | { type: 'table'; header: string[]; rows: Rich[][]; caption?: string };

/** Re-exported for the fronts that build sections; the ids themselves belong to the knowledge layer. */
export { SECTION_IDS, type SectionId } from '../knowledge/section-ids.js';

export interface Section {
  id: SectionId | string;
  title: string;
  blocks: Block[];
}

/** A whole document: the full agreement or the SPUK one-page plan. */
export interface RenderDocument {
  title: string;
  /** Optional lines under the title (e.g. partners and date). */
  subtitle?: string;
  lang: 'nl' | 'en';
  sections: Section[];
  /** The line crediting the method's source, printed last in every output. */
  credit?: Run[];
}

/** Plain text of a Rich value, for outputs without formatting and for hashing. */
export function richText(value: Rich): string {
  return typeof value === 'string' ? value : value.map((r) => r.text).join('');
}

/**
 * The normalised URL when `href` is an absolute http: or https: URL, else undefined.
 * Every renderer links only what this returns; anything else stays plain text.
 */
export function safeHttpUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The runs of a Rich value (a string becomes one plain run). */
export function richRuns(value: Rich): Run[] {
  return typeof value === 'string' ? [{ text: value }] : value;
}

/** Put before the text of a `tone: 'warning'` paragraph in every output, so the warning shows without colour too. */
export const WARNING_MARK = '\u26A0 ';

/**
 * Outline depth of heading blocks below their section title: the highest level used among
 * `blocks` is depth 1, the next depth 2, and so on, so no output skips a level whichever
 * levels a section uses. Renderers put depth d at HTML h(2+d), Markdown 2+d hashes and
 * Word Heading (1+d), under the document title (h1, Title) and section titles (h2, Heading 1).
 */
export function headingDepths(blocks: Block[]): (level: 1 | 2 | 3) => 1 | 2 | 3 {
  const levels = [...new Set(blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : [])))].sort();
  return (level) => (Math.max(0, levels.indexOf(level)) + 1) as 1 | 2 | 3;
}

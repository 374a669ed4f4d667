// Content-control tags of inserted sections and the fingerprint of their text (pure).
// A tag reads `samenspel:<draftId>:<sectionId>:<hash>:<from>`: the first three parts say what
// the control holds, the hash is a fingerprint of the plain text as inserted, so Bijwerken can
// tell whether the user changed the text since, and `from` is where that text came from:
// `v<N>` for agreed version N, `d` for the live draft. Tags written before `from` existed
// (three or four parts) still parse, without it. Only ids, a version number and a hash: no
// personal data; at most 64 characters, Word's limit for a tag.
import { ID_PATTERN } from '../core/base/ids.js';
import { type Block, type Section, WARNING_MARK, richText } from '../core/render/blocks.js';

export const TAG_PREFIX = 'samenspel';
/** Tag prefix of a control the user kept as their own version (no longer refreshed). */
export const KEPT_PREFIX = 'samenspel-eigen';

/** Word keeps at most this many characters of a content control's tag. */
export const MAX_TAG_LENGTH = 64;
/** The highest version number a tag can carry (six digits keep the longest tag within 64 characters). */
export const MAX_TAG_VERSION = 999_999;

export interface ControlTag {
  draftId: string;
  sectionId: string;
  /** 8 hex digits; empty when the tag carries none. */
  hash: string;
  /**
   * The agreed version the text was inserted from; null for the live draft; absent in a tag
   * written before tags said so (its origin is unknown).
   */
  version?: number | null;
}

const PART = ID_PATTERN;
const VERSION_PART = /^v([1-9][0-9]{0,5})$/;
const DRAFT_PART = 'd';

/** The `from` part of a tag; undefined for none. */
export function formatOrigin(version: number | null | undefined): string | undefined {
  if (version === undefined) return undefined;
  if (version === null) return DRAFT_PART;
  if (!Number.isInteger(version) || version < 1 || version > MAX_TAG_VERSION) throw new RangeError(`not a version number for a tag: ${version}`);
  return `v${version}`;
}

/** The hash part of a tag or anchor: up to 8 hex digits. */
export const HASH_PART = /^[0-9a-f]{0,8}$/;

/**
 * What a tag or anchor says, with the origin its optional `from` part names: unchanged when
 * there is none (written before origins existed), null when `from` is not one of ours.
 */
export function withOrigin<T extends object>(parsed: T, from: string | null | undefined): (T & Pick<ControlTag, 'version'>) | null {
  if (from === null || from === undefined) return parsed;
  if (from === DRAFT_PART) return { ...parsed, version: null };
  const m = VERSION_PART.exec(from);
  return m ? { ...parsed, version: Number(m[1]) } : null;
}

export function formatTag(tag: ControlTag): string {
  const from = formatOrigin(tag.version);
  return [TAG_PREFIX, tag.draftId, tag.sectionId, tag.hash, ...(from === undefined ? [] : [from])].join(':');
}

/** The tag to write on a content control: refused (RangeError) when Word could not keep it whole. */
export function controlTag(tag: ControlTag): string {
  const out = formatTag(tag);
  if (out.length > MAX_TAG_LENGTH) throw new RangeError(`content-control tag longer than ${MAX_TAG_LENGTH} characters: ${out}`);
  return out;
}

/** The tag of a control the user chose to keep next to the new version. */
export function keptTag(tag: Pick<ControlTag, 'draftId' | 'sectionId'>): string {
  return [KEPT_PREFIX, tag.draftId, tag.sectionId].join(':');
}

/** Parse a tag of ours; null for any other control (or a kept one). */
export function parseTag(tag: string | null | undefined): ControlTag | null {
  const parts = (tag ?? '').split(':');
  if (parts[0] !== TAG_PREFIX || parts.length < 3 || parts.length > 5) return null;
  const [, draftId = '', sectionId = '', hash = '', from] = parts;
  if (!PART.test(draftId) || !PART.test(sectionId) || !HASH_PART.test(hash)) return null;
  return withOrigin({ draftId, sectionId, hash }, from);
}

/** Parse a kept tag: the draft and section of the user's own version. */
export function parseKeptTag(tag: string | null | undefined): Pick<ControlTag, 'draftId' | 'sectionId'> | null {
  const parts = (tag ?? '').split(':');
  if (parts[0] !== KEPT_PREFIX || parts.length !== 3 || !PART.test(parts[1]!) || !PART.test(parts[2]!)) return null;
  return { draftId: parts[1]!, sectionId: parts[2]! };
}

/**
 * The text reduced to what survives Word's plain-text view: letters, digits, punctuation
 * and symbols. Whitespace, paragraph and cell marks, tabs and list numbering differ between
 * our text and Word's `ContentControl.text`, so they do not count.
 */
export function fingerprintText(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}\p{P}\p{S}]+/gu, '');
}

/** FNV-1a (32 bits) of the fingerprint, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of fingerprintText(text)) {
    const code = ch.codePointAt(0)!;
    h ^= code & 0xff;
    h = Math.imul(h, 0x01000193);
    h ^= code >>> 8;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [(block.tone === 'warning' ? WARNING_MARK : '') + richText(block.text)];
    case 'list':
      return block.items.map(richText);
    case 'table':
      return [...(block.caption ? [block.caption] : []), ...block.header, ...block.rows.flatMap((r) => r.map(richText))];
  }
}

/** The plain text the Word adapter writes for a section, in order (title first). */
export function sectionPlainText(section: Section): string {
  return [section.title, ...section.blocks.flatMap(blockText)].join('\n');
}

/** The hash kept in the tag of a freshly inserted section. */
export const sectionHash = (section: Section): string => hashText(sectionPlainText(section));

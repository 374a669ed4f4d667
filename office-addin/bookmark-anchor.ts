// The web-safe anchor of an inserted section (pure): a hidden bookmark over its paragraphs
// and a small custom XML part that says what the bookmark holds — the same draft id,
// section id, text hash and origin (agreed version or live draft) as a content control's
// tag, and nothing personal. A part without the origin (written before it existed) still parses.
import { ID_PATTERN, newId } from '../core/base/ids.js';
import { formatOrigin, HASH_PART, withOrigin, type ControlTag } from './control-tag.js';

/** Namespace of our custom XML parts, one part per anchored section. */
export const ANCHOR_NS = 'urn:samenspel:word-anchor:1';
/** Hidden bookmarks (a leading underscore) of inserted sections start with this. */
export const BOOKMARK_PREFIX = '_Samenspel_';
/** Hidden bookmarks marking an insert in progress: removed once it is complete, used to undo it when it is not. */
export const PENDING_PREFIX = '_SamenspelBusy_';

const NAME = /^_Samenspel_[A-Za-z0-9]{1,29}$/;

/** Bookmark names: letters, digits and underscore, at most 40 characters; newId's - and _ become digits. */
const suffix = (): string => newId().replace(/[-_]/g, (c) => (c === '-' ? '0' : '1'));

export const newBookmarkName = (): string => BOOKMARK_PREFIX + suffix();
export const pendingNames = (): { start: string; end: string } => {
  const id = suffix();
  return { start: `${PENDING_PREFIX}${id}A`, end: `${PENDING_PREFIX}${id}Z` };
};

export const isAnchorBookmark = (name: string): boolean => NAME.test(name);

/** What the custom XML part of one section says. */
export interface AnchorRecord extends ControlTag {
  bookmark: string;
  /** The user kept this as their own version next to a newer one (Bijwerken leaves it alone). */
  kept: boolean;
}

const XML_ATTR = /^[A-Za-z0-9_-]*$/;

export function formatAnchorXml(record: AnchorRecord): string {
  for (const v of [record.bookmark, record.draftId, record.sectionId, record.hash]) {
    if (!XML_ATTR.test(v)) throw new Error(`not an anchor value: ${v}`);
  }
  const from = formatOrigin(record.version);
  const origin = from === undefined ? '' : ` from="${from}"`;
  return `<anchor xmlns="${ANCHOR_NS}" bookmark="${record.bookmark}" draft="${record.draftId}" section="${record.sectionId}" hash="${record.hash}"${origin} kept="${record.kept}"/>`;
}

const attr = (xml: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

/** Parse a part of ours; null for anything else (Word may add an XML declaration or reorder attributes). */
export function parseAnchorXml(xml: string): AnchorRecord | null {
  if (!/<anchor\s/.test(xml) || !xml.includes(`xmlns="${ANCHOR_NS}"`)) return null;
  const [bookmark, draftId, sectionId, hash, kept, from] = ['bookmark', 'draft', 'section', 'hash', 'kept', 'from'].map((n) => attr(xml, n)) as (string | null)[];
  if (!bookmark || !isAnchorBookmark(bookmark) || !draftId || !ID_PATTERN.test(draftId) || !sectionId || !ID_PATTERN.test(sectionId)) return null;
  if (hash === null || hash === undefined || !HASH_PART.test(hash)) return null;
  return withOrigin({ bookmark, draftId, sectionId, hash, kept: kept === 'true' }, from);
}

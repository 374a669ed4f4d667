/// <reference types="office-js" />
// The Word adapter: ALL Word.run code of the add-in. Every function takes `run` (Word.run,
// or the office-addin-mock fake in tests). Sections are anchored as tagged content controls
// (desktop) or, where those break Word (see platform.ts), as plain paragraphs under a hidden
// bookmark with a custom XML part; reading finds both. An insert uses two context.sync()
// calls — read where to work, write — and is undone if it fails half-way; reads use one, or
// two when the document has bookmark anchors; a refresh uses one.
import type { MessageKey } from '../core/i18n/index.js';
import type { Section } from '../core/render/blocks.js';
import { ANCHOR_NS, formatAnchorXml, isAnchorBookmark, newBookmarkName, parseAnchorXml, pendingNames, type AnchorRecord } from './bookmark-anchor.js';
import { controlTag, formatTag, hashText, keptTag, parseTag, sectionHash, type ControlTag } from './control-tag.js';
import { WordError } from './errors.js';
import { insertPoint } from './insert-point.js';
import type { DocumentOutline, GoToTarget } from './plan-check.js';
import type { AnchorKind } from './platform.js';
import { STYLE, controlSink, flowSink, oneParagraph, writeSection, type Sink } from './word-write.js';

/** Word.run, or a stand-in with the same shape. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** One section to insert. */
export interface SectionContent {
  draftId: string;
  section: Section;
  /** The content control's title as Word shows it (unused for bookmark anchors). */
  title: string;
  /** Where the section's text comes from: agreed version N, or null for the live draft (kept in the tag). */
  version?: number | null;
}

/** What the tag of a freshly written section says. */
const tagOf = (content: SectionContent): ControlTag => ({
  draftId: content.draftId,
  sectionId: content.section.id,
  hash: sectionHash(content.section),
  ...(content.version !== undefined ? { version: content.version } : {}),
});

/** An inserted section's place in the document: a content control, or a hidden bookmark with its custom XML part. */
export type AnchorRef = { kind: 'control'; id: number } | { kind: 'bookmark'; name: string; partId: string };

/** A stable key of an anchor within one document (for choices per section). */
export const anchorKey = (anchor: AnchorRef): string => (anchor.kind === 'control' ? `control:${anchor.id}` : `bookmark:${anchor.name}`);

/** Title of a control while its insert is under way; the real title is written last, so a half-made control can be found and removed. */
const PENDING_TITLE = 'Samenspel: bezig met invoegen';

function tagControl(cc: Word.ContentControl, content: SectionContent, title = content.title): { tag: string; hash: string } {
  const fields = tagOf(content);
  const { hash } = fields;
  const tag = controlTag(fields);
  cc.tag = tag;
  cc.title = title;
  cc.appearance = 'BoundingBox';
  return { tag, hash };
}

/** A new paragraph after a paragraph, a table or a range. */
const after = (at: Word.Paragraph | Word.Table | Word.Range | Word.ContentControl, text = ''): Word.Paragraph => (at as Word.Paragraph).insertParagraph(text, 'After');

/** The range from a section's first paragraph to its last paragraph or table. */
const sectionRange = (sink: Sink): Word.Range => sink.first.getRange('Whole').expandTo(sink.last.getRange('Whole'));

/** One section written, with what to check once Word has run the batch. */
interface Written {
  tag: string;
  hash: string;
  /** The loaded text of the finished anchor (read after the sync). */
  text: () => string | null;
}

/** A batch of sections queued: the last commands to queue, what to check, and how to take it all out again. */
interface Batch {
  written: Written[];
  /** Queue the last commands; with `check`, also the reads the caller compares after the sync. */
  finish: (check?: boolean) => void;
  /**
   * Undo in a new Word.run. `synced`: the batch ran to its end (the check failed), else it
   * failed half-way; `restore`: the text of the cursor's paragraph the batch removed, put back.
   */
  undo: (synced: boolean, restore: string | null) => (context: Word.RequestContext) => Promise<void>;
}

/** The lead line before a removed insert, if that is what the paragraph is. */
function removeLead(paragraph: Word.Paragraph | null, lead: string | undefined): void {
  if (paragraph && lead && !paragraph.isNullObject && String(paragraph.styleBuiltIn) === STYLE.lead && paragraph.text === oneParagraph(lead)) paragraph.delete();
}

/** Write sections as content controls from an empty paragraph on; titles last. */
function writeControls(start: Word.Paragraph, contents: SectionContent[], lead: string | undefined): Batch {
  const made: { cc: Word.ContentControl; content: SectionContent }[] = [];
  const written: Written[] = [];
  for (const content of contents) {
    const p = made.length ? after(made.at(-1)!.cc) : start;
    p.styleBuiltIn = STYLE.body;
    const cc = p.insertContentControl();
    const { tag, hash } = tagControl(cc, content, PENDING_TITLE);
    writeSection(controlSink(cc), content.section);
    made.push({ cc, content });
    written.push({ tag, hash, text: () => cc.text });
  }
  return {
    written,
    finish() {
      if (lead) made[0]!.cc.insertParagraph(oneParagraph(lead), 'Before').styleBuiltIn = STYLE.lead;
      for (const { cc, content } of made) {
        cc.title = content.title;
        cc.load('id,text');
      }
    },
    undo: (synced, restore) => async (context) => {
      const controls = context.document.contentControls;
      controls.load('items/id,items/title');
      await context.sync();
      const ids = synced ? made.map(({ cc }) => cc.id) : null;
      const ours = controls.items.filter((cc) => (ids ? ids.includes(cc.id) : cc.title === PENDING_TITLE));
      const before = lead && ours[0] ? ours[0].paragraphs.getFirst().getPreviousOrNullObject().load('isNullObject,text,styleBuiltIn') : null;
      await context.sync();
      if (restore !== null && ours[0]) ours[0].insertParagraph(restore, 'Before').styleBuiltIn = STYLE.body;
      removeLead(before, lead);
      for (const cc of ours) cc.delete(false);
      await context.sync();
    },
  };
}

/** Write sections as plain paragraphs between two pending bookmarks; each gets its own hidden bookmark and custom XML part. */
function writeBookmarks(
  context: Word.RequestContext,
  start: Word.Paragraph,
  contents: SectionContent[],
  lead: string | undefined,
  /** Bijwerken: the one section takes over this bookmark name and part instead of new ones. */
  reuse?: { bookmark: string; partId: string },
): Batch {
  const pending = pendingNames();
  const end = after(start);
  end.styleBuiltIn = STYLE.body;
  start.getRange('Whole').insertBookmark(pending.start);
  end.getRange('Whole').insertBookmark(pending.end);
  let cursor = start;
  if (lead) {
    start.insertText(oneParagraph(lead), 'Start');
    start.styleBuiltIn = STYLE.lead;
    cursor = after(start);
  }
  const sections: { range: Word.Range; record: AnchorRecord }[] = [];
  contents.forEach((content, i) => {
    cursor.styleBuiltIn = STYLE.body;
    const sink = flowSink(cursor);
    const endsInList = writeSection(sink, content.section);
    sections.push({ range: sectionRange(sink), record: { ...tagOf(content), bookmark: reuse?.bookmark ?? newBookmarkName(), kept: false } });
    if (i < contents.length - 1) {
      cursor = after(sink.last);
      if (endsInList) cursor.detachFromList();
    }
  });
  const checks: Word.Range[] = [];
  // The bookmarks this batch made (a reused one still marks the old version until the batch ends).
  const names = reuse ? [] : sections.map(({ record }) => record.bookmark);
  return {
    written: sections.map(({ record }, i) => ({
      tag: formatTag(record),
      hash: record.hash,
      text: () => (checks[i]!.isNullObject ? null : checks[i]!.text),
    })),
    finish(check = true) {
      for (const { range, record } of sections) {
        range.insertBookmark(record.bookmark);
        if (reuse) context.document.customXmlParts.getItem(reuse.partId).setXml(formatAnchorXml(record));
        else context.document.customXmlParts.add(formatAnchorXml(record));
      }
      end.delete();
      context.document.deleteBookmark(pending.start);
      context.document.deleteBookmark(pending.end);
      // Read back what the bookmarks now hold (queued after them, so Word resolves them after they exist).
      if (check) for (const { record } of sections) checks.push(context.document.getBookmarkRangeOrNullObject(record.bookmark).load('text,isNullObject'));
    },
    // Half-way: everything between the pending bookmarks. Checked and wrong: each section's bookmark, and the lead before them.
    undo: (synced, restore) => async (context) => {
      const doc = context.document;
      const from = doc.getBookmarkRangeOrNullObject(pending.start).load('isNullObject');
      const to = doc.getBookmarkRangeOrNullObject(pending.end).load('isNullObject');
      const ranges = names.map((name) => doc.getBookmarkRangeOrNullObject(name).load('isNullObject'));
      await context.sync();
      const spans = !synced && !from.isNullObject && !to.isNullObject ? [from.expandTo(to)] : ranges.filter((r) => !r.isNullObject);
      const before = synced && lead && spans[0] ? spans[0].paragraphs.getFirst().getPreviousOrNullObject().load('isNullObject,text,styleBuiltIn') : null;
      await context.sync();
      if (restore !== null && spans[0]) spans[0].insertParagraph(restore, 'Before').styleBuiltIn = STYLE.body;
      removeLead(before, lead);
      for (const span of spans) span.delete();
      for (const name of [pending.start, pending.end, ...names]) doc.deleteBookmark(name);
      await context.sync();
      await removeOrphanParts(context);
    },
  };
}

export interface InsertOptions {
  /** A Heading 1 line before the sections, outside any anchor (e.g. the SPUK plan title). */
  lead?: string;
  /** Content controls (desktop) or plain paragraphs with hidden bookmarks (Word for the web). */
  anchor?: AnchorKind;
}

export interface InsertResult {
  /** The tags of the new sections (for bookmarks, what the custom XML part says, in tag form). */
  tags: string[];
  /** Said to the user when the sections went somewhere else than the cursor. */
  note: MessageKey | null;
}

type Attempt = { ok: true; result: InsertResult } | { ok: false; error: unknown; undo: (context: Word.RequestContext) => Promise<void> };

/**
 * Insert sections at the nearest safe place to the cursor, in one batch: two syncs, one to
 * read the selection, one to write. The user's own text (an empty paragraph, a selection)
 * is touched only after every section is written, just before the anchors are finished; the
 * result is read back and checked after the write, and an insert that failed half-way or
 * does not check out is undone in a separate Word.run.
 */
export async function insertSections(run: WordRun, contents: SectionContent[], options: InsertOptions = {}): Promise<InsertResult> {
  const attempt = await run(async (context): Promise<Attempt> => {
    const selection = context.document.getSelection();
    selection.load('isEmpty,text');
    const first = selection.paragraphs.getFirst();
    first.load('text');
    const last = selection.paragraphs.getLast();
    const story = selection.parentBody;
    story.load('type');
    const table = selection.parentTableOrNullObject;
    table.load('isNullObject');
    const control = selection.parentContentControlOrNullObject;
    control.load('isNullObject,cannotEdit');
    await context.sync();

    const point = insertPoint({
      bodyType: String(story.type),
      inTable: !table.isNullObject,
      control: control.isNullObject ? null : { cannotEdit: control.cannotEdit },
      isEmpty: selection.isEmpty,
      selectedText: selection.text,
      paragraphText: first.text,
    });
    if (!point.ok) throw new WordError('NotInBody', point.reason);
    const start = after(point.after === 'table' ? table : point.after === 'control' ? control : last);
    start.styleBuiltIn = STYLE.body;
    const bookmarks = options.anchor === 'bookmark';
    const write = bookmarks ? writeBookmarks(context, start, contents, options.lead) : writeControls(start, contents, options.lead);
    if (point.then === 'remove-paragraph') first.delete();
    else if (point.then === 'clear-selection') selection.insertText('', 'Replace');
    write.finish();
    try {
      await context.sync();
    } catch (error) {
      return { ok: false, error, undo: write.undo(false, null) };
    }
    if (write.written.some((w) => w.text() === null || hashText(w.text()!) !== w.hash)) {
      return { ok: false, error: new WordError('InsertIncomplete', 'word.error.incomplete'), undo: write.undo(true, point.then === 'remove-paragraph' ? first.text : null) };
    }
    return { ok: true, result: { tags: write.written.map((w) => w.tag), note: point.note } };
  });
  if (attempt.ok) return attempt.result;
  await run(attempt.undo).catch(() => undefined); // the first error is the one to report
  throw attempt.error;
}

/** Delete our custom XML parts whose bookmark is gone. Two or three syncs; used on undo only. */
async function removeOrphanParts(context: Word.RequestContext): Promise<void> {
  const parts = context.document.customXmlParts.getByNamespace(ANCHOR_NS);
  parts.load('items/id');
  const names = context.document.body.getRange('Whole').getBookmarks(true, true);
  await context.sync();
  const xml = parts.items.map((part) => part.getXml());
  await context.sync();
  const alive = new Set(names.value.map((n) => n.toLowerCase()));
  parts.items.forEach((part, i) => {
    const record = parseAnchorXml(xml[i]!.value);
    if (record && !alive.has(record.bookmark.toLowerCase())) part.delete();
  });
  await context.sync();
}

/** One anchored section as read from the document (ours, kept versions included). */
interface ReadAnchor {
  anchor: AnchorRef;
  /** A control's tag, or the same form built from the custom XML part. */
  tag: string;
  title: string;
  text: string;
}

/**
 * Every content control and, when Word can read them (WordApi 1.4), every bookmark of ours
 * with its custom XML part. The caller queues its own loads first; this syncs once, and a
 * second time only when the document has bookmark anchors.
 */
async function readAnchors(context: Word.RequestContext, bookmarks: boolean): Promise<ReadAnchor[]> {
  const controls = context.document.contentControls;
  controls.load('items/id,items/tag,items/title,items/text');
  const parts = bookmarks ? context.document.customXmlParts.getByNamespace(ANCHOR_NS) : null;
  parts?.load('items/id');
  const names = bookmarks ? context.document.body.getRange('Whole').getBookmarks(true, true) : null;
  await context.sync();
  const found: ReadAnchor[] = controls.items.map((cc) => ({ anchor: { kind: 'control', id: cc.id }, tag: cc.tag, title: cc.title, text: cc.text }));
  const ours = names?.value.filter(isAnchorBookmark) ?? [];
  if (!parts || parts.items.length === 0 || ours.length === 0) return found;
  const xml = parts.items.map((part) => part.getXml());
  const ranges = new Map(ours.map((name) => [name.toLowerCase(), context.document.getBookmarkRangeOrNullObject(name)]));
  for (const range of ranges.values()) range.load('text,isNullObject');
  await context.sync();
  const seen = new Set<string>();
  parts.items.forEach((part, i) => {
    const record = parseAnchorXml(xml[i]!.value);
    const key = record?.bookmark.toLowerCase();
    const range = key ? ranges.get(key) : undefined;
    if (!record || !range || range.isNullObject || seen.has(key!)) return;
    seen.add(key!);
    found.push({ anchor: { kind: 'bookmark', name: record.bookmark, partId: part.id }, tag: record.kept ? keptTag(record) : formatTag(record), title: '', text: range.text });
  });
  return found;
}

/** One of our sections as found in the document. */
export interface FoundSection extends ControlTag {
  anchor: AnchorRef;
  /** The user changed the text since it was inserted (its text no longer matches the hash). */
  edited: boolean;
}

export interface ReadOptions {
  /** Also read bookmark anchors (needs WordApi 1.4). */
  bookmarks?: boolean;
}

/** Every section of ours in the document (kept versions left out), with whether the user edited it. One sync; two with bookmark anchors. */
export function findInserted(run: WordRun, options: ReadOptions = {}): Promise<FoundSection[]> {
  return run(async (context) =>
    (await readAnchors(context, options.bookmarks ?? false)).flatMap(({ anchor, tag: raw, text }) => {
      const tag = parseTag(raw);
      return tag ? [{ ...tag, anchor, edited: tag.hash !== '' && hashText(text) !== tag.hash }] : [];
    }),
  );
}

/** What to do with one section on Bijwerken. */
export type RefreshAction =
  | { anchor: AnchorRef; action: 'replace'; content: SectionContent }
  | { anchor: AnchorRef; action: 'insert-below'; content: SectionContent; keptTitle: string };

/** Write a new section after `at`, anchored as the platform wants; bookmark sections as an undoable batch. */
function writeBelow(context: Word.RequestContext, at: Word.ContentControl | Word.Range, content: SectionContent, anchor: AnchorKind): Batch | null {
  const p = after(at);
  p.styleBuiltIn = STYLE.body;
  if (anchor === 'bookmark') return writeBookmarks(context, p, [content], undefined);
  const cc = p.insertContentControl();
  tagControl(cc, content);
  writeSection(controlSink(cc), content.section);
  return null;
}

export interface RefreshOptions {
  /** How a new version written below a kept one is anchored. */
  anchor?: AnchorKind;
}

/**
 * Apply refresh actions in one sync: rewrite a section in place (a control keeps its control;
 * a bookmark section is written anew below the old one, takes over its bookmark name and
 * part, and only then is the old one deleted), or keep the user's version and add the new one
 * below. Should the batch fail half-way, the new bookmark sections are removed again and the
 * old ones stay (a control rewritten in place cannot be restored; see docs/word-addin.md).
 */
export async function applyRefresh(run: WordRun, actions: RefreshAction[], options: RefreshOptions = {}): Promise<void> {
  if (actions.length === 0) return;
  const mode = options.anchor ?? 'control';
  const failed = await run(async (context) => {
    const batches: Batch[] = [];
    const replaced: Word.Range[] = [];
    for (const action of actions) {
      const { anchor, content } = action;
      if (anchor.kind === 'control') {
        const cc = context.document.contentControls.getById(anchor.id);
        if (action.action === 'replace') {
          cc.clear();
          tagControl(cc, content);
          writeSection(controlSink(cc), content.section);
        } else {
          cc.tag = keptTag({ draftId: content.draftId, sectionId: content.section.id });
          cc.title = action.keptTitle;
          const batch = writeBelow(context, cc, content, mode);
          if (batch) batches.push(batch);
        }
        continue;
      }
      const range = context.document.getBookmarkRange(anchor.name);
      if (action.action === 'replace') {
        const p = after(range);
        p.styleBuiltIn = STYLE.body;
        batches.push(writeBookmarks(context, p, [content], undefined, { bookmark: anchor.name, partId: anchor.partId }));
        replaced.push(range);
      } else {
        const record: AnchorRecord = { bookmark: anchor.name, draftId: content.draftId, sectionId: content.section.id, hash: '', kept: true };
        context.document.customXmlParts.getItem(anchor.partId).setXml(formatAnchorXml(record));
        const batch = writeBelow(context, range, content, mode);
        if (batch) batches.push(batch);
      }
    }
    for (const batch of batches) batch.finish(false);
    for (const range of replaced) range.delete();
    try {
      await context.sync();
      return null;
    } catch (error) {
      return { error, batches };
    }
  });
  if (!failed) return;
  for (const batch of failed.batches) await run(batch.undo(false, null)).catch(() => undefined);
  throw failed.error;
}

const HEADING_STYLE = /^Heading([1-9])$/;

/** The document as Plancheck needs it: paragraphs with heading levels, and every anchored section. One sync; two with bookmark anchors. */
export function readOutline(run: WordRun, options: ReadOptions = {}): Promise<DocumentOutline> {
  return run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/styleBuiltIn,items/tableNestingLevel');
    const anchors = await readAnchors(context, options.bookmarks ?? false);
    return {
      paragraphs: paragraphs.items.map((p) => {
        const style = String(p.styleBuiltIn);
        const level = style === 'Title' ? 0 : HEADING_STYLE.test(style) ? Number(HEADING_STYLE.exec(style)![1]) : null;
        return { text: p.text, level, inTable: p.tableNestingLevel > 0 };
      }),
      anchors: anchors.map(({ anchor, tag, title }) => ({
        tag,
        title,
        target: anchor.kind === 'control' ? { kind: 'control' as const, id: anchor.id } : { kind: 'bookmark' as const, name: anchor.name },
      })),
    };
  });
}

/** Select a control, a bookmark or the first paragraph with a heading's text, and scroll to it. One sync. */
export function goTo(run: WordRun, target: GoToTarget): Promise<void> {
  return run(async (context) => {
    if (target.kind === 'control') context.document.contentControls.getById(target.id).select('Select');
    else if (target.kind === 'bookmark') context.document.getBookmarkRange(target.name).select('Select');
    else context.document.body.search(target.text.slice(0, 255).replace(/\^/g, '^^'), { matchCase: true }).getFirst().select('Select');
    await context.sync();
  });
}

/** Whether the document is empty: no text, no table, no content control (for the self-test). One sync. */
export function isEmptyDocument(run: WordRun): Promise<boolean> {
  return run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/tableNestingLevel');
    const controls = context.document.contentControls;
    controls.load('items/id');
    await context.sync();
    return controls.items.length === 0 && paragraphs.items.every((p) => p.text.trim() === '' && p.tableNestingLevel === 0);
  });
}

/** Put the cursor at the end of the document. One sync. */
export function cursorToEnd(run: WordRun): Promise<void> {
  return run(async (context) => {
    context.document.body.getRange('End').select('Select');
    await context.sync();
  });
}

/** Open a new empty document in its own Word window (for the self-test; WordApi 1.3). One sync. */
export function openNewDocument(run: WordRun): Promise<void> {
  return run(async (context) => {
    context.application.createDocument().open();
    await context.sync();
  });
}

// The web-safe anchor against the mock: sections as plain paragraphs under a hidden bookmark
// with a custom XML part — inserted, found, updated in place or kept with the new version
// below, checked by Plancheck — and a document carrying both kinds of anchor (desktop → web
// → desktop). No content control is ever inserted on this path.
import { beforeAll, describe, expect, it } from 'vitest';
import { readAgreement, updateSection, type Agreement } from '../../core/agreement/index.js';
import { agreementSection, spukPlanDocument } from '../../core/render/agreement.js';
import { SECTION_IDS } from '../../core/render/blocks.js';
import { ANCHOR_NS, formatAnchorXml, isAnchorBookmark, newBookmarkName, parseAnchorXml } from '../../office-addin/bookmark-anchor.js';
import { parseTag, sectionHash } from '../../office-addin/control-tag.js';
import { planCoverage } from '../../office-addin/plan-check.js';
import { applyRefresh, findInserted, goTo, insertSections, readOutline, type SectionContent } from '../../office-addin/word-adapter.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { FakeWord, para, type Para, type Table } from './word-mock.js';

let agreement: Agreement;
beforeAll(() => {
  agreement = readAgreement(buildExample().doc).agreement;
});
const content = (id: (typeof SECTION_IDS)[number], a = agreement): SectionContent => ({ draftId: 'draft1', section: agreementSection(a, id), title: `Samenspel: ${agreementSection(a, id).title}` });
const web = { anchor: 'bookmark' as const };
const read = { bookmarks: true };
const noControlInserted = (word: FakeWord) => expect(word.calls.filter((c) => c.endsWith('.insertContentControl'))).toEqual([]);

describe('the custom XML part of a bookmark anchor', () => {
  it('round-trips ids and hash only, and refuses anything else', () => {
    const bookmark = newBookmarkName();
    expect(isAnchorBookmark(bookmark)).toBe(true);
    expect(bookmark.length).toBeLessThanOrEqual(40);
    expect(bookmark).toMatch(/^_[A-Za-z0-9_]+$/);
    const record = { bookmark, draftId: 'draft1', sectionId: 'spuk-budget', hash: '0a1b2c3d', kept: false };
    const xml = formatAnchorXml(record);
    expect(xml).toContain(`xmlns="${ANCHOR_NS}"`);
    expect(parseAnchorXml(xml)).toEqual(record);
    expect(parseAnchorXml(`<?xml version="1.0"?>${xml.replace('kept="false"', 'kept="true"')}`)).toEqual({ ...record, kept: true });
    expect(parseAnchorXml(xml.replace(ANCHOR_NS, 'urn:other'))).toBeNull();
    expect(parseAnchorXml(xml.replace(bookmark, 'Gewone_bladwijzer'))).toBeNull();
    expect(() => formatAnchorXml({ ...record, draftId: 'a"b' })).toThrow();
  });
});

describe('inserting with bookmark anchors (Word for the web)', () => {
  it('writes plain paragraphs and a real table under one hidden bookmark, with its part, in two syncs', async () => {
    const word = new FakeWord([para('Inleiding'), para('')]);
    word.selection = { para: word.body[1] as Para, start: 0, end: 0 };
    const { tags } = await insertSections(word.run, [content('roles')], web);
    expect(word.syncs).toBe(2);
    noControlInserted(word);
    expect(word.controls()).toEqual([]);
    const [mark] = word.liveBookmarks();
    expect(mark!.name).toMatch(/^_Samenspel_/);
    expect(word.bookmarks.size).toBe(1); // the pending marks are gone
    expect(word.parts).toHaveLength(1);
    const record = parseAnchorXml(word.parts[0]!.xml)!;
    expect(record).toEqual({ bookmark: mark!.name, draftId: 'draft1', sectionId: 'roles', hash: sectionHash(content('roles').section), kept: false });
    expect(parseTag(tags[0])).toEqual({ draftId: 'draft1', sectionId: 'roles', hash: record.hash });
    // Inleiding, then the section (title, text, table); the empty cursor paragraph is gone.
    expect(word.body[0]).toMatchObject({ text: 'Inleiding' });
    expect(word.body[1]).toMatchObject({ kind: 'p', text: 'Rollen en verantwoordelijkheden', style: 'Heading2' });
    expect(mark!.from).toBe(word.body[1]);
    expect(mark!.to).toBe(word.body.at(-1));
    const table = word.body.find((n): n is Table => n.kind === 'table')!;
    expect(table).toMatchObject({ style: 'GridTable4_Accent1', headerRowCount: 1 });
    expect(table.values[1]).toEqual(['Leesclub groep 5', 'A', 'I', 'R']);
  });

  it('inserts every section, and the SPUK plan with its title line, in two syncs each', async () => {
    const word = new FakeWord();
    await insertSections(word.run, SECTION_IDS.map((id) => content(id)), web);
    expect(word.syncs).toBe(2);
    expect(word.liveBookmarks()).toHaveLength(SECTION_IDS.length);
    expect(word.parts.map((p) => parseAnchorXml(p.xml)!.sectionId)).toEqual([...SECTION_IDS]);
    // Each section's bookmark holds just that section's text.
    for (const part of word.parts) {
      const record = parseAnchorXml(part.xml)!;
      const section = content(record.sectionId as (typeof SECTION_IDS)[number]).section;
      expect(word.bookmarkText(record.bookmark)!.startsWith(section.title)).toBe(true);
    }
    const plan = spukPlanDocument(agreement);
    const spuk = new FakeWord();
    await insertSections(spuk.run, plan.sections.map((section) => ({ draftId: 'draft1', section, title: section.title })), { ...web, lead: plan.title });
    expect(spuk.syncs).toBe(2);
    expect(spuk.body[0]).toMatchObject({ kind: 'p', text: plan.title, style: 'Heading1' });
    expect(spuk.parts.map((p) => parseAnchorXml(p.xml)!.sectionId)).toEqual(['spuk-explanation', 'spuk-budget']);
    // The title line is outside both bookmarks.
    expect(spuk.liveBookmarks().every((b) => b.from !== spuk.body[0])).toBe(true);
    noControlInserted(spuk);
  });

  it('keeps a list from running on into the next section', async () => {
    const word = new FakeWord();
    await insertSections(word.run, [content('rules'), content('communication')], web);
    const heading = word.paragraphs().find(({ para: p }) => p.text === agreementSection(agreement, 'communication').title)!.para;
    expect(heading.style).toBe('Heading2');
    expect(heading.list).toBeUndefined();
  });
});

describe('finding and updating bookmark anchors', () => {
  async function inserted() {
    const word = new FakeWord();
    await insertSections(word.run, [content('ambition'), content('roles')], web);
    word.resetCounts();
    return word;
  }

  it('finds them with their edits in two syncs, and ignores a deleted section and foreign parts', async () => {
    const word = await inserted();
    let found = await findInserted(word.run, read);
    expect(word.syncs).toBe(2);
    expect(found.map((f) => [f.sectionId, f.anchor.kind, f.edited])).toEqual([
      ['ambition', 'bookmark', false],
      ['roles', 'bookmark', false],
    ]);
    const statement = word.paragraphs().find(({ para: p }) => p.text.includes('Elk kind in Oosterhout-Noord'))!.para;
    statement.text += ' En ook de ouders.';
    word.parts.push({ id: '{iemand-anders}', xml: '<foo xmlns="urn:other"/>' });
    found = await findInserted(word.run, read);
    expect(found.map((f) => f.edited)).toEqual([true, false]);
    // The user deletes the roles section: its bookmark goes with it; its part is ignored.
    const roles = word.liveBookmarks().find((b) => word.bookmarkText(b.name)!.startsWith('Rollen'))!;
    for (const n of word.spanNodes(roles)!) word.body.splice(word.body.indexOf(n), 1);
    expect((await findInserted(word.run, read)).map((f) => f.sectionId)).toEqual(['ambition']);
  });

  it('does not read bookmarks where Word cannot (WordApi 1.3): one sync, controls only', async () => {
    const word = await inserted();
    expect(await findInserted(word.run)).toEqual([]);
    expect(word.syncs).toBe(1);
    expect(word.calls.some((c) => c.includes('Bookmark') || c.includes('CustomXml'))).toBe(false);
  });

  it('replaces a section in place, keeping its bookmark name and part, in one sync', async () => {
    const word = await inserted();
    const { doc } = buildExample();
    updateSection(doc, 'ambition', { statement: 'Elk kind leest elke dag.' });
    const fresh = content('ambition', readAgreement(doc).agreement);
    const [ambition] = await findInserted(word.run, read);
    word.resetCounts();
    await applyRefresh(word.run, [{ anchor: ambition!.anchor, action: 'replace', content: fresh }], web);
    expect(word.syncs).toBe(1);
    noControlInserted(word);
    const after = await findInserted(word.run, read);
    expect(after.map((f) => [f.sectionId, f.edited])).toEqual([
      ['ambition', false],
      ['roles', false],
    ]);
    expect(after[0]!.anchor).toEqual(ambition!.anchor);
    expect(after[0]!.hash).toBe(sectionHash(fresh.section));
    expect(word.textOf(word.body)).toContain('Elk kind leest elke dag.');
    expect(word.textOf(word.body)).not.toContain('Oosterhout-Noord');
    expect(word.paragraphs().filter(({ para: p }) => p.text === 'Gezamenlijke ambitie')).toHaveLength(1);
    expect(word.parts).toHaveLength(2);
  });

  it('leaves the old section and its anchor as they were when a replace fails half-way', async () => {
    const word = await inserted();
    const [, roles] = await findInserted(word.run, read);
    const before = JSON.stringify(word.body);
    const parts = JSON.stringify(word.parts);
    word.failAt = { call: 'Paragraph.insertTable', code: 'GeneralException' }; // the RACI table of the new version
    await expect(applyRefresh(word.run, [{ anchor: roles!.anchor, action: 'replace', content: content('roles') }], web)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(JSON.stringify(word.body)).toBe(before);
    expect(JSON.stringify(word.parts)).toBe(parts);
    expect((await findInserted(word.run, read)).map((f) => [f.sectionId, f.edited])).toEqual([
      ['ambition', false],
      ['roles', false],
    ]);
  });

  it('keeps the edited version and writes the new one below it with its own bookmark', async () => {
    const word = await inserted();
    const [ambition] = await findInserted(word.run, read);
    const mine = word.paragraphs().find(({ para: p }) => p.text.includes('Oosterhout-Noord'))!.para;
    mine.text = 'Mijn eigen ambitie.';
    await applyRefresh(word.run, [{ anchor: ambition!.anchor, action: 'insert-below', content: content('ambition'), keptTitle: 'x' }], web);
    const records = word.parts.map((p) => parseAnchorXml(p.xml)!);
    expect(records.map((r) => [r.sectionId, r.kept])).toEqual([
      ['ambition', true],
      ['roles', false],
      ['ambition', false],
    ]);
    const found = await findInserted(word.run, read);
    expect(found.map((f) => f.sectionId)).toEqual(['roles', 'ambition']);
    const texts = word.liveBookmarks().map((b) => word.bookmarkText(b.name)!);
    expect(texts[0]).toContain('Mijn eigen ambitie.');
    // The new version sits right after the kept one, before roles.
    const order = word.paragraphs().map(({ para: p }) => p.text).filter((t) => t === 'Gezamenlijke ambitie' || t === 'Rollen en verantwoordelijkheden');
    expect(order).toEqual(['Gezamenlijke ambitie', 'Gezamenlijke ambitie', 'Rollen en verantwoordelijkheden']);
    const outline = await readOutline(word.run, read);
    expect(outline.anchors.map((a) => a.tag.split(':')[0])).toEqual(['samenspel-eigen', 'samenspel', 'samenspel']);
  });

  it('Plancheck credits bookmark sections and jumps to them by bookmark', async () => {
    const word = await inserted();
    const outline = await readOutline(word.run, read);
    expect(word.syncs).toBe(2);
    const coverage = planCoverage(outline, agreement, 'draft1');
    const roles = coverage.sections.find((s) => s.sectionId === 'roles')!;
    expect(roles).toMatchObject({ covered: true, by: 'control', target: { kind: 'bookmark' } });
    word.resetCounts();
    await goTo(word.run, roles.target!);
    expect(word.syncs).toBe(1);
    expect(word.selected).toBe(`bookmark:${(roles.target as { name: string }).name}`);
    await expect(goTo(word.run, { kind: 'bookmark', name: '_Samenspel_weg' })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('a document with both kinds of anchor (desktop, then the web, then desktop again)', () => {
  it('finds, updates and checks both, and a kept control gets its new version as a bookmark on the web', async () => {
    const word = new FakeWord();
    await insertSections(word.run, [content('ambition'), content('roles')]); // desktop: controls
    word.cursorAtEnd();
    await insertSections(word.run, [content('decisions')], web); // web: a bookmark
    word.cursorAtEnd();
    expect(word.controls()).toHaveLength(2);
    expect(word.liveBookmarks()).toHaveLength(1);

    const found = await findInserted(word.run, read);
    expect(found.map((f) => [f.sectionId, f.anchor.kind])).toEqual([
      ['ambition', 'control'],
      ['roles', 'control'],
      ['decisions', 'bookmark'],
    ]);
    const { doc } = buildExample();
    updateSection(doc, 'decisions', { escalation: 'De wethouder beslist.' });
    updateSection(doc, 'ambition', { statement: 'Nieuwe ambitie.' });
    const fresh = readAgreement(doc).agreement;
    // On the web: rewrite the bookmark section, and keep an edited control with the new version below it.
    const [ambition, , decisions] = found;
    word.resetCounts();
    await applyRefresh(
      word.run,
      [
        { anchor: decisions!.anchor, action: 'replace', content: content('decisions', fresh) },
        { anchor: ambition!.anchor, action: 'insert-below', content: content('ambition', fresh), keptTitle: 'Samenspel, eigen versie: Gezamenlijke ambitie' },
      ],
      web,
    );
    expect(word.syncs).toBe(1);
    noControlInserted(word);
    expect(word.controls().map((c) => c.tag.split(':')[0])).toEqual(['samenspel-eigen', 'samenspel']);

    // Back on desktop: everything is found and in date; new inserts are controls again.
    const again = await findInserted(word.run, read);
    expect(again.map((f) => [f.sectionId, f.anchor.kind, f.edited])).toEqual([
      ['roles', 'control', false],
      ['decisions', 'bookmark', false],
      ['ambition', 'bookmark', false],
    ]);
    expect(again.find((f) => f.sectionId === 'decisions')!.hash).toBe(sectionHash(content('decisions', fresh).section));
    await insertSections(word.run, [content('period')]);
    expect(word.controls().map((c) => parseTag(c.tag)?.sectionId ?? 'kept')).toEqual(['kept', 'roles', 'period']);
    const coverage = planCoverage(await readOutline(word.run, read), fresh, 'draft1');
    expect(coverage.sections.filter((s) => s.by === 'control').map((s) => s.sectionId)).toEqual(['ambition', 'roles', 'decisions', 'period']);
  });
});

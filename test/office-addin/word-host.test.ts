// The Word host over the mocked Word: Invoegen, Bijwerken with and without user edits (and
// the keep / replace / insert-below choice), Plancheck, export, and Dutch error messages.
import { describe, expect, it, vi } from 'vitest';
import { readAgreement, updateItem, updateSection } from '../../core/agreement/index.js';
import { t } from '../../core/i18n/index.js';
import { agreementDocument, agreementSection } from '../../core/render/agreement.js';
import type { BrowserIo } from '../../web/host.js';
import { createWordHost, type ResolveConflicts } from '../../office-addin/word-host.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { parseAnchorXml } from '../../office-addin/bookmark-anchor.js';
import { wordPlatform, type WordPlatform } from '../../office-addin/platform.js';
import { FakeWord, para, type Para, type Table } from './word-mock.js';

const WEB = wordPlatform({ platform: 'OfficeOnline', version: '16.0.19000.10000', isSetSupported: () => true });

function setup(options: { supported?: boolean; platform?: WordPlatform } = {}) {
  const { doc } = buildExample();
  const word = new FakeWord();
  const io: BrowserIo = { copy: vi.fn(async () => ({ ok: true as const })), download: vi.fn(async () => ({ ok: true as const })), openLink: vi.fn() };
  const host = createWordHost({
    run: word.run,
    current: () => ({ draftId: 'draft1', agreement: readAgreement(doc).agreement }),
    io,
    isSetSupported: () => options.supported ?? true,
    ...(options.platform ? { platform: options.platform } : {}),
  });
  return { doc, word, io, host };
}

const request = (section: ReturnType<typeof agreementSection>) => ({
  draftId: 'draft1',
  sectionId: section.id,
  section,
  document: agreementDocument(readAgreement(buildExample().doc).agreement),
  html: '',
  text: '',
});

describe('Word host', () => {
  it('inserts through Host.insert with a Dutch title and message', async () => {
    const { word, host } = setup();
    const section = agreementSection(readAgreement(buildExample().doc).agreement, 'decisions');
    expect(await host.insert(request(section))).toEqual({ ok: true, message: '“Besluitvorming” is ingevoegd.' });
    expect(word.controls()[0]).toMatchObject({ title: 'Samenspel: Besluitvorming' });
    expect(word.controls()[0]!.tag).toMatch(/^samenspel:draft1:decisions:[0-9a-f]{8}:d$/); // from the live draft
  });

  it('says so in Dutch when Word is too old, the document is protected or an item is gone', async () => {
    const old = setup({ supported: false });
    expect(await old.host.insertSection('roles')).toEqual({ ok: false, message: t('nl', 'word.error.requirement', { version: '1.3' }) });
    expect(old.word.syncs).toBe(0);
    const locked = setup();
    locked.word.failNextSync = 'AccessDenied';
    expect(await locked.host.insertSection('roles')).toEqual({ ok: false, message: t('nl', 'word.error.protected') });
    const gone = setup();
    expect(await gone.host.goTo({ kind: 'control', id: 999 })).toEqual({ ok: false, message: t('nl', 'word.error.notFound') });
  });

  it('Bijwerken updates unedited sections without asking, in two syncs', async () => {
    const { doc, word, host } = setup();
    await host.insertSection('ambition');
    word.cursorAtEnd();
    await host.insertSection('roles');
    updateSection(doc, 'ambition', { statement: 'Elk kind leest elke dag.' });
    word.resetCounts();
    const resolve = vi.fn<ResolveConflicts>();
    expect(await host.refreshAll(resolve)).toEqual({ ok: true, message: t('nl', 'word.refresh.done', { updated: 1, unchanged: 1, kept: 0 }) });
    expect(resolve).not.toHaveBeenCalled();
    expect(word.syncs).toBe(2);
    expect(word.textOf(word.body)).toContain('Elk kind leest elke dag.');
  });

  it('Bijwerken asks about edited sections and follows each choice', async () => {
    const { doc, word, host } = setup();
    for (const id of ['ambition', 'roles', 'decisions'] as const) {
      word.cursorAtEnd();
      await host.insertSection(id);
    }
    for (const cc of word.controls()) cc.children.filter((n): n is Para => n.kind === 'p').at(-1)!.text += ' (aangepast in Word)';
    const agreement = readAgreement(doc).agreement;
    updateSection(doc, 'ambition', { statement: 'Nieuwe ambitie.' });
    updateItem(doc, 'activities', agreement.activities[0]!.id, { name: 'Leesclub groep 6' });
    updateSection(doc, 'decisions', { escalation: 'De wethouder beslist.' });
    const [ambition, roles, decisions] = word.controls().map((c) => `control:${c.id}`);
    const resolve = vi.fn<ResolveConflicts>(async () => ({ [ambition!]: 'keep', [roles!]: 'replace', [decisions!]: 'insert-below' }));
    word.resetCounts();
    const outcome = await host.refreshAll(resolve);
    expect(resolve).toHaveBeenCalledWith([
      { id: ambition, sectionId: 'ambition', label: 'Gezamenlijke ambitie' },
      { id: roles, sectionId: 'roles', label: 'Rollen en verantwoordelijkheden' },
      { id: decisions, sectionId: 'decisions', label: 'Besluitvorming' },
    ]);
    expect(outcome).toEqual({ ok: true, message: t('nl', 'word.refresh.done', { updated: 2, unchanged: 0, kept: 1 }) });
    expect(word.syncs).toBe(2);
    const text = (i: number) => word.textOf(word.controls()[i]!.children);
    expect(text(0)).toContain('(aangepast in Word)'); // kept
    expect(text(0)).not.toContain('Nieuwe ambitie.');
    expect(text(1)).toContain('Leesclub groep 6'); // replaced
    expect(text(1)).not.toContain('(aangepast in Word)');
    expect(word.controls()[2]!.tag).toBe('samenspel-eigen:draft1:decisions'); // kept as the user's own …
    expect(word.controls()[2]!.title).toBe('Samenspel, eigen versie: Besluitvorming');
    expect(text(3)).toContain('De wethouder beslist.'); // … with the new version below
  });

  it('changes nothing when the user cancels, and leaves edits alone when the draft did not change', async () => {
    const { doc, word, host } = setup();
    await host.insertSection('ambition');
    (word.controls()[0]!.children[1] as Para).text = 'Mijn tekst.';
    expect(await host.refreshAll(async () => null)).toMatchObject({ ok: true, message: t('nl', 'word.refresh.done', { updated: 0, unchanged: 1, kept: 0 }) });
    updateSection(doc, 'ambition', { statement: 'Anders.' });
    expect(await host.refreshAll(async () => null)).toEqual({ ok: true, message: t('nl', 'word.refresh.cancelled') });
    expect(word.textOf(word.body)).toContain('Mijn tekst.');
  });

  it('reports when there is nothing to update, and when no draft is open', async () => {
    const { host, word, io } = setup();
    expect(await host.refreshAll(async () => ({}))).toEqual({ ok: true, message: t('nl', 'word.refresh.none') });
    const closed = createWordHost({ run: word.run, current: () => null, io });
    expect(await closed.insertSection('roles')).toEqual({ ok: false, message: t('nl', 'word.noDraft') });
    expect(await closed.exportDocx()).toEqual({ ok: false, message: t('nl', 'word.noDraft') });
  });

  it('inserts the SPUK plan and Plancheck then finds the sections it covers', async () => {
    const { word, host } = setup();
    expect(await host.insertSpukPlan()).toEqual({ ok: true, message: t('nl', 'word.spuk.done') });
    word.resetCounts();
    const check = await host.planCheck();
    expect(word.syncs).toBe(1);
    if (!check.ok) throw new Error(check.message);
    expect(check.coverage.sections.filter((s) => s.covered).map((s) => s.sectionId)).toEqual(['ambition', 'partners', 'roles', 'decisions', 'process', 'resources']);
    expect(check.coverage.conditions.find((c) => c.conditionId === 'ambition')!.status).toBe('covered');
  });

  it('exports the whole agreement as .docx through a download', async () => {
    const { host, io } = setup();
    expect(await host.exportDocx()).toEqual({ ok: true, message: t('nl', 'word.export.done', { name: 'leesplan-oosterhout-2027.docx' }) });
    const file = vi.mocked(io.download).mock.calls[0]![0];
    expect(file.name).toBe('leesplan-oosterhout-2027.docx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect([file.bytes[0], file.bytes[1]]).toEqual([0x50, 0x4b]);
  });
});

describe('Word host in Word for the web (content controls known to break saving)', () => {
  it('inserts sections and the SPUK plan as bookmarked paragraphs, never as content controls', async () => {
    const { word, host } = setup({ platform: WEB });
    expect(await host.insertSection('roles')).toEqual({ ok: true, message: '“Rollen en verantwoordelijkheden” is ingevoegd.' });
    word.cursorAtEnd();
    expect(await host.insertSpukPlan()).toEqual({ ok: true, message: t('nl', 'word.spuk.done') });
    expect(word.calls.filter((c) => c.endsWith('insertContentControl'))).toEqual([]);
    expect(word.controls()).toEqual([]);
    expect(word.parts.map((p) => parseAnchorXml(p.xml)!.sectionId)).toEqual(['roles', 'spuk-explanation', 'spuk-budget']);
    const check = await host.planCheck();
    if (!check.ok) throw new Error(check.message);
    expect(check.coverage.sections.filter((s) => s.by === 'control').map((s) => s.sectionId)).toEqual(['ambition', 'partners', 'roles', 'decisions', 'process', 'resources']);
  });

  it('says where a section went when the cursor was in a table, and why not in a footer', async () => {
    const { word, host } = setup({ platform: WEB });
    const table: Table = { kind: 'table', values: [['x']] };
    word.body = [table, para('')];
    word.selection = { para: para('x'), start: 0, end: 0, table };
    expect(await host.insertSection('decisions')).toEqual({ ok: true, message: `“Besluitvorming” is ingevoegd. ${t('nl', 'word.insert.belowTable')}` });
    word.selection = { para: para('Voettekst'), start: 0, end: 0, story: 'Footer' };
    expect(await host.insertSection('roles')).toEqual({ ok: false, message: t('nl', 'word.insert.notInBody') });
  });

  it('Bijwerken on the web updates a desktop control in place and a web bookmark, with the edited one kept', async () => {
    const { doc, word, host } = setup();
    await host.insertSection('ambition'); // made on desktop: a control
    const web = createWordHost({ run: word.run, current: () => ({ draftId: 'draft1', agreement: readAgreement(doc).agreement }), io: setup().io, platform: WEB });
    word.cursorAtEnd();
    await web.insertSection('roles');
    word.cursorAtEnd();
    await web.insertSection('decisions');
    const all = word.paragraphs();
    const mine = all[all.findIndex(({ para: p }) => p.text === 'Besluitvorming') + 1]!.para;
    mine.text += ' (aangepast in Word)';
    updateSection(doc, 'ambition', { statement: 'Elk kind leest elke dag.' });
    updateItem(doc, 'activities', readAgreement(doc).agreement.activities[0]!.id, { name: 'Leesclub groep 6' });
    updateSection(doc, 'decisions', { escalation: 'De wethouder beslist.' });
    word.resetCounts();
    const resolve = vi.fn<ResolveConflicts>(async (conflicts) => Object.fromEntries(conflicts.map((c) => [c.id, 'insert-below' as const])));
    expect(await web.refreshAll(resolve)).toEqual({ ok: true, message: t('nl', 'word.refresh.done', { updated: 3, unchanged: 0, kept: 0 }) });
    expect(resolve).toHaveBeenCalledWith([{ id: expect.stringMatching(/^bookmark:_Samenspel_/), sectionId: 'decisions', label: 'Besluitvorming' }]);
    expect(word.syncs).toBe(3); // find: controls and bookmarks (2), write (1)
    expect(word.calls.filter((c) => c.endsWith('insertContentControl'))).toEqual([]);
    const text = word.textOf(word.body);
    expect(text).toContain('Elk kind leest elke dag.');
    expect(text).toContain('Leesclub groep 6');
    expect(text).toContain('(aangepast in Word)');
    expect(text).toContain('De wethouder beslist.');
    expect(word.controls()).toHaveLength(1);
  });
});

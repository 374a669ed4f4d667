// Which sections in a Word document are the newest agreed version N, over the mocked Word:
// sections inserted from version N, from an older version M, from the unagreed draft, edited
// in Word since, and with a tag from before tags said where the text came from; and bringing
// the document to version N, which keeps an edited section only when the user says so.
import { describe, expect, it, vi } from 'vitest';
import { readAgreement, updateItem, updateSection, type Agreement } from '../../core/agreement/index.js';
import { t, translator } from '../../core/i18n/index.js';
import { agreementSection } from '../../core/render/agreement.js';
import { parseAnchorXml } from '../../office-addin/bookmark-anchor.js';
import { sectionHash } from '../../office-addin/control-tag.js';
import { wordPlatform } from '../../office-addin/platform.js';
import { checkAgainstAgreed, sectionState, stateText } from '../../office-addin/taskpane/agreed-sections.js';
import { findInserted } from '../../office-addin/word-adapter.js';
import { createWordHost, type ResolveConflicts } from '../../office-addin/word-host.js';
import type { BrowserIo } from '../../web/host.js';
import { buildExample } from '../fixtures/agreement/example.js';
import { FakeWord, type Para } from './word-mock.js';

const WEB = wordPlatform({ platform: 'OfficeOnline', version: '16.0.19000.10000', isSetSupported: () => true });

/** Version 1, then version 2 (another ambition and end date), then the draft (another activity name). */
function versions() {
  const { doc } = buildExample();
  const v1 = readAgreement(doc).agreement;
  updateSection(doc, 'ambition', { statement: 'Elk kind leest elke dag.' });
  updateSection(doc, 'period', { end: '2030-12-31' });
  const v2 = readAgreement(doc).agreement;
  updateItem(doc, 'activities', v2.activities[0]!.id, { name: 'Leesclub groep 6' });
  return { doc, v1, v2 };
}

function setup(platform = wordPlatform({ platform: 'PC', version: '16.0.17000.10000', isSetSupported: () => true })) {
  const { doc, v1, v2 } = versions();
  const word = new FakeWord();
  const io: BrowserIo = { copy: vi.fn(async () => ({ ok: true as const })), download: vi.fn(async () => ({ ok: true as const })), openLink: vi.fn() };
  const agreedHost = (agreement: Agreement, n: number) =>
    createWordHost({ run: word.run, current: () => ({ draftId: 'draft1', agreement, version: n }), io, platform, offerEdited: true });
  const draftHost = createWordHost({ run: word.run, current: () => ({ draftId: 'draft1', agreement: readAgreement(doc).agreement }), io, platform });
  const states = async () => Object.fromEntries(checkAgainstAgreed(await findInserted(word.run, { bookmarks: platform.readsBookmarks }), 'draft1', v2, 2).map((c) => [c.sectionId, c.state]));
  return { word, v1, v2, h1: agreedHost(v1, 1), h2: agreedHost(v2, 2), draftHost, states };
}

describe('sections against agreed version N', () => {
  it('tells per section: agreed N, from older M, edited in Word, from the draft, or (an old tag) differs', async () => {
    const { word, h1, h2, draftHost, states } = setup();
    const insert = async (host: typeof h1, id: Parameters<typeof h1.insertSection>[0]) => {
      word.cursorAtEnd();
      expect((await host.insertSection(id)).ok).toBe(true);
    };
    await insert(h1, 'ambition'); // version 1's ambition: older than 2
    await insert(draftHost, 'roles'); // the draft's roles: never agreed
    await insert(h2, 'decisions'); // version 2, then edited in Word
    await insert(h2, 'partners'); // version 2 as it is
    await insert(h1, 'rules'); // version 1, but the rules did not change in version 2
    await insert(h1, 'period'); // version 1's period, with an old tag (no origin)
    await insert(draftHost, 'process'); // the draft's process (as agreed), with an old tag
    const [ambition, roles, decisions, , rules, period, process] = word.controls();
    expect([ambition!.tag, roles!.tag, rules!.tag].map((tag) => tag.split(':').at(-1))).toEqual(['v1', 'd', 'v1']);
    (decisions!.children.filter((n): n is Para => n.kind === 'p').at(-1)!).text += ' (aangepast in Word)';
    period!.tag = period!.tag.replace(/:v1$/, '');
    process!.tag = process!.tag.replace(/:d$/, '');

    expect(await states()).toEqual({
      ambition: { kind: 'older', from: 1 },
      roles: { kind: 'draft' },
      decisions: { kind: 'edited', from: 2 },
      partners: { kind: 'agreed' },
      rules: { kind: 'agreed' },
      period: { kind: 'differs' },
      process: { kind: 'agreed' },
    });
  });

  it('brings the document to version N: unedited sections at once, an edited one only as the conflict dialog says', async () => {
    const { word, h1, h2, draftHost, states } = setup();
    for (const [host, id] of [[h1, 'ambition'], [draftHost, 'roles'], [h2, 'decisions']] as const) {
      word.cursorAtEnd();
      await host.insertSection(id);
    }
    (word.controls()[2]!.children.filter((n): n is Para => n.kind === 'p').at(-1)!).text += ' (aangepast in Word)';
    const keep = vi.fn<ResolveConflicts>(async (conflicts) => Object.fromEntries(conflicts.map((c) => [c.id, 'keep' as const])));
    expect(await h2.refreshAll(keep)).toEqual({ ok: true, message: t('nl', 'word.refresh.done', { updated: 2, unchanged: 0, kept: 1 }) });
    // Only the edited section is asked about, although version 2 did not change it.
    expect(keep).toHaveBeenCalledWith([{ id: `control:${word.controls()[2]!.id}`, sectionId: 'decisions', label: t('nl', 'section.decisions') }]);
    expect(await states()).toEqual({ ambition: { kind: 'agreed' }, roles: { kind: 'agreed' }, decisions: { kind: 'edited', from: 2 } });
    expect(word.controls().map((c) => c.tag.split(':').at(-1))).toEqual(['v2', 'v2', 'v2']);
    expect(word.textOf(word.body)).toContain('(aangepast in Word)');

    // Cancelling the dialog changes nothing; replacing takes the user's edit out.
    expect(await h2.refreshAll(async () => null)).toEqual({ ok: true, message: t('nl', 'word.refresh.cancelled') });
    expect(word.textOf(word.body)).toContain('(aangepast in Word)');
    await h2.refreshAll(async (conflicts) => Object.fromEntries(conflicts.map((c) => [c.id, 'replace' as const])));
    expect(await states()).toEqual({ ambition: { kind: 'agreed' }, roles: { kind: 'agreed' }, decisions: { kind: 'agreed' } });
    expect(word.textOf(word.body)).not.toContain('(aangepast in Word)');

    // The draft's own Bijwerken leaves an edit alone when the draft did not change that section.
    (word.controls()[2]!.children.filter((n): n is Para => n.kind === 'p').at(-1)!).text += ' (weer aangepast)';
    const ask = vi.fn<ResolveConflicts>(async () => ({}));
    await draftHost.refreshAll(ask);
    expect(ask).not.toHaveBeenCalled();
  });

  it('keeps the origin in the custom XML part of a bookmark anchor (Word for the web)', async () => {
    const { word, h1, draftHost, states } = setup(WEB);
    await h1.insertSection('ambition');
    word.cursorAtEnd();
    await draftHost.insertSection('roles');
    expect(word.parts.map((p) => parseAnchorXml(p.xml)!.version)).toEqual([1, null]);
    expect(await states()).toEqual({ ambition: { kind: 'older', from: 1 }, roles: { kind: 'draft' } });
  });

  it('leaves out other drafts, counts a section once, and says an unknown section differs', () => {
    const { v2 } = versions();
    const tag = { draftId: 'draft1', sectionId: 'ambition', hash: sectionHash(agreementSection(v2, 'ambition')), version: 2 };
    expect(checkAgainstAgreed([{ ...tag, draftId: 'other' }, tag, tag], 'draft1', v2, 2)).toEqual([{ sectionId: 'ambition', state: { kind: 'agreed' } }]);
    expect(sectionState({ draftId: 'draft1', sectionId: 'nope', hash: '00000000', version: 1 }, v2, 2)).toEqual({ kind: 'older', from: 1 });
    expect(sectionState({ draftId: 'draft1', sectionId: 'nope', hash: '00000000' }, v2, 2)).toEqual({ kind: 'differs' });
    // A version after N (never agreed) is no "older" one.
    expect(sectionState({ ...tag, hash: '00000000', version: 3 }, v2, 2)).toEqual({ kind: 'differs' });
  });

  it('says each state in words, with the section and the versions', () => {
    const tr = translator('nl');
    const s = 'Ambitie';
    expect(stateText({ kind: 'older', from: 1 }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.older', { section: s, m: 1, n: 2 }));
    expect(stateText({ kind: 'edited', from: 2 }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.editedFrom', { section: s, m: 2 }));
    expect(stateText({ kind: 'edited', from: null }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.editedDraft', { section: s }));
    expect(stateText({ kind: 'edited', from: undefined }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.edited', { section: s }));
    expect(stateText({ kind: 'draft' }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.draft', { section: s, n: 2 }));
    expect(stateText({ kind: 'differs' }, s, 2, tr)).toBe(t('nl', 'word.agreed.state.differs', { section: s, n: 2 }));
  });
});

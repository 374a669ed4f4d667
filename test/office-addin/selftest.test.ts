// The Zelftest against the mock, as Word desktop (content controls) and as Word for the web
// (bookmarks): every step passes in an empty document, a non-empty one is left alone, a step
// that fails is reported with its Word error code, and the report names platform, build and sets.
import { describe, expect, it } from 'vitest';
import { t } from '../../core/i18n/index.js';
import { SECTION_IDS } from '../../core/render/blocks.js';
import { wordPlatform } from '../../office-addin/platform.js';
import { runSelfTest } from '../../office-addin/selftest.js';
import { FakeWord, para } from './word-mock.js';

const desktop = wordPlatform({ platform: 'PC', version: '16.0.18526.20168', isSetSupported: () => true });
const web = wordPlatform({ platform: 'OfficeOnline', version: '16.0.19127.40500', isSetSupported: (name) => name === 'WordApi' });
const now = () => new Date('2026-12-02T10:00:00Z');

describe.each([
  ['Word desktop', desktop, 'control'],
  ['Word for the web', web, 'bookmark'],
] as const)('the self-test in %s', (_name, platform, anchor) => {
  it('passes every step in an empty document and reports the environment', async () => {
    const word = new FakeWord();
    const outcome = await runSelfTest({ run: word.run, platform, lang: 'nl', now, userAgent: 'TestAgent/1' });
    if (outcome.kind !== 'done') throw new Error(outcome.message);
    expect(outcome.steps.map((s) => [s.id, s.ok, s.ok ? '' : s.detail])).toEqual(
      ['empty', 'insert', 'find', 'update', 'planCheck', 'spuk', 'export'].map((id) => [id, true, '']),
    );
    expect(outcome.message).toBe(t('nl', 'word.selftest.passed', { count: 7 }));
    const report = outcome.report.split('\n');
    expect(report[0]).toBe('Samenspel – Zelftest – 2026-12-02T10:00:00.000Z');
    expect(report[1]).toBe(`Platform: ${platform.platform} (${t('nl', `word.platform.${platform.platform as 'PC' | 'OfficeOnline'}`)})`);
    expect(report[2]).toBe(`Word-versie: ${platform.version}`);
    expect(report[3]).toMatch(/^Vereistensets: WordApi 1\.1 ✓, .*WordApi 1\.4 ✓/);
    expect(report[4]).toBe(`Onderdelen verankerd als: ${t('nl', `word.selftest.anchor.${anchor}`)}`);
    expect(outcome.report).toContain('User agent: TestAgent/1');
    expect(outcome.report).toContain('2. Elk onderdeel invoegen: geslaagd');
    // What it left in the scratch document: every section (once current), the kept roles and the SPUK plan, anchored as this Word wants.
    const anchored = anchor === 'control' ? word.controls().length : word.liveBookmarks().length;
    expect(anchored).toBe(SECTION_IDS.length + 1 + 2);
    if (anchor === 'bookmark') expect(word.controls()).toEqual([]);
  });

  it('leaves a document that is not empty alone', async () => {
    const word = new FakeWord([para('Mijn plan van aanpak')]);
    const outcome = await runSelfTest({ run: word.run, platform, lang: 'nl', now });
    expect(outcome).toEqual({ kind: 'not-empty', message: t('nl', 'word.selftest.notEmpty') });
    expect(word.body).toEqual([para('Mijn plan van aanpak')]);
    expect(word.syncs).toBe(1);
  });
});

describe('a failing Word path', () => {
  it('is reported with its step, the Dutch message and the Word error code, and the other steps still run', async () => {
    const word = new FakeWord();
    word.failAt = { call: 'CustomXmlPart.setXml', code: 'GeneralException' }; // Bijwerken on the web writes the part
    const outcome = await runSelfTest({ run: word.run, platform: web, lang: 'nl', now });
    if (outcome.kind !== 'done') throw new Error(outcome.message);
    const failed = outcome.steps.filter((s) => !s.ok);
    expect(failed.map((s) => s.id)).toEqual(['update']);
    expect(failed[0]!.detail).toContain('[GeneralException]');
    expect(outcome.message).toBe(t('nl', 'word.selftest.failed', { failed: 1, count: 7 }));
    expect(outcome.report).toContain('4. Bijwerken: mislukt');
  });
});

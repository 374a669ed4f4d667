// The Zelftest, for a person who has Word: in an empty document and with the built-in example
// draft, run every Word path the add-in uses — insert each section, find them again, update
// (rewrite and keep-mine), Plancheck, the SPUK plan, export — check each result, and make a
// report with the platform, Word build and requirement sets to paste into a bug report.
import { readAgreement, updateSection } from '../core/agreement/index.js';
import { isMessageKey, t, type Lang } from '../core/i18n/index.js';
import { agreementDocument, agreementSection, spukPlanDocument } from '../core/render/agreement.js';
import { SECTION_IDS, type Section } from '../core/render/blocks.js';
import { renderDocx } from '../core/render/docx.js';
import { sectionHash } from './control-tag.js';
import { wordErrorMessage } from './errors.js';
import { planCoverage } from './plan-check.js';
import type { WordPlatform } from './platform.js';
import { SELFTEST_DRAFT_ID, selfTestDraft } from './selftest-sample.js';
import { applyRefresh, cursorToEnd, findInserted, insertSections, isEmptyDocument, readOutline, type SectionContent, type WordRun } from './word-adapter.js';

export type SelfTestStepId = 'empty' | 'insert' | 'find' | 'update' | 'planCheck' | 'spuk' | 'export';

export interface SelfTestStep {
  id: SelfTestStepId;
  ok: boolean;
  /** What was checked or what went wrong, in the report's language. */
  detail: string;
  ms: number;
}

export type SelfTestOutcome =
  | { kind: 'not-empty'; message: string }
  /** Word could not even start (too old, no document). */
  | { kind: 'error'; message: string }
  | { kind: 'done'; steps: SelfTestStep[]; report: string; message: string };

/** A failed check inside a step, with what was expected. */
class CheckFailed extends Error {}
function check(condition: boolean, what: string): void {
  if (!condition) throw new CheckFailed(what);
}

/** The platform's readable name (Word for the web, …) where we know it. */
function platformName(lang: Lang, platform: string): string {
  const key = `word.platform.${platform}`;
  return isMessageKey(key) ? `${platform} (${t(lang, key)})` : platform;
}

/** The copyable report: environment first, then one line per step. */
export function selfTestReport(lang: Lang, platform: WordPlatform, steps: SelfTestStep[], at: Date, userAgent = ''): string {
  const sets = platform.sets.map((s) => `${s.name} ${s.version} ${s.supported ? '✓' : '✗'}`).join(', ');
  const lines = [
    `Samenspel – ${t(lang, 'word.selftest.title')} – ${at.toISOString()}`,
    `${t(lang, 'word.selftest.platform')}: ${platformName(lang, platform.platform)}`,
    `${t(lang, 'word.selftest.version')}: ${platform.version ?? t(lang, 'word.selftest.unknown')}`,
    `${t(lang, 'word.selftest.sets')}: ${sets}`,
    `${t(lang, 'word.selftest.anchor')}: ${t(lang, `word.selftest.anchor.${platform.anchor}`)}`,
    ...(platform.controlBreak ? [t(lang, 'word.selftest.knownIssue', { issues: platform.controlBreak.issues.join(', ') })] : []),
    ...(userAgent ? [`User agent: ${userAgent}`] : []),
    '',
    ...steps.map((s, i) => `${i + 1}. ${t(lang, `word.selftest.step.${s.id}`)}: ${t(lang, s.ok ? 'word.selftest.ok' : 'word.selftest.error')} (${s.ms} ms) – ${s.detail}`),
  ];
  return lines.join('\n');
}

export interface SelfTestOptions {
  run: WordRun;
  platform: WordPlatform;
  lang: Lang;
  now?: () => Date;
  userAgent?: string;
}

/** Run the self-test. Touches nothing unless the document is empty. */
export async function runSelfTest({ run, platform, lang, now = () => new Date(), userAgent = '' }: SelfTestOptions): Promise<SelfTestOutcome> {
  const started = now();
  if (!(await isEmptyDocument(run))) return { kind: 'not-empty', message: t(lang, 'word.selftest.notEmpty') };
  const doc = selfTestDraft(lang);
  const agreement = () => readAgreement(doc).agreement;
  const content = (section: Section): SectionContent => ({ draftId: SELFTEST_DRAFT_ID, section, title: t(lang, 'word.control.title', { section: section.title }) });
  const anchor = platform.anchor;
  const read = { bookmarks: platform.readsBookmarks };
  const count = (found: number, total: number) => t(lang, 'word.selftest.detail.sections', { found, count: total });

  const steps: SelfTestStep[] = [{ id: 'empty', ok: true, detail: t(lang, 'word.selftest.leftover'), ms: 0 }];
  async function step(id: SelfTestStepId, body: () => Promise<string>): Promise<void> {
    const t0 = Date.now();
    try {
      steps.push({ id, ok: true, detail: await body(), ms: Date.now() - t0 });
    } catch (error) {
      const detail = error instanceof CheckFailed ? error.message : `${wordErrorMessage(error, lang)} [${String((error as { code?: unknown })?.code ?? (error as Error)?.name)}]`;
      steps.push({ id, ok: false, detail, ms: Date.now() - t0 });
    }
  }

  await step('insert', async () => {
    for (const id of SECTION_IDS) {
      await cursorToEnd(run);
      await insertSections(run, [content(agreementSection(agreement(), id))], { anchor });
    }
    return count(SECTION_IDS.length, SECTION_IDS.length);
  });

  await step('find', async () => {
    const found = await findInserted(run, read);
    const ids = new Set(found.filter((f) => f.draftId === SELFTEST_DRAFT_ID && !f.edited && f.anchor.kind === anchor).map((f) => f.sectionId));
    const hit = SECTION_IDS.filter((id) => ids.has(id)).length;
    check(hit === SECTION_IDS.length, count(hit, SECTION_IDS.length));
    return count(hit, SECTION_IDS.length);
  });

  await step('update', async () => {
    updateSection(doc, 'ambition', { statement: lang === 'nl' ? 'Elk kind leest elke dag met plezier.' : 'Every child reads with joy every day.' });
    const fresh = agreementSection(agreement(), 'ambition');
    const before = await findInserted(run, read);
    const ambition = before.find((f) => f.sectionId === 'ambition');
    const roles = before.find((f) => f.sectionId === 'roles');
    check(Boolean(ambition && roles), count(before.length, SECTION_IDS.length));
    const rolesSection = agreementSection(agreement(), 'roles');
    await applyRefresh(
      run,
      [
        { anchor: ambition!.anchor, action: 'replace', content: content(fresh) },
        { anchor: roles!.anchor, action: 'insert-below', content: content(rolesSection), keptTitle: t(lang, 'word.control.keptTitle', { section: rolesSection.title }) },
      ],
      { anchor },
    );
    const after = await findInserted(run, read);
    const updated = after.filter((f) => f.sectionId === 'ambition');
    check(updated.length === 1 && updated[0]!.hash === sectionHash(fresh) && !updated[0]!.edited, 'ambition');
    check(after.filter((f) => f.sectionId === 'roles').length === 1 && after.length === SECTION_IDS.length, count(after.length, SECTION_IDS.length));
    return count(after.length, SECTION_IDS.length);
  });

  await step('planCheck', async () => {
    const outline = await readOutline(run, read);
    const coverage = planCoverage(outline, agreement(), SELFTEST_DRAFT_ID);
    const covered = coverage.sections.filter((s) => s.by === 'control').length;
    check(covered === SECTION_IDS.length && coverage.otherDrafts === 0, count(covered, SECTION_IDS.length));
    return count(covered, SECTION_IDS.length);
  });

  await step('spuk', async () => {
    const plan = spukPlanDocument(agreement());
    await cursorToEnd(run);
    await insertSections(run, plan.sections.map(content), { lead: plan.title, anchor });
    const found = await findInserted(run, read);
    const parts = plan.sections.filter((s) => found.some((f) => f.sectionId === s.id && !f.edited)).length;
    check(parts === plan.sections.length, count(parts, plan.sections.length));
    return count(parts, plan.sections.length);
  });

  await step('export', async () => {
    const bytes = await renderDocx(agreementDocument(agreement()));
    check(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.byteLength > 2000, `${bytes.byteLength}`);
    return t(lang, 'word.selftest.detail.bytes', { bytes: bytes.byteLength });
  });

  const failed = steps.filter((s) => !s.ok).length;
  const message = failed ? t(lang, 'word.selftest.failed', { failed, count: steps.length }) : t(lang, 'word.selftest.passed', { count: steps.length });
  return { kind: 'done', steps, report: `${selfTestReport(lang, platform, steps, started, userAgent)}\n\n${message}`, message };
}

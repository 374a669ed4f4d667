// The Word host: core/ui's Host (insert goes to the Word adapter) plus the task pane's own
// actions — Bijwerken, Plancheck, SPUK-plan, go to a section, export as .docx, Zelftest. It
// turns the draft into sections, anchors them as the platform allows, asks the UI about user
// edits, and turns Word errors into messages.
import type { Agreement } from '../core/agreement/index.js';
import { t, type Lang } from '../core/i18n/index.js';
import { agreementDocument, agreementSection, spukPlanDocument } from '../core/render/agreement.js';
import { SECTION_IDS, type Section, type SectionId } from '../core/render/blocks.js';
import { renderDocx } from '../core/render/docx.js';
import type { Host, HostOutcome, InsertRequest } from '../core/ui/host.js';
import type { BrowserIo } from '../web/host.js';
import { sectionHash } from './control-tag.js';
import { RequirementError, WORD_API_VERSION, wordErrorMessage } from './errors.js';
import { planCoverage, type GoToTarget, type PlanCoverage } from './plan-check.js';
import { DESKTOP_WORD, type WordPlatform } from './platform.js';
import { runSelfTest, type SelfTestOutcome } from './selftest.js';
import { anchorKey, applyRefresh, findInserted, goTo, insertSections, readOutline, type InsertResult, type RefreshAction, type SectionContent, type WordRun } from './word-adapter.js';

/** The draft open in the workspace. */
export interface CurrentDraft {
  draftId: string;
  agreement: Agreement;
  /** The agreed version number this agreement is; absent for the live draft. Kept in each inserted section's tag. */
  version?: number;
}

export interface WordHostOptions {
  run: WordRun;
  /** The draft open now, read afresh for every action; null when none is open. */
  current: () => CurrentDraft | null;
  /** Language of the task pane (messages, control titles); Dutch by default. */
  lang?: () => Lang;
  io: BrowserIo;
  /** Office.context.requirements.isSetSupported; absent means supported. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** The Word we run in (read at start-up); how sections are anchored follows from it. Desktop Word when absent. */
  platform?: WordPlatform;
  /** Open a new empty Word document (for the self-test); absent where Word cannot. */
  openEmptyDocument?: () => Promise<void>;
  /**
   * Bijwerken also offers sections the user edited in Word whose source did not change (in the
   * conflict dialog): bringing the document to an agreed version, where an edit is a difference.
   */
  offerEdited?: boolean;
}

export type ConflictChoice = 'keep' | 'replace' | 'insert-below';
/** A section the user edited in Word while the draft changed too. */
export interface Conflict {
  /** The section's anchor key in the document (word-adapter's anchorKey). */
  id: string;
  sectionId: string;
  /** The section's name in the task pane's language. */
  label: string;
}
/** Ask the user per conflict; null cancels Bijwerken. */
export type ResolveConflicts = (conflicts: Conflict[]) => Promise<Record<string, ConflictChoice> | null>;

export type PlanCheckOutcome = { ok: true; coverage: PlanCoverage } | { ok: false; message: string };

export interface WordHost extends Host {
  insert(request: InsertRequest): Promise<HostOutcome>;
  insertSection(id: SectionId): Promise<HostOutcome>;
  insertSpukPlan(): Promise<HostOutcome>;
  refreshAll(resolve: ResolveConflicts): Promise<HostOutcome>;
  planCheck(): Promise<PlanCheckOutcome>;
  goTo(target: GoToTarget): Promise<HostOutcome>;
  exportDocx(): Promise<HostOutcome>;
  /** The Zelftest in the open (empty) document; needs no draft. */
  selfTest(): Promise<SelfTestOutcome>;
  /** Open a new empty document, where Word can. */
  openEmptyDocument?: () => Promise<HostOutcome>;
}

const isSectionId = (id: string): id is SectionId => (SECTION_IDS as readonly string[]).includes(id);

/** The name of a section or plan part in the task pane's language. */
export function sectionLabel(lang: Lang, id: string, fallback = id): string {
  if (isSectionId(id)) return t(lang, `section.${id}`);
  if (id === 'spuk-explanation') return t(lang, 'spuk.explanation');
  if (id === 'spuk-budget') return t(lang, 'spuk.budget');
  return fallback;
}

/** The current version of an inserted section or plan part, or null when the draft has no such part. */
export function currentSection(agreement: Agreement, sectionId: string): Section | null {
  if (isSectionId(sectionId)) return agreementSection(agreement, sectionId);
  return spukPlanDocument(agreement).sections.find((s) => s.id === sectionId) ?? null;
}

const fileName = (title: string): string =>
  `${
    title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'samenwerkingsovereenkomst'
  }.docx`;

export function createWordHost(options: WordHostOptions): WordHost {
  const { run, io } = options;
  const platform = options.platform ?? DESKTOP_WORD;
  const bookmarks = { bookmarks: platform.readsBookmarks };
  const langOf = options.lang ?? (() => 'nl' as const);
  const content = (draftId: string, section: Section, version?: number): SectionContent => ({
    draftId,
    section,
    title: t(langOf(), 'word.control.title', { section: sectionLabel(langOf(), section.id, section.title) }),
    version: version ?? null,
  });

  /** Run a Word action on the open draft; any failure becomes a message for the user. */
  async function attempt<T>(action: (draft: CurrentDraft, lang: Lang) => Promise<T>): Promise<T | { ok: false; message: string }> {
    const lang = langOf();
    const draft = options.current();
    if (!draft) return { ok: false, message: t(lang, 'word.noDraft') };
    try {
      if (options.isSetSupported && !options.isSetSupported('WordApi', WORD_API_VERSION)) throw new RequirementError('WordApi', WORD_API_VERSION);
      return await action(draft, lang);
    } catch (error) {
      return { ok: false, message: wordErrorMessage(error, lang) };
    }
  }

  /** The done message, and where the section went when that was not at the cursor. */
  const done = (lang: Lang, message: string, result: InsertResult) => ({ ok: true as const, message: result.note ? `${message} ${t(lang, result.note)}` : message });

  const insertOne = (draftId: string | null, section: (draft: CurrentDraft) => Section): Promise<HostOutcome> =>
    attempt(async (draft, lang) => {
      const chosen = section(draft);
      const result = await insertSections(run, [content(draftId ?? draft.draftId, chosen, draft.version)], { anchor: platform.anchor });
      return done(lang, t(lang, 'word.insert.done', { section: sectionLabel(lang, chosen.id, chosen.title) }), result);
    });

  return {
    copy: io.copy,
    download: io.download,
    openLink: io.openLink,
    insert: (request) => insertOne(request.draftId, () => request.section),
    insertSection: (id) => insertOne(null, (draft) => agreementSection(draft.agreement, id)),

    insertSpukPlan: () =>
      attempt(async ({ draftId, agreement, version }, lang) => {
        const plan = spukPlanDocument(agreement);
        const result = await insertSections(run, plan.sections.map((s) => content(draftId, s, version)), { lead: plan.title, anchor: platform.anchor });
        return done(lang, t(lang, 'word.spuk.done'), result);
      }),

    refreshAll: (resolve) =>
      attempt(async ({ draftId, agreement, version }, lang): Promise<HostOutcome> => {
        const found = await findInserted(run, bookmarks);
        const mine = found.filter((f) => f.draftId === draftId);
        const others = found.length - mine.length;
        const note = others ? ` ${t(lang, 'word.refresh.otherDraft', { count: others })}` : '';
        if (mine.length === 0) return { ok: true, message: t(lang, 'word.refresh.none') + note };
        const replace: RefreshAction[] = [];
        const conflicts: (Conflict & { section: Section; anchor: RefreshAction['anchor'] })[] = [];
        let unchanged = 0;
        for (const control of mine) {
          const section = currentSection(agreement, control.sectionId);
          if (!section || (sectionHash(section) === control.hash && !(options.offerEdited && control.edited))) {
            unchanged++;
            continue;
          }
          const { anchor } = control;
          if (control.edited) conflicts.push({ id: anchorKey(anchor), anchor, sectionId: control.sectionId, label: sectionLabel(lang, control.sectionId, section.title), section });
          else replace.push({ anchor, action: 'replace', content: content(draftId, section, version) });
        }
        let kept = 0;
        if (conflicts.length) {
          const choices = await resolve(conflicts.map(({ id, sectionId, label }) => ({ id, sectionId, label })));
          if (!choices) return { ok: true, message: t(lang, 'word.refresh.cancelled') };
          for (const c of conflicts) {
            const choice = choices[c.id] ?? 'keep';
            if (choice === 'keep') kept++;
            else if (choice === 'replace') replace.push({ anchor: c.anchor, action: 'replace', content: content(draftId, c.section, version) });
            else replace.push({ anchor: c.anchor, action: 'insert-below', content: content(draftId, c.section, version), keptTitle: t(lang, 'word.control.keptTitle', { section: c.label }) });
          }
        }
        await applyRefresh(run, replace, { anchor: platform.anchor });
        return { ok: true, message: t(lang, 'word.refresh.done', { updated: replace.length, unchanged, kept }) + note };
      }),

    planCheck: () =>
      attempt(async ({ draftId, agreement }) => ({ ok: true as const, coverage: planCoverage(await readOutline(run, bookmarks), agreement, draftId) })),

    goTo: (target) =>
      attempt(async () => {
        await goTo(run, target);
        return { ok: true as const };
      }),

    async exportDocx() {
      const draft = options.current();
      if (!draft) return { ok: false, message: t(langOf(), 'word.noDraft') };
      const document = agreementDocument(draft.agreement);
      const name = fileName(document.title);
      const outcome = await io.download({
        name,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await renderDocx(document),
      });
      return outcome.ok ? { ok: true, message: t(langOf(), 'word.export.done', { name }) } : outcome;
    },

    async selfTest() {
      const lang = langOf();
      try {
        if (options.isSetSupported && !options.isSetSupported('WordApi', WORD_API_VERSION)) throw new RequirementError('WordApi', WORD_API_VERSION);
        return await runSelfTest({ run, platform, lang, userAgent: globalThis.navigator?.userAgent ?? '' });
      } catch (error) {
        return { kind: 'error', message: wordErrorMessage(error, lang) };
      }
    },

    ...(options.openEmptyDocument
      ? {
          openEmptyDocument: async () => {
            try {
              await options.openEmptyDocument!();
              return { ok: true as const };
            } catch (error) {
              return { ok: false as const, message: wordErrorMessage(error, langOf()) };
            }
          },
        }
      : {}),
  };
}

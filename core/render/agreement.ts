// From an agreement to render documents: every section as a block tree, the full agreement,
// and the SPUK one-page plan of approach (short explanation plus a compact budget). Documents
// are what goes into a plan: empty parts are left out and named once under "Nog open", no
// question is put to the reader, and the method's source is credited at the end. A single
// section (the in-app preview, a part inserted in Word) still prompts for what is missing.
import { accountablesOf, activityLabel, checkFunding, type Activity, type Agreement } from '../agreement/index.js';
import { findSource, PRIMARY_SOURCE_ID } from '../knowledge/index.js';
import { formatEuro, formatList, localize, t, type Lang } from '../i18n/index.js';
import type { Block, RenderDocument, Rich, Run, Section, SectionId } from './blocks.js';
import { SECTION_IDS } from './blocks.js';
import { context, filled, heading, labelledRuns, paragraph, prompt, type Ctx } from './sections/context.js';
import { ambitionSection } from './sections/ambition.js';
import { partnersSection } from './sections/partners.js';
import { interestsSection } from './sections/interests.js';
import { rolesSection } from './sections/roles.js';
import { decisionRuleBlock, decisionsSection } from './sections/decisions.js';
import { rulesSection } from './sections/rules.js';
import { communicationSection } from './sections/communication.js';
import { processSection } from './sections/process.js';
import { relationshipSection } from './sections/relationship.js';
import { appliedActivitiesTable, budgetTable, checkBlocks, resourcesSection } from './sections/resources.js';
import { periodSection } from './sections/period.js';

export interface RenderOptions {
  /** Language of the generated text; defaults to the draft's own language. */
  lang?: Lang;
  /** Keep the prompts for empty parts in a document (an in-app preview); exports leave them out. */
  prompts?: boolean;
}

const BUILDERS: Record<SectionId, (ctx: Ctx) => Section> = {
  ambition: ambitionSection,
  partners: partnersSection,
  interests: interestsSection,
  roles: rolesSection,
  decisions: decisionsSection,
  rules: rulesSection,
  communication: communicationSection,
  process: processSection,
  relationship: relationshipSection,
  resources: resourcesSection,
  period: periodSection,
};

const ctxFor = (agreement: Agreement, opts: RenderOptions) => context(agreement, opts.lang ?? agreement.meta.lang);

/** One section of the agreement as a block tree (an empty part renders as a helpful prompt). */
export function agreementSection(agreement: Agreement, id: SectionId, opts: RenderOptions = {}): Section {
  return BUILDERS[id](ctxFor(agreement, opts));
}

const isoDay = (stamp: string) => (/^\d{4}-\d{2}-\d{2}/.test(stamp) ? stamp.slice(0, 10) : null);

function titleAndSubtitle(ctx: Ctx, withKind = true): { title: string; subtitle: string } {
  const { meta, partners } = ctx.agreement;
  const names = partners.map((p) => ctx.partnerName(p.id));
  const partnersText = names.length ? formatList(names, ctx.lang) : ctx.t('doc.noPartners');
  // "bijgewerkt op" only for a recorded last change; otherwise the date says what it is.
  const updated = isoDay(meta.updated);
  const line = updated
    ? ctx.t('doc.subtitle', { partners: partnersText, date: ctx.date(updated) })
    : ctx.t('doc.subtitleCreated', { partners: partnersText, date: ctx.date(isoDay(meta.created)) });
  const kind = withKind && meta.planKind !== 'other' ? `${ctx.t('doc.kind', { kind: ctx.t(`planKind.${meta.planKind}`) })} · ` : '';
  return { title: filled(meta.title) ? meta.title.trim() : ctx.t('doc.untitled'), subtitle: kind + line };
}

/** "Gebaseerd op *Samenwerken als lonkend perspectief* (Cubiss, 2023).", the title in italics. */
export function creditRuns(lang: Lang): Run[] {
  const source = findSource(PRIMARY_SOURCE_ID)!;
  const marker = '\u0000';
  const [before = '', after = ''] = t(lang, 'doc.credit', { title: marker, publisher: source.publisher ?? '', year: source.year ?? '' }).split(marker);
  return [{ text: before }, { text: source.title, italic: true }, { text: after }];
}

/**
 * A document as it goes into a plan: prompt paragraphs are taken out (with a heading left
 * with nothing under it), a section left empty is dropped, and what was missing is listed
 * once at the end under "Nog open".
 */
function finish(ctx: Ctx, head: { title: string; subtitle: string }, sections: Section[], opts: RenderOptions): RenderDocument {
  const doc = { ...head, lang: ctx.lang, credit: creditRuns(ctx.lang) };
  if (opts.prompts) return { ...doc, sections };
  const open: string[] = [];
  const kept: Section[] = [];
  for (const s of sections) {
    const blocks: Block[] = [];
    s.blocks.forEach((b, i) => {
      if (!(b.type === 'paragraph' && b.tone === 'prompt')) return void blocks.push(b);
      const before = blocks[blocks.length - 1];
      const next = s.blocks[i + 1];
      if (before?.type === 'heading' && (!next || next.type === 'heading')) {
        blocks.pop();
        open.push(`${s.title}: ${before.text}`);
      } else open.push(s.title);
    });
    if (blocks.length > 0) kept.push({ ...s, blocks });
  }
  const unique = [...new Set(open)];
  if (unique.length > 0) kept.push({ id: 'open', title: ctx.t('doc.open'), blocks: [paragraph(ctx.t('doc.openIntro')), { type: 'list', items: unique }] });
  return { ...doc, sections: kept };
}

/** The full agreement: every section in document order. */
export function agreementDocument(agreement: Agreement, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  return finish(ctx, titleAndSubtitle(ctx), SECTION_IDS.map((id) => BUILDERS[id](ctx)), opts);
}

/** A document with just one section, for exporting or inserting a single part. */
export function sectionDocument(agreement: Agreement, id: SectionId, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  return finish(ctx, titleAndSubtitle(ctx), [BUILDERS[id](ctx)], opts);
}

/** An activity in the SPUK plan: its name in bold, the description and who is accountable; null when there is neither. */
function spukActivityItem(ctx: Ctx, a: Activity): Rich | null {
  const [partner] = accountablesOf(a);
  const details = [filled(a.description) ? a.description.trim() : '', partner ? `${ctx.t('raci.A')}: ${ctx.partnerName(partner)}` : ''].filter(Boolean);
  return details.length ? [{ text: `${activityLabel(ctx.agreement, a, ctx.lang)}: `, bold: true }, { text: details.join(' · ') }] : null;
}

/** The activities the plan applies for (scheme activity, location, staffed hours now and after), then what each one is. */
function appliedActivitiesBlocks(ctx: Ctx): Block[] {
  const check = checkFunding(ctx.agreement, ctx.lang);
  const blocks: Block[] = [];
  if (check.applied.length > 0) {
    blocks.push(heading(ctx.t('spuk.activities')), ...appliedActivitiesTable(ctx, check));
  } else blocks.push(heading(ctx.t('section.roles')));
  const items = ctx.agreement.activities.map((a) => spukActivityItem(ctx, a) ?? activityLabel(ctx.agreement, a, ctx.lang));
  if (items.length > 0) blocks.push({ type: 'list', items });
  else if (check.applied.length === 0) blocks.push(prompt(ctx, 'prompt.roles'));
  return blocks;
}

/** The explanation part of a SPUK plan: the kind of plan, ambition, activities, partners, decisions and timeline, in a few lines each. */
function spukExplanation(ctx: Ctx): Block[] {
  const { ambition, partners, process } = ctx.agreement;
  const check = checkFunding(ctx.agreement, ctx.lang);
  const blocks: Block[] = [paragraph(ctx.t(check.scheme ? 'spuk.kind' : 'spuk.noScheme'))];
  const names = partners.map((p) => ctx.partnerName(p.id));
  if (names.length) blocks.push(paragraph(ctx.t('spuk.intro', { partners: formatList(names, ctx.lang) })));
  blocks.push(heading(ctx.t('section.ambition')));
  const parts = [
    labelledRuns(ctx.t('ambition.statement'), ambition.statement),
    labelledRuns(ctx.t('ambition.promise'), ambition.promise),
    labelledRuns(ctx.t('ambition.commitment'), ambition.commitment),
    labelledRuns(ctx.t('ambition.doing'), ambition.doing),
  ].filter((r): r is Run[] => r !== null);
  blocks.push(parts.length ? { type: 'list', items: parts } : prompt(ctx, 'prompt.ambition'));
  blocks.push(...appliedActivitiesBlocks(ctx));
  blocks.push(heading(ctx.t('section.partners')));
  blocks.push(
    partners.length
      ? { type: 'list', items: partners.map((p) => [{ text: `${ctx.partnerName(p.id)}: `, bold: true }, { text: p.brings.trim() || ctx.t('value.none') }]) }
      : prompt(ctx, 'prompt.partners'),
  );
  blocks.push(heading(ctx.t('section.decisions')), decisionRuleBlock(ctx) ?? prompt(ctx, 'prompt.decisions'));
  const dated = process.milestones.filter((m) => m.date).sort((a, b) => a.date!.localeCompare(b.date!));
  blocks.push(heading(ctx.t('process.milestones')));
  blocks.push(
    dated.length
      ? { type: 'list', items: dated.map((m) => `${ctx.date(m.date)}: ${m.title.trim() || ctx.t(`milestone.${m.kind}`)}`) }
      : prompt(ctx, 'prompt.process'),
  );
  return blocks;
}

/** The budget part of a SPUK plan: the table, the co-financing per partner and the scheme check. */
function spukBudget(ctx: Ctx): Block[] {
  const { lines } = ctx.agreement.resources;
  if (lines.length === 0) return [prompt(ctx, 'prompt.resources')];
  const check = checkFunding(ctx.agreement, ctx.lang);
  const blocks: Block[] = [];
  if (check.scheme) blocks.push(paragraph(ctx.t('resources.scheme', { scheme: localize(check.scheme.name, ctx.lang) })));
  blocks.push(budgetTable(ctx, check));
  const byPartner = new Map<string, number>();
  for (const l of lines) if (l.payerId !== null) byPartner.set(l.payerId, (byPartner.get(l.payerId) ?? 0) + l.amount);
  if (byPartner.size > 0) {
    blocks.push(heading(ctx.t('spuk.coFinancing')), {
      type: 'list',
      items: [...byPartner].map(([id, amount]) => ctx.t('spuk.coFinancingBy', { partner: ctx.partnerName(id), amount: formatEuro(amount, ctx.lang) })),
    });
  }
  const checked = checkBlocks(ctx, check);
  if (checked.length > 0) blocks.push(heading(ctx.t('spuk.check')), ...checked);
  return blocks;
}

/** The SPUK one-page plan of approach: a short explanation and a compact budget with the scheme check. */
export function spukPlanDocument(agreement: Agreement, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  // The title says it is a SPUK plan; the subtitle does not repeat it.
  const { title, subtitle } = titleAndSubtitle(ctx, false);
  return finish(
    ctx,
    { title: ctx.t('spuk.title', { title }), subtitle },
    [
      { id: 'spuk-explanation', title: ctx.t('spuk.explanation'), blocks: spukExplanation(ctx) },
      { id: 'spuk-budget', title: ctx.t('spuk.budget'), blocks: spukBudget(ctx) },
    ],
    opts,
  );
}

// From an agreement to render documents: every section as a block tree, the full agreement,
// and the SPUK one-page plan of approach (short explanation plus a compact budget).
import { accountablesOf, activityLabel, type Agreement } from '../agreement/index.js';
import { findDecisionRule } from '../knowledge/index.js';
import { formatDate, formatList, localize, type Lang } from '../i18n/index.js';
import type { Block, RenderDocument, Section, SectionId } from './blocks.js';
import { SECTION_IDS } from './blocks.js';
import { context, filled, heading, paragraph, prompt, type Ctx } from './sections/context.js';
import { ambitionSection } from './sections/ambition.js';
import { partnersSection } from './sections/partners.js';
import { interestsSection } from './sections/interests.js';
import { rolesSection } from './sections/roles.js';
import { decisionsSection } from './sections/decisions.js';
import { rulesSection } from './sections/rules.js';
import { communicationSection } from './sections/communication.js';
import { processSection } from './sections/process.js';
import { relationshipSection } from './sections/relationship.js';
import { budgetBlocks, resourcesSection } from './sections/resources.js';
import { periodSection } from './sections/period.js';

export interface RenderOptions {
  /** Language of the generated text; defaults to the draft's own language. */
  lang?: Lang;
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

function titleAndSubtitle(ctx: Ctx): { title: string; subtitle: string } {
  const { meta, partners } = ctx.agreement;
  const names = partners.map((p) => ctx.partnerName(p.id));
  const created = meta.created.slice(0, 10);
  return {
    title: filled(meta.title) ? meta.title.trim() : ctx.t('doc.untitled'),
    subtitle: ctx.t('doc.subtitle', {
      partners: names.length ? formatList(names, ctx.lang) : ctx.t('doc.noPartners'),
      date: /^\d{4}-\d{2}-\d{2}$/.test(created) ? formatDate(created, ctx.lang) : ctx.t('value.none'),
    }),
  };
}

/** The full agreement: every section in document order. */
export function agreementDocument(agreement: Agreement, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  return { ...titleAndSubtitle(ctx), lang: ctx.lang, sections: SECTION_IDS.map((id) => BUILDERS[id](ctx)) };
}

/** A document with just one section, for exporting or inserting a single part. */
export function sectionDocument(agreement: Agreement, id: SectionId, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  return { ...titleAndSubtitle(ctx), lang: ctx.lang, sections: [BUILDERS[id](ctx)] };
}

/** The explanation part of a SPUK plan: ambition, partners and roles, decisions and timeline, in a few lines each. */
function spukExplanation(ctx: Ctx): Block[] {
  const { ambition, partners, activities, decisions, process } = ctx.agreement;
  const blocks: Block[] = [];
  const names = partners.map((p) => ctx.partnerName(p.id));
  if (names.length) blocks.push(paragraph(ctx.t('spuk.intro', { partners: formatList(names, ctx.lang) })));
  blocks.push(heading(ctx.t('section.ambition')));
  const ambitionLines = [ambition.statement, ambition.promise, ambition.commitment, ambition.doing].filter(filled).map((s) => s.trim());
  blocks.push(...(ambitionLines.length ? [paragraph(ambitionLines.join(' '))] : [prompt(ctx, 'prompt.ambition')]));
  blocks.push(heading(ctx.t('section.partners')));
  blocks.push(
    partners.length
      ? { type: 'list', items: partners.map((p) => [{ text: `${ctx.partnerName(p.id)}: `, bold: true }, { text: p.brings.trim() || ctx.t('value.none') }]) }
      : prompt(ctx, 'prompt.partners'),
  );
  blocks.push(heading(ctx.t('section.roles')));
  blocks.push(
    activities.length
      ? {
          type: 'list',
          items: activities.map((a) => {
            const [lead] = accountablesOf(a);
            const name = activityLabel(ctx.agreement, a, ctx.lang);
            return lead ? `${name} (${ctx.t('raci.A')}: ${ctx.partnerName(lead)})` : name;
          }),
        }
      : prompt(ctx, 'prompt.roles'),
  );
  const rule = decisions.rule ? findDecisionRule(decisions.rule) : undefined;
  blocks.push(heading(ctx.t('section.decisions')), rule ? paragraph(ctx.t('decisions.rule', { rule: localize(rule.name, ctx.lang) })) : prompt(ctx, 'prompt.decisions'));
  const dated = process.milestones.filter((m) => m.date).sort((a, b) => a.date!.localeCompare(b.date!));
  blocks.push(heading(ctx.t('process.milestones')));
  blocks.push(
    dated.length
      ? { type: 'list', items: dated.map((m) => `${ctx.date(m.date)}: ${m.title.trim() || ctx.t(`milestone.${m.kind}`)}`) }
      : prompt(ctx, 'prompt.process'),
  );
  return blocks;
}

/** The SPUK one-page plan of approach: a short explanation and a compact budget with the scheme check. */
export function spukPlanDocument(agreement: Agreement, opts: RenderOptions = {}): RenderDocument {
  const ctx = ctxFor(agreement, opts);
  const { title, subtitle } = titleAndSubtitle(ctx);
  const budget = budgetBlocks(ctx);
  return {
    title: ctx.t('spuk.title', { title }),
    subtitle,
    lang: ctx.lang,
    sections: [
      { id: 'spuk-explanation', title: ctx.t('spuk.explanation'), blocks: spukExplanation(ctx) },
      { id: 'spuk-budget', title: ctx.t('spuk.budget'), blocks: budget.length ? budget : [prompt(ctx, 'prompt.resources')] },
    ],
  };
}

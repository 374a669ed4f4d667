// Section "Besluitvorming": the chosen decision rule explained from the knowledge base, its
// scope, the escalation path and the decision log.
import { findDecisionRule } from '../../knowledge/index.js';
import { localize } from '../../i18n/index.js';
import type { Block, Section } from '../blocks.js';
import { filled, heading, labelled, paragraph, prompt, section, type Ctx } from './context.js';

export function decisionsSection(ctx: Ctx): Section {
  const { decisions } = ctx.agreement;
  const blocks: Block[] = [];
  const rule = decisions.rule ? findDecisionRule(decisions.rule) : undefined;
  if (rule) {
    blocks.push(paragraph(ctx.t('decisions.rule', { rule: localize(rule.name, ctx.lang) })), paragraph(localize(rule.summary, ctx.lang)));
  } else if (filled(decisions.scope) || filled(decisions.escalation) || decisions.log.length > 0) {
    blocks.push(prompt(ctx, 'prompt.decisions'));
  }
  blocks.push(...labelled(ctx, 'decisions.scope', decisions.scope), ...labelled(ctx, 'decisions.escalation', decisions.escalation));
  if (decisions.log.length > 0) {
    blocks.push(heading(ctx.t('decisions.log')), {
      type: 'table',
      header: [ctx.t('col.date'), ctx.t('col.decision'), ctx.t('col.rationale')],
      rows: decisions.log.map((d) => [ctx.date(d.date), d.decision.trim(), d.rationale.trim()]),
    });
  }
  return section(ctx, 'decisions', blocks);
}

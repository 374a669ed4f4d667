// Section "Besluitvorming": the chosen decision rule explained in one sentence, its scope,
// the escalation path and the decision log.
import type { Block, Section } from '../blocks.js';
import { filled, heading, labelled, paragraph, prompt, section, type Ctx } from './context.js';

/** The chosen rule in one sentence ("We besluiten met consent: …"), or null while none is chosen. */
export function decisionRuleBlock(ctx: Ctx): Block | null {
  const { rule } = ctx.agreement.decisions;
  return rule ? paragraph(ctx.t(`decisions.explain.${rule}`)) : null;
}

export function decisionsSection(ctx: Ctx): Section {
  const { decisions } = ctx.agreement;
  const blocks: Block[] = [];
  const rule = decisionRuleBlock(ctx);
  if (rule) blocks.push(rule);
  else if (filled(decisions.scope) || filled(decisions.escalation) || decisions.log.length > 0) blocks.push(prompt(ctx, 'prompt.decisions'));
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

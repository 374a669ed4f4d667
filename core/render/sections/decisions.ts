// Section "Besluitvorming": the chosen decision rule explained in one sentence, its scope,
// the escalation path and the decision log; with DACI, each decision's roles per partner
// and the person named for them ("trekker: Anne de Vries (Bibliotheek Midden)").
import { DACI_LETTERS, type DecisionLogEntry } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import { personWithPartner } from '../../health/index.js';
import { formatList } from '../../i18n/index.js';
import type { Block, Section } from '../blocks.js';
import { filled, heading, labelled, paragraph, prompt, section, type Ctx } from './context.js';

/** The chosen rule in one sentence ("We besluiten met consent: …"), or null while none is chosen. */
export function decisionRuleBlock(ctx: Ctx): Block | null {
  const { rule } = ctx.agreement.decisions;
  return rule ? paragraph(ctx.t(`decisions.explain.${rule}`)) : null;
}

/** A decision's DACI roles in one line, in the order D, A, C, I, over the partners that still exist; value.none (a dash) when none is set. */
export function daciSummary(ctx: Ctx, entry: DecisionLogEntry): string {
  const parts: string[] = [];
  for (const letter of DACI_LETTERS) {
    const names = ctx.agreement.partners
      .filter((p) => own(entry.daci, p.id) === letter)
      .map((p) => personWithPartner(own(entry.daciPeople, p.id) ?? '', ctx.partnerName(p.id), ctx.lang));
    if (names.length > 0) parts.push(ctx.t(`daci.summary.${letter}`, { names: formatList(names, ctx.lang) }));
  }
  if (parts.length === 0) return ctx.t('value.none');
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

export function decisionsSection(ctx: Ctx): Section {
  const { decisions } = ctx.agreement;
  const blocks: Block[] = [];
  const rule = decisionRuleBlock(ctx);
  if (rule) blocks.push(rule);
  else if (filled(decisions.scope) || filled(decisions.escalation) || decisions.log.length > 0) blocks.push(prompt(ctx, 'prompt.decisions'));
  blocks.push(...labelled(ctx, 'decisions.scope', decisions.scope), ...labelled(ctx, 'decisions.escalation', decisions.escalation));
  if (decisions.log.length > 0) {
    const daci = decisions.rule === 'daci';
    blocks.push(heading(ctx.t('decisions.log')), {
      type: 'table',
      header: [ctx.t('col.date'), ctx.t('col.decision'), ctx.t('col.rationale'), ...(daci ? [ctx.t('col.daci')] : [])],
      rows: decisions.log.map((d) => [ctx.date(d.date), d.decision.trim(), d.rationale.trim(), ...(daci ? [daciSummary(ctx, d)] : [])]),
    });
  }
  return section(ctx, 'decisions', blocks);
}

// Section "Middelen en begroting": budget lines per partner (money or in kind), totals, and
// the funding-scheme check: what the plan breaks, what was not checked, and whether the
// scheme is still open. A plan without a scheme gets the budget and no check. Also the SPUK
// plan's table of the activities applied for, the scheme activities by their short names (an
// older draft's plan-level choice with its long description on a line of its own).
import { checkFunding, fundingFindingText, fundingOkText, fundingUncheckedText, schemeStatusText, type FundingCheck } from '../../agreement/index.js';
import { formatEuro, formatNumber, localize } from '../../i18n/index.js';
import type { Block, Rich, Section } from '../blocks.js';
import { paragraph, section, warning, type Ctx } from './context.js';

/** The label of lines paid by the scheme, and of their total: a specific grant for a SPUK. */
export function grantLabels(ctx: Ctx, check: FundingCheck): { payer: string; total: string } {
  return check.scheme?.kind === 'specifieke-uitkering'
    ? { payer: ctx.t('value.grant'), total: ctx.t('resources.grantTotal') }
    : { payer: ctx.t('value.subsidy'), total: ctx.t('resources.subsidyTotal') };
}

/** The scheme check in sentences: the scheme and its status, then what holds, breaks, or was not checked. */
export function checkBlocks(ctx: Ctx, check: FundingCheck): Block[] {
  if (!check.scheme) return [];
  const blocks: Block[] = [paragraph(schemeStatusText(check.scheme, ctx.lang))];
  const ok = fundingOkText(check, ctx.lang);
  if (ok) blocks.push(paragraph(ok));
  for (const finding of check.findings) blocks.push(warning(fundingFindingText(finding, ctx.lang)));
  if (check.unchecked.length > 0) blocks.push({ type: 'list', items: check.unchecked.map((u) => fundingUncheckedText(u, ctx.lang)) });
  return blocks;
}

/** The budget table with totals. */
export function budgetTable(ctx: Ctx, check: FundingCheck): Block {
  const eur = (n: number) => formatEuro(n, ctx.lang);
  const labels = grantLabels(ctx, check);
  // The scheme is named above the table; the payer column stays short.
  const payer = (id: string | null) => (id !== null ? ctx.partnerName(id) : labels.payer);
  const total = (label: string, amount: number): Rich[] => [[{ text: label, bold: true }], '', '', '', [{ text: eur(amount), bold: true }]];
  return {
    type: 'table',
    header: [ctx.t('col.description'), ctx.t('col.category'), ctx.t('col.payer'), ctx.t('col.contribution'), ctx.t('col.amount')],
    rows: [
      ...ctx.agreement.resources.lines.map((l) => [l.description.trim(), ctx.t(`category.${l.category}`), payer(l.payerId), ctx.t(`contribution.${l.kind}`), eur(l.amount)]),
      total(labels.total, check.subsidy),
      total(ctx.t('resources.coFinancing'), check.coFinancing),
      total(ctx.t('resources.total'), check.total),
    ],
  };
}

/**
 * The activities a SPUK plan applies for: per activity its name, the scheme activity's short
 * name, the location and the staffed hours now and after. An older draft chose the scheme
 * activity on the budget only (no activity of its own): its row is named by the scheme
 * activity's short name, and the scheme's long description follows the table as a line of
 * its own. Nothing when none is applied for.
 */
export function appliedActivitiesTable(ctx: Ctx, check: FundingCheck): Block[] {
  if (check.applied.length === 0) return [];
  const hours = (n: number | null) => (n === null ? ctx.t('value.none') : ctx.t('value.hours', { hours: formatNumber(n, ctx.lang) }));
  const short = (a: FundingCheck['applied'][number]) => localize(a.schemeActivity.short, ctx.lang);
  const planLevel = check.applied.filter((a) => a.activity === null);
  return [
    {
      type: 'table',
      header: [ctx.t('col.activity'), ctx.t('col.schemeActivity'), ctx.t('col.location'), ctx.t('col.currentHours'), ctx.t('col.newHours')],
      rows: check.applied.map((a) => [a.label, short(a), a.location || ctx.t('value.none'), hours(a.currentHours), hours(a.newHours)]),
    },
    ...planLevel.map((a): Block => paragraph([{ text: `${short(a)}: `, bold: true }, { text: localize(a.schemeActivity.name, ctx.lang) }])),
  ];
}

/** The budget table with totals, and the scheme check underneath. */
export function budgetBlocks(ctx: Ctx): Block[] {
  if (ctx.agreement.resources.lines.length === 0) return [];
  const check = checkFunding(ctx.agreement, ctx.lang);
  const blocks: Block[] = [];
  if (check.scheme) blocks.push(paragraph(ctx.t('resources.scheme', { scheme: localize(check.scheme.name, ctx.lang) })));
  blocks.push(budgetTable(ctx, check), ...checkBlocks(ctx, check));
  return blocks;
}

export const resourcesSection = (ctx: Ctx): Section => section(ctx, 'resources', budgetBlocks(ctx));

// Section "Middelen en begroting": budget lines per partner (money or in kind), totals, and
// the funding-scheme check (subsidy share, co-financing, maxima, eligible costs).
import { checkFunding, fundingFindingText, fundingOkText } from '../../agreement/index.js';
import { formatEuro, tOr } from '../../i18n/index.js';
import type { Block, Rich, Section } from '../blocks.js';
import { paragraph, section, warning, type Ctx } from './context.js';

/** The budget table with totals, and the scheme check underneath. */
export function budgetBlocks(ctx: Ctx): Block[] {
  const { resources } = ctx.agreement;
  if (resources.lines.length === 0) return [];
  const eur = (n: number) => formatEuro(n, ctx.lang);
  const check = checkFunding(ctx.agreement);
  const schemeName = check.scheme ? tOr(ctx.lang, `scheme.${check.scheme.id}`, check.scheme.id) : null;
  // The scheme is named above the table; the payer column stays short.
  const payer = (id: string | null) => (id !== null ? ctx.partnerName(id) : ctx.t('value.subsidy'));
  const total = (label: string, amount: number): Rich[] => [[{ text: label, bold: true }], '', '', '', [{ text: eur(amount), bold: true }]];
  const blocks: Block[] = [];
  if (schemeName) blocks.push(paragraph(ctx.t('resources.scheme', { scheme: schemeName })));
  blocks.push({
    type: 'table',
    header: [ctx.t('col.description'), ctx.t('col.category'), ctx.t('col.payer'), ctx.t('col.contribution'), ctx.t('col.amount')],
    rows: [
      ...resources.lines.map((l) => [l.description.trim(), ctx.t(`category.${l.category}`), payer(l.payerId), ctx.t(`contribution.${l.kind}`), eur(l.amount)]),
      total(ctx.t('resources.subsidyTotal'), check.subsidy),
      total(ctx.t('resources.coFinancing'), check.coFinancing),
      total(ctx.t('resources.total'), check.total),
    ],
  });
  const ok = fundingOkText(check, ctx.lang);
  if (ok) blocks.push(paragraph(ok));
  for (const finding of check.findings) blocks.push(warning(fundingFindingText(finding, ctx.lang)));
  return blocks;
}

export const resourcesSection = (ctx: Ctx): Section => section(ctx, 'resources', budgetBlocks(ctx));

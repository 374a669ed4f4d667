// Section "Looptijd en uittreden": start and end, extension, what triggers a review, and how
// a partner leaves.
import type { Block, Section } from '../blocks.js';
import { labelled, paragraph, section, type Ctx } from './context.js';

export function periodSection(ctx: Ctx): Section {
  const { period } = ctx.agreement;
  const blocks: Block[] = [];
  if (period.start && period.end) blocks.push(paragraph(ctx.t('period.range', { start: ctx.date(period.start), end: ctx.date(period.end) })));
  else if (period.start) blocks.push(paragraph(ctx.t('period.from', { start: ctx.date(period.start) })));
  blocks.push(
    ...labelled(ctx, 'period.extension', period.extension),
    ...labelled(ctx, 'period.reviewTriggers', period.reviewTriggers),
    ...labelled(ctx, 'period.exit', period.exit),
  );
  return section(ctx, 'period', blocks);
}

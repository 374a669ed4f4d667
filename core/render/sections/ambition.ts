// Section "Gezamenlijke ambitie": the statement and Belofte, Commitment and Doen, each under
// its own label, and each partner's scores with A = B × C × D, calling out a zero factor.
import { AMBITION_FACTORS } from '../../agreement/index.js';
import { ambitionScore } from '../../health/index.js';
import { formatNumber } from '../../i18n/index.js';
import type { Block, Section } from '../blocks.js';
import { heading, labelled, paragraph, section, warning, type Ctx } from './context.js';

/** The four labelled parts of the ambition that are filled, as sub-headings with their text. */
export function ambitionParts(ctx: Ctx): Block[] {
  const { ambition } = ctx.agreement;
  return [
    ...labelled(ctx, 'ambition.statement', ambition.statement),
    ...labelled(ctx, 'ambition.promise', ambition.promise),
    ...labelled(ctx, 'ambition.commitment', ambition.commitment),
    ...labelled(ctx, 'ambition.doing', ambition.doing),
  ];
}

export function ambitionSection(ctx: Ctx): Section {
  const blocks: Block[] = ambitionParts(ctx);
  const score = ambitionScore(ctx.agreement);
  const scored = score.partners.filter((p) => AMBITION_FACTORS.some((f) => p.scores[f] !== null));
  if (scored.length > 0) {
    const show = (n: number | null) => (n === null ? ctx.t('value.none') : formatNumber(n, ctx.lang));
    blocks.push(
      heading(ctx.t('ambition.scores')),
      paragraph(ctx.t('ambition.formula')),
      {
        type: 'table',
        header: [ctx.t('col.partner'), ...AMBITION_FACTORS.map((f) => ctx.t(`factor.${f}`)), ctx.t('col.product')],
        rows: scored.map((p) => [ctx.partnerName(p.partnerId), ...AMBITION_FACTORS.map((f) => show(p.scores[f])), show(p.product)]),
      },
    );
    if (score.product !== null) {
      const { B, C, D } = score.average;
      blocks.push(paragraph(ctx.t('ambition.overall', { b: show(B), c: show(C), d: show(D), a: show(score.product) })));
    }
    for (const zero of score.zeroFactors) {
      blocks.push(warning(ctx.t('ambition.zero', { partner: ctx.partnerName(zero.partnerId), factor: ctx.t(`factor.${zero.factor}`) })));
    }
  }
  return section(ctx, 'ambition', blocks);
}

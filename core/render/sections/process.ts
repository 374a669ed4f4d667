// Section "Proces en reflectie": the reflection cadence, the timeline of milestones (start,
// reflection, celebration, evaluation, deadlines) and other process agreements.
import type { Block, Section } from '../blocks.js';
import { heading, labelled, paragraph, section, type Ctx } from './context.js';

export function processSection(ctx: Ctx): Section {
  const { process } = ctx.agreement;
  const blocks: Block[] = [];
  if (process.cadence) blocks.push(paragraph(ctx.t('process.cadence', { cadence: ctx.t(`cadence.${process.cadence}`) })));
  if (process.milestones.length > 0) {
    const sorted = [...process.milestones].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    blocks.push(heading(ctx.t('process.milestones')), {
      type: 'table',
      header: [ctx.t('col.date'), ctx.t('col.milestone'), ctx.t('col.milestoneKind'), ctx.t('col.done')],
      rows: sorted.map((m) => [ctx.date(m.date), m.title.trim(), ctx.t(`milestone.${m.kind}`), ctx.t(m.done ? 'value.yes' : 'value.no')]),
    });
  }
  blocks.push(...labelled(ctx, 'process.notes', process.notes));
  return section(ctx, 'process', blocks);
}

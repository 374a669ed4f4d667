// Section "Communicatie en het achtje": general agreements on meetings and, per partner,
// the contacts at director and professional level and how they keep the eight closed.
import type { Block, Section } from '../blocks.js';
import { filled, labelled, paragraph, section, type Ctx } from './context.js';

export function communicationSection(ctx: Ctx): Section {
  const { communication, partners } = ctx.agreement;
  const blocks: Block[] = labelled(ctx, 'communication.general', communication.agreements);
  const withAchtje = partners.filter((p) => filled(p.directorContact) || filled(p.professionalContact) || filled(p.alignment));
  if (withAchtje.length > 0) {
    const none = ctx.t('value.none');
    const or = (s: string) => (filled(s) ? s.trim() : none);
    blocks.push(paragraph(ctx.t('communication.achtje')), {
      type: 'table',
      header: [ctx.t('col.partner'), ctx.t('col.directorContact'), ctx.t('col.professionalContact'), ctx.t('col.alignment')],
      rows: withAchtje.map((p) => [ctx.partnerName(p.id), or(p.directorContact), or(p.professionalContact), or(p.alignment)]),
    });
  }
  return section(ctx, 'communication', blocks);
}

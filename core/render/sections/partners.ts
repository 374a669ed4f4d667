// Section "Partners": who takes part, represented by whom with what mandate, and what each
// partner brings and wants to get (halen en brengen).
import type { Section } from '../blocks.js';
import { filled, section, type Ctx } from './context.js';

export function partnersSection(ctx: Ctx): Section {
  const { partners } = ctx.agreement;
  if (partners.length === 0) return section(ctx, 'partners', []);
  const none = ctx.t('value.none');
  const or = (s: string) => (filled(s) ? s.trim() : none);
  return section(ctx, 'partners', [
    {
      type: 'table',
      header: [ctx.t('col.partner'), ctx.t('col.kind'), ctx.t('col.representative'), ctx.t('col.mandate')],
      rows: partners.map((p) => [ctx.partnerName(p.id), ctx.t(`partnerKind.${p.kind}`), or(p.representative), or(p.mandate)]),
    },
    {
      type: 'table',
      header: [ctx.t('col.partner'), ctx.t('col.brings'), ctx.t('col.gets')],
      rows: partners.map((p) => [ctx.partnerName(p.id), or(p.brings), or(p.gets)]),
    },
  ]);
}

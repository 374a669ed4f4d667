// Section "Rollen en verantwoordelijkheden": the RACI table, activities × partners, with a
// warning for every activity that has no or more than one Accountable.
import type { Block, Section } from '../blocks.js';
import { filled, paragraph, section, warning, type Ctx } from './context.js';

export function rolesSection(ctx: Ctx): Section {
  const { activities, partners } = ctx.agreement;
  if (activities.length === 0) return section(ctx, 'roles', []);
  const name = (a: { name: string }) => (filled(a.name) ? a.name.trim() : ctx.t('value.none'));
  const blocks: Block[] = [
    {
      type: 'table',
      header: [ctx.t('col.activity'), ...partners.map((p) => ctx.partnerName(p.id))],
      rows: activities.map((a) => [name(a), ...partners.map((p) => a.roles[p.id] ?? '')]),
    },
    paragraph(ctx.t('raci.legend')),
  ];
  for (const a of activities) {
    const count = Object.values(a.roles).filter((r) => r === 'A').length;
    if (count === 0) blocks.push(warning(ctx.t('roles.noAccountable', { activity: name(a) })));
    if (count > 1) blocks.push(warning(ctx.t('roles.multipleAccountable', { activity: name(a), count })));
  }
  return section(ctx, 'roles', blocks);
}

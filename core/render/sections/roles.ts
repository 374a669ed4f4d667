// Section "Rollen en verantwoordelijkheden": the RACI table, activities × partners, with a
// warning for every activity that has no or more than one Accountable.
import { activityLabel, raciProblem, raciProblemText, type Activity } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import type { Block, Section } from '../blocks.js';
import { paragraph, section, warning, type Ctx } from './context.js';

export function rolesSection(ctx: Ctx): Section {
  const { activities, partners } = ctx.agreement;
  if (activities.length === 0) return section(ctx, 'roles', []);
  const name = (a: Activity) => activityLabel(ctx.agreement, a, ctx.lang);
  const blocks: Block[] = [
    {
      type: 'table',
      header: [ctx.t('col.activity'), ...partners.map((p) => ctx.partnerName(p.id))],
      rows: activities.map((a) => [name(a), ...partners.map((p) => own(a.roles, p.id) ?? '')]),
    },
    paragraph(ctx.t('raci.legend')),
  ];
  for (const a of activities) {
    const problem = raciProblem(a);
    if (problem) blocks.push(warning(raciProblemText(problem, name(a), ctx.lang)));
  }
  return section(ctx, 'roles', blocks);
}

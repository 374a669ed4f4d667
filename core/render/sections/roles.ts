// Section "Rollen en verantwoordelijkheden": the RACI table, activities × partners, with a
// warning for every activity that has no or more than one Accountable, and each activity's
// description (with the scheme activity it applies for, where it takes place).
import { activityLabel, findScheme, raciProblem, raciProblemText, type Activity } from '../../agreement/index.js';
import { own } from '../../base/records.js';
import { localize } from '../../i18n/index.js';
import type { Block, Rich, Section } from '../blocks.js';
import { filled, heading, paragraph, section, warning, type Ctx } from './context.js';

/** One activity as a list item: its name in bold, the description, and the scheme activity with its location. */
export function activityItem(ctx: Ctx, a: Activity): Rich | null {
  const scheme = findScheme(ctx.agreement.resources.scheme);
  const applied = scheme?.activities.find((s) => s.id === a.schemeActivity);
  const details = [
    filled(a.description) ? a.description.trim() : '',
    applied ? `${ctx.t('col.schemeActivity')}: ${localize(applied.name, ctx.lang)}` : '',
    filled(a.location) ? `${ctx.t('col.location')}: ${a.location.trim()}` : '',
  ].filter(Boolean);
  if (details.length === 0) return null;
  return [{ text: `${activityLabel(ctx.agreement, a, ctx.lang)}: `, bold: true }, { text: details.join(' · ') }];
}

export function rolesSection(ctx: Ctx): Section {
  const { activities, partners } = ctx.agreement;
  if (activities.length === 0) return section(ctx, 'roles', []);
  const name = (a: Activity) => activityLabel(ctx.agreement, a, ctx.lang);
  const blocks: Block[] = [];
  const described = activities.map((a) => activityItem(ctx, a)).filter((item): item is Rich => item !== null);
  if (described.length > 0) blocks.push(heading(ctx.t('roles.activities')), { type: 'list', items: described });
  if (partners.length > 0) {
    if (described.length > 0) blocks.push(heading(ctx.t('roles.raci')));
    blocks.push(
      {
        type: 'table',
        header: [ctx.t('col.activity'), ...partners.map((p) => ctx.partnerName(p.id))],
        rows: activities.map((a) => [name(a), ...partners.map((p) => own(a.roles, p.id) ?? '')]),
      },
      paragraph(ctx.t('raci.legend')),
    );
  }
  for (const a of activities) {
    const problem = raciProblem(a);
    if (problem) blocks.push(warning(raciProblemText(problem, name(a), ctx.lang)));
  }
  return section(ctx, 'roles', blocks);
}

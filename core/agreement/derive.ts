// Rules derived from an agreement that every front and renderer shares, each written once:
// exactly one Accountable per activity, and how a partner or activity is named (the funding
// check in words is in funding.ts).
import { t, type Lang } from '../i18n/index.js';
import type { Activity, Agreement } from './schema.js';

/** The partners (ids) that are Accountable (RACI "A") for an activity; exactly one is right. */
export const accountablesOf = (activity: Activity): string[] =>
  Object.entries(activity.roles)
    .filter(([, role]) => role === 'A')
    .map(([partnerId]) => partnerId);

/** What is wrong with an activity's roles: no Accountable, or more than one. */
export type RaciProblem = { code: 'noAccountable' } | { code: 'multipleAccountable'; count: number };

/** The activity's RACI problem, or null when it has exactly one Accountable. */
export function raciProblem(activity: Activity): RaciProblem | null {
  const count = accountablesOf(activity).length;
  if (count === 1) return null;
  return count === 0 ? { code: 'noAccountable' } : { code: 'multipleAccountable', count };
}

/** The warning about a RACI problem, naming the activity as the caller shows it. */
export const raciProblemText = (problem: RaciProblem, activity: string, lang: Lang): string =>
  problem.code === 'noAccountable'
    ? t(lang, 'roles.noAccountable', { activity })
    : t(lang, 'roles.multipleAccountable', { activity, count: problem.count });

/** A partner's name as shown everywhere: its name, "Partner 2" (by position) while it has none, or "onbekende partner". */
export function partnerLabel(agreement: Agreement, partnerId: string, lang: Lang): string {
  const i = agreement.partners.findIndex((p) => p.id === partnerId);
  if (i < 0) return t(lang, 'value.unknownPartner');
  return agreement.partners[i]!.name.trim() || t(lang, 'ui.partners.unnamed', { n: i + 1 });
}

/** An activity's name as shown everywhere: its name, or "Activiteit 2" (by position) while it has none. */
export function activityLabel(agreement: Agreement, activity: Activity, lang: Lang): string {
  return activity.name.trim() || t(lang, 'ui.roles.unnamed', { n: agreement.activities.indexOf(activity) + 1 });
}

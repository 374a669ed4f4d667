// Rules derived from an agreement that every front and renderer shares, each written once:
// exactly one Accountable per activity, how a partner or activity is named, and the funding
// check in words.
import { formatEuro, formatList, formatPercent, t, tOr, type Lang } from '../i18n/index.js';
import type { FundingCheck, FundingFinding } from './funding.js';
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

/** A funding finding as a sentence. */
export function fundingFindingText(finding: FundingFinding, lang: Lang): string {
  const pct = (n: number) => formatPercent(n, lang);
  const eur = (n: number) => formatEuro(n, lang);
  switch (finding.code) {
    case 'subsidy-too-high':
      return t(lang, 'resources.subsidyTooHigh', { subsidyShare: pct(finding.share), maxSubsidy: pct(finding.max) });
    case 'co-financing-too-low':
      return t(lang, 'resources.coFinancingTooLow', { coShare: pct(finding.share), minCo: pct(finding.min) });
    case 'above-maximum':
      return t(lang, 'resources.aboveMaximum', {
        subsidy: eur(finding.subsidy),
        max: eur(finding.max),
        activity: tOr(lang, `schemeActivity.${finding.activity}`, finding.activity),
      });
    case 'ineligible-category':
      return t(lang, 'resources.ineligible', {
        category: t(lang, `category.${finding.category}`),
        categories: formatList(finding.eligible.map((c) => t(lang, `category.${c}`).toLowerCase()), lang),
      });
    case 'no-activity':
      return t(lang, 'resources.noActivity');
  }
}

/** The sentence saying the budget meets the scheme, or null while it does not (see FundingCheck.ok). */
export function fundingOkText(check: FundingCheck, lang: Lang): string | null {
  if (!check.ok || !check.scheme) return null;
  return t(lang, 'resources.checkOk', {
    subsidyShare: formatPercent(check.subsidyShare, lang),
    maxSubsidy: formatPercent(check.scheme.maxSubsidyShare, lang),
    coShare: formatPercent(check.coFinancingShare, lang),
    minCo: formatPercent(check.scheme.minCoFinancingShare, lang),
  });
}

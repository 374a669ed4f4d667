// The funding check: a draft's budget and its SPUK activities against the rules of the chosen
// scheme (data in core/knowledge/funding), and the check in words. It reports what breaks a
// rule and, separately, what it could not check; it never calls a budget compliant while a
// rule stayed unchecked. A draft without a scheme (own means, a municipal subsidy) gets none.
import { formatDate, formatEuro, formatList, formatNumber, formatPercent, localize, t, type Lang } from '../i18n/index.js';
import { branchMinHours, findScheme, FUNDING_SCHEMES, type FundingScheme, type SchemeActivity } from '../knowledge/funding/index.js';
import { activityLabel } from './derive.js';
import type { Activity, Agreement } from './schema.js';

export { findScheme, FUNDING_SCHEMES, type FundingScheme, type SchemeActivity };

/** An activity of the draft that applies for one of the scheme's activities. */
export interface AppliedActivity {
  /** The draft's activity, or null for an older draft that chose the scheme's activity on the budget only. */
  activity: Activity | null;
  /** How the activity is named in text. */
  label: string;
  schemeActivity: SchemeActivity;
  location: string;
  currentHours: number | null;
  newHours: number | null;
}

/** A rule the plan breaks. */
export type FundingFinding =
  | { code: 'subsidy-too-high'; share: number; max: number }
  | { code: 'co-financing-too-low'; share: number; min: number }
  | { code: 'above-maximum'; amount: number; max: number }
  | { code: 'no-activity' }
  | { code: 'unknown-activity'; activity: string }
  | { code: 'too-many-activities'; count: number; max: number; inhabitants: number }
  | { code: 'too-many-new-branches'; count: number; max: number }
  | { code: 'too-few-extra-hours'; activity: string; extra: number; min: number }
  | { code: 'no-branch-after'; activity: string; hours: number; min: number }
  | { code: 'already-branch'; activity: string; hours: number; min: number }
  | { code: 'not-a-branch'; activity: string; hours: number; min: number }
  | { code: 'other-facility'; activity: string };

/** A rule the check could not apply, and why. */
export type FundingUnchecked =
  | { code: 'inhabitants' }
  | { code: 'hours'; activity: string }
  | { code: 'other-facility'; activity: string }
  /** Whether the budgeted costs belong to the activity: for the municipality and the assessor. */
  | { code: 'costs' };

export interface FundingCheck {
  /** All lines, in cents. */
  total: number;
  /** Lines paid by the scheme (payerId null). */
  subsidy: number;
  /** Lines paid by partners, money and in kind. */
  coFinancing: number;
  subsidyShare: number;
  coFinancingShare: number;
  /** The chosen scheme; undefined when the plan is not an application to one. */
  scheme: FundingScheme | undefined;
  /** Whether a scheme is chosen at all: without one there is no check. */
  applies: boolean;
  applied: AppliedActivity[];
  findings: FundingFinding[];
  unchecked: FundingUnchecked[];
  /** True only when a scheme is chosen, the budget is not empty, no rule is broken and every rule that needs data from the plan could be checked. */
  ok: boolean;
}

/** The activities the draft applies for: those tagged with a scheme activity, or the budget's one choice of older drafts. */
function appliedActivities(agreement: Agreement, scheme: FundingScheme, findings: FundingFinding[], lang: Lang): AppliedActivity[] {
  const applied: AppliedActivity[] = [];
  for (const a of agreement.activities) {
    if (a.schemeActivity === null) continue;
    const label = activityLabel(agreement, a, lang);
    const schemeActivity = scheme.activities.find((s) => s.id === a.schemeActivity);
    if (!schemeActivity) {
      findings.push({ code: 'unknown-activity', activity: label });
      continue;
    }
    applied.push({ activity: a, label, schemeActivity, location: a.location.trim(), currentHours: a.currentHours, newHours: a.newHours });
  }
  if (applied.length === 0 && findings.length === 0) {
    const legacy = scheme.activities.find((s) => s.id === agreement.resources.schemeActivity);
    if (legacy) applied.push({ activity: null, label: localize(legacy.short, lang), schemeActivity: legacy, location: '', currentHours: null, newHours: null });
  }
  return applied;
}

/** The hours rule of one activity: a finding, an unchecked note, or nothing when it holds. */
function checkHours(a: AppliedActivity, scheme: FundingScheme, findings: FundingFinding[], unchecked: FundingUnchecked[]): void {
  const branch = branchMinHours(scheme);
  const { currentHours: now, newHours: next, label: activity } = a;
  const min = a.schemeActivity.minExtraHours ?? 0;
  switch (a.schemeActivity.hours) {
    case 'becomes-branch':
      if (next === null) return void unchecked.push({ code: 'hours', activity });
      if (next <= branch) findings.push({ code: 'no-branch-after', activity, hours: next, min: branch });
      return;
    case 'limited-to-branch':
      if (now === null || next === null) return void unchecked.push({ code: 'hours', activity });
      if (now > branch) findings.push({ code: 'already-branch', activity, hours: now, min: branch });
      if (next <= branch) findings.push({ code: 'no-branch-after', activity, hours: next, min: branch });
      return;
    case 'branch-extra-hours':
      if (now === null || next === null) return void unchecked.push({ code: 'hours', activity });
      if (now <= branch) findings.push({ code: 'not-a-branch', activity, hours: now, min: branch });
      if (next - now < min) findings.push({ code: 'too-few-extra-hours', activity, extra: next - now, min });
      return;
    case 'bookmobile-extra-hours':
      if (now === null || next === null) return void unchecked.push({ code: 'hours', activity });
      if (next - now < min) findings.push({ code: 'too-few-extra-hours', activity, extra: next - now, min });
      return;
  }
}

/** Totals of the budget and, when a scheme is chosen, which of its rules hold, break or could not be checked. */
export function checkFunding(agreement: Agreement, lang: Lang = agreement.meta.lang): FundingCheck {
  const { lines, scheme: schemeId, inhabitants, otherFacility } = agreement.resources;
  let total = 0;
  let subsidy = 0;
  for (const line of lines) {
    total += line.amount;
    if (line.payerId === null) subsidy += line.amount;
  }
  const coFinancing = total - subsidy;
  const subsidyShare = total > 0 ? subsidy / total : 0;
  const coFinancingShare = total > 0 ? coFinancing / total : 0;
  const scheme = findScheme(schemeId);
  const findings: FundingFinding[] = [];
  const unchecked: FundingUnchecked[] = [];
  const base = { total, subsidy, coFinancing, subsidyShare, coFinancingShare, scheme };
  if (!scheme) return { ...base, applies: false, applied: [], findings, unchecked, ok: false };

  const applied = appliedActivities(agreement, scheme, findings, lang);
  if (total > 0) {
    // Compare in whole cents so 80 % of an odd total is not flagged by rounding.
    if (subsidy * 10_000 > Math.round(scheme.maxShare * 10_000) * total) {
      findings.push({ code: 'subsidy-too-high', share: subsidyShare, max: scheme.maxShare });
    }
    if (coFinancing * 10_000 < Math.round(scheme.minCoFinancingShare * 10_000) * total) {
      findings.push({ code: 'co-financing-too-low', share: coFinancingShare, min: scheme.minCoFinancingShare });
    }
  }
  if (applied.length === 0) {
    if (findings.every((f) => f.code !== 'unknown-activity')) findings.push({ code: 'no-activity' });
  } else {
    const max = applied.reduce((sum, a) => sum + a.schemeActivity.maxAmount, 0);
    if (subsidy > max) findings.push({ code: 'above-maximum', amount: subsidy, max });
    if (inhabitants === null) unchecked.push({ code: 'inhabitants' });
    else {
      const limit = scheme.activityLimits.find((l) => inhabitants >= l.fromInhabitants && (l.belowInhabitants === null || inhabitants < l.belowInhabitants));
      if (limit && applied.length > limit.maxActivities) findings.push({ code: 'too-many-activities', count: applied.length, max: limit.maxActivities, inhabitants });
      const newBranches = applied.filter((a) => a.schemeActivity.newBranch).length;
      if (limit && limit.maxNewBranches !== null && newBranches > limit.maxNewBranches) {
        findings.push({ code: 'too-many-new-branches', count: newBranches, max: limit.maxNewBranches });
      }
    }
    for (const a of applied) {
      checkHours(a, scheme, findings, unchecked);
      if (a.schemeActivity.onlyWithoutOtherFacility) {
        if (otherFacility === null) unchecked.push({ code: 'other-facility', activity: a.label });
        else if (otherFacility) findings.push({ code: 'other-facility', activity: a.label });
      }
    }
  }
  const ok = total > 0 && findings.length === 0 && unchecked.length === 0;
  unchecked.push({ code: 'costs' });
  return { ...base, applies: true, applied, findings, unchecked, ok };
}

const hours = (n: number, lang: Lang) => formatNumber(n, lang);

/** A broken rule as a sentence. */
export function fundingFindingText(finding: FundingFinding, lang: Lang): string {
  const pct = (n: number) => formatPercent(n, lang);
  switch (finding.code) {
    case 'subsidy-too-high':
      return t(lang, 'funding.subsidyTooHigh', { share: pct(finding.share), max: pct(finding.max) });
    case 'co-financing-too-low':
      return t(lang, 'funding.coFinancingTooLow', { share: pct(finding.share), min: pct(finding.min) });
    case 'above-maximum':
      return t(lang, 'funding.aboveMaximum', { amount: formatEuro(finding.amount, lang), max: formatEuro(finding.max, lang) });
    case 'no-activity':
      return t(lang, 'funding.noActivity');
    case 'unknown-activity':
      return t(lang, 'funding.unknownActivity', { activity: finding.activity });
    case 'too-many-activities':
      return t(lang, 'funding.tooManyActivities', { count: finding.count, max: finding.max, inhabitants: formatNumber(finding.inhabitants, lang) });
    case 'too-many-new-branches':
      return t(lang, 'funding.tooManyNewBranches', { count: finding.count, max: finding.max });
    case 'too-few-extra-hours':
      return t(lang, 'funding.tooFewExtraHours', { activity: finding.activity, extra: hours(finding.extra, lang), min: hours(finding.min, lang) });
    case 'no-branch-after':
      return t(lang, 'funding.noBranchAfter', { activity: finding.activity, hours: hours(finding.hours, lang), min: hours(finding.min, lang) });
    case 'already-branch':
      return t(lang, 'funding.alreadyBranch', { activity: finding.activity, hours: hours(finding.hours, lang), min: hours(finding.min, lang) });
    case 'not-a-branch':
      return t(lang, 'funding.notABranch', { activity: finding.activity, hours: hours(finding.hours, lang), min: hours(finding.min, lang) });
    case 'other-facility':
      return t(lang, 'funding.otherFacility', { activity: finding.activity });
  }
}

/** A rule the check could not apply, as a sentence saying what is needed. */
export function fundingUncheckedText(item: FundingUnchecked, lang: Lang): string {
  switch (item.code) {
    case 'inhabitants':
      return t(lang, 'funding.unchecked.inhabitants');
    case 'hours':
      return t(lang, 'funding.unchecked.hours', { activity: item.activity });
    case 'other-facility':
      return t(lang, 'funding.unchecked.otherFacility', { activity: item.activity });
    case 'costs':
      return t(lang, 'funding.unchecked.costs');
  }
}

/** The sentence saying the plan meets the rules that were checked, or null while it does not (see FundingCheck.ok). */
export function fundingOkText(check: FundingCheck, lang: Lang): string | null {
  if (!check.ok || !check.scheme) return null;
  return t(lang, 'funding.checkOk', {
    share: formatPercent(check.subsidyShare, lang),
    max: formatPercent(check.scheme.maxShare, lang),
    coShare: formatPercent(check.coFinancingShare, lang),
    min: formatPercent(check.scheme.minCoFinancingShare, lang),
  });
}

/** What the scheme is and whether it is still open, in one sentence. */
export function schemeStatusText(scheme: FundingScheme, lang: Lang): string {
  const last = scheme.rounds.reduce((a, b) => (a.closes > b.closes ? a : b), scheme.rounds[0]!);
  return scheme.status === 'closed'
    ? t(lang, 'funding.schemeClosed', { scheme: localize(scheme.name, lang), closed: formatDate(last.closes, lang) })
    : t(lang, 'funding.schemeOpen', { scheme: localize(scheme.name, lang), closes: formatDate(last.closes, lang) });
}

/** The costs the scheme names as examples, as a sentence that says the choice is local. */
export function costExamplesText(scheme: FundingScheme, lang: Lang): string {
  return t(lang, 'funding.costExamples', { examples: formatList(scheme.costExamples.map((c) => t(lang, `category.${c}`).toLowerCase()), lang) });
}

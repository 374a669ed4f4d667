// Funding-scheme rules as data (percentages, maxima, eligible costs) and the budget check
// computed from them. A new scheme is a new entry here, not new code.
import type { Agreement, BudgetCategory } from './schema.js';

export interface SchemeActivity {
  id: string;
  /** The most the scheme pays for this activity, in euro cents (incl. VAT). */
  maxSubsidy: number;
}

export interface FundingScheme {
  id: string;
  /** Highest share of the total the subsidy may cover (0..1). */
  maxSubsidyShare: number;
  /** Lowest share of the total the partners must co-finance (0..1). */
  minCoFinancingShare: number;
  /** Cost categories the subsidy may be spent on. */
  eligibleCategories: readonly BudgetCategory[];
  activities: readonly SchemeActivity[];
  /** Where the rules come from. */
  source: string;
}

export const FUNDING_SCHEMES: readonly FundingScheme[] = [
  {
    id: 'spuk-2023-2024',
    maxSubsidyShare: 0.8,
    minCoFinancingShare: 0.2,
    eligibleCategories: ['collection', 'housing', 'staff', 'ict'],
    activities: [
      { id: 'new-branch', maxSubsidy: 440_000_00 },
      { id: 'upgrade-branch', maxSubsidy: 220_000_00 },
      { id: 'extra-hours', maxSubsidy: 220_000_00 },
      { id: 'extra-bookmobile-hours', maxSubsidy: 220_000_00 },
    ],
    source:
      'Regeling eenmalige specifieke uitkeringen lokale bibliotheekvoorzieningen 2023-2024 (Staatscourant 2023, 9297)',
  },
];

export const findScheme = (id: string | null): FundingScheme | undefined => FUNDING_SCHEMES.find((s) => s.id === id);

export type FundingFinding =
  | { code: 'subsidy-too-high'; share: number; max: number }
  | { code: 'co-financing-too-low'; share: number; min: number }
  | { code: 'above-maximum'; subsidy: number; max: number; activity: string }
  | { code: 'ineligible-category'; category: BudgetCategory; eligible: readonly BudgetCategory[] }
  | { code: 'no-activity' };

export interface FundingCheck {
  /** All lines, in cents. */
  total: number;
  /** Lines paid by the subsidy (payerId null). */
  subsidy: number;
  /** Lines paid by partners, money and in kind. */
  coFinancing: number;
  subsidyShare: number;
  coFinancingShare: number;
  scheme: FundingScheme | undefined;
  findings: FundingFinding[];
  /** True when a scheme is chosen, the budget is not empty and no rule is broken. */
  ok: boolean;
}

/** Totals of the budget and, when a scheme is chosen, whether its rules are met. */
export function checkFunding(agreement: Agreement): FundingCheck {
  const { lines, scheme: schemeId, schemeActivity } = agreement.resources;
  let total = 0;
  let subsidy = 0;
  const subsidisedCategories = new Set<BudgetCategory>();
  for (const line of lines) {
    total += line.amount;
    if (line.payerId === null) {
      subsidy += line.amount;
      if (line.amount > 0) subsidisedCategories.add(line.category);
    }
  }
  const coFinancing = total - subsidy;
  const subsidyShare = total > 0 ? subsidy / total : 0;
  const coFinancingShare = total > 0 ? coFinancing / total : 0;
  const scheme = findScheme(schemeId);
  const findings: FundingFinding[] = [];
  if (scheme && total > 0) {
    // Compare in whole cents so 80 % of an odd total is not flagged by rounding.
    if (subsidy * 10_000 > Math.round(scheme.maxSubsidyShare * 10_000) * total) {
      findings.push({ code: 'subsidy-too-high', share: subsidyShare, max: scheme.maxSubsidyShare });
    }
    if (coFinancing * 10_000 < Math.round(scheme.minCoFinancingShare * 10_000) * total) {
      findings.push({ code: 'co-financing-too-low', share: coFinancingShare, min: scheme.minCoFinancingShare });
    }
    const activity = scheme.activities.find((a) => a.id === schemeActivity);
    if (!activity) findings.push({ code: 'no-activity' });
    else if (subsidy > activity.maxSubsidy) {
      findings.push({ code: 'above-maximum', subsidy, max: activity.maxSubsidy, activity: activity.id });
    }
    for (const category of subsidisedCategories) {
      if (!scheme.eligibleCategories.includes(category)) findings.push({ code: 'ineligible-category', category, eligible: scheme.eligibleCategories });
    }
  }
  return { total, subsidy, coFinancing, subsidyShare, coFinancingShare, scheme, findings, ok: !!scheme && total > 0 && findings.length === 0 };
}

// The agreement's enumerations and constants: plain values with no dependency on the specs,
// so the specs (entities.ts) and the types derived from them (schema.ts) can both use them.
export const CURRENT_SCHEMA_VERSION = 1;

export const LANGS = ['nl', 'en'] as const;
export type { Lang } from '../i18n/index.js';

export const PLAN_KINDS = ['spuk-plan', 'convenant', 'cooperation-agreement', 'project-plan', 'intentieverklaring', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PARTNER_KINDS = [
  'library',
  'municipality',
  'school',
  'childcare',
  'welfare',
  'culture',
  'health',
  'support-organisation',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Interest levels kept in the shared doc. Personal interests live only in the private doc. */
export const SHARED_INTEREST_LEVELS = ['collective', 'organisational'] as const;
export type SharedInterestLevel = (typeof SHARED_INTEREST_LEVELS)[number];

/** The five conditions and the decision-rule presets are defined by the knowledge base. */
export { CONDITION_IDS, DECISION_RULE_IDS as DECISION_RULES } from '../knowledge/index.js';
export type { ConditionId, DecisionRuleId } from '../knowledge/index.js';

export const AMBITION_FACTORS = ['B', 'C', 'D'] as const;
export type AmbitionFactor = (typeof AMBITION_FACTORS)[number];
export const SCORE_MIN = 0;
export const SCORE_MAX = 5;

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export type RaciRole = (typeof RACI_ROLES)[number];
/** A partner's DACI role in one decision: Driver (trekker), Approver (beslisser), Contributor (meedenker), Informed. */
export const DACI_LETTERS = ['D', 'A', 'C', 'I'] as const;
export type DaciLetter = (typeof DACI_LETTERS)[number];

export const MILESTONE_KINDS = ['start', 'reflection', 'celebration', 'evaluation', 'deadline', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const CADENCES = ['monthly', 'bimonthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const BUDGET_CATEGORIES = ['collection', 'housing', 'staff', 'ict', 'activities', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const CONTRIBUTION_KINDS = ['money', 'in-kind'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const CHECK_STATUSES = ['open', 'done', 'not-applicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const RAG = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG)[number];

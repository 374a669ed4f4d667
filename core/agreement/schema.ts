// The agreement schema: enumerations and the plain (validated, read-only) shapes that
// readers get out of a draft's Y.Doc. docs/schema.md describes how these are laid out in Yjs.
import type { ConditionId, DecisionRuleId, Lang } from '../knowledge/index.js';

export const CURRENT_SCHEMA_VERSION = 1;

export const LANGS = ['nl', 'en'] as const;
export type { Lang } from '../i18n/index.js';

export const PLAN_KINDS = ['spuk-plan', 'convenant', 'project-plan', 'intentieverklaring', 'other'] as const;
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

/** A web annotation an interest came from (see the annotator); stored as an immutable value. */
export interface SourceRef {
  annotationId: string;
  url: string;
  title: string;
  quote: string;
}

export interface Meta {
  title: string;
  planKind: PlanKind;
  lang: Lang;
  /** ISO 8601 timestamp, set when the draft is created. */
  created: string;
}

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  /** Website origins (https://example.nl) where this partner's pages live. */
  origins: string[];
  representative: string;
  mandate: string;
  /** What the partner brings into the partnership (halen en brengen). */
  brings: string;
  /** What the partner wants to get out of it. */
  gets: string;
  /** Ambition scores 0–5 on Belofte, Commitment and Doen; null when not yet scored. */
  scores: Record<AmbitionFactor, number | null>;
  /** The *achtje*: contact at director level, at professional level, and how they align. */
  directorContact: string;
  professionalContact: string;
  alignment: string;
}

export interface Ambition {
  statement: string;
  promise: string;
  commitment: string;
  doing: string;
}

export interface Interest {
  id: string;
  partnerId: string;
  level: SharedInterestLevel;
  text: string;
  conditionId: ConditionId | null;
  source: SourceRef | null;
}

export interface Activity {
  id: string;
  name: string;
  description: string;
  /** partnerId → RACI role. */
  roles: Record<string, RaciRole>;
}

export interface DecisionLogEntry {
  id: string;
  date: string | null;
  decision: string;
  rationale: string;
}

export interface Decisions {
  rule: DecisionRuleId | null;
  scope: string;
  escalation: string;
  log: DecisionLogEntry[];
}

export interface RuleOfPlay {
  id: string;
  text: string;
}

export interface Milestone {
  id: string;
  kind: MilestoneKind;
  date: string | null;
  title: string;
  done: boolean;
}

export interface Process {
  cadence: Cadence | null;
  notes: string;
  milestones: Milestone[];
}

export interface Relationship {
  meetingRhythm: string;
  conflicts: string;
}

export interface Communication {
  agreements: string;
}

export interface BudgetLine {
  id: string;
  description: string;
  category: BudgetCategory;
  /** Amount in euro cents. */
  amount: number;
  kind: ContributionKind;
  /** Who pays: a partner id, or null for the subsidy requested from the funding scheme. */
  payerId: string | null;
}

export interface Resources {
  /** Id of a funding scheme in FUNDING_SCHEMES, or null. */
  scheme: string | null;
  /** Id of the scheme's activity type this plan applies for, or null. */
  schemeActivity: string | null;
  lines: BudgetLine[];
}

export interface Period {
  start: string | null;
  end: string | null;
  extension: string;
  reviewTriggers: string;
  exit: string;
}

export interface ChecklistItem {
  status: CheckStatus;
  note: string;
}

export interface HealthCheck {
  id: string;
  date: string | null;
  partnerId: string | null;
  ratings: Partial<Record<ConditionId, Rag>>;
  note: string;
}

export interface Agreement {
  schemaVersion: number;
  meta: Meta;
  partners: Partner[];
  ambition: Ambition;
  interests: Interest[];
  activities: Activity[];
  decisions: Decisions;
  rules: RuleOfPlay[];
  communication: Communication;
  process: Process;
  relationship: Relationship;
  resources: Resources;
  period: Period;
  /** questionId → state; questions never touched are absent (status 'open'). */
  checklist: Record<string, ChecklistItem>;
  healthChecks: HealthCheck[];
}

/** Something read out of a doc that did not match the schema: reported, then skipped. */
export interface Problem {
  /** Where in the doc, e.g. `partners[2].kind`. */
  path: string;
  message: string;
}

// The agreement schema: enumerations, and the plain (validated, read-only) shapes that
// readers get out of a draft's Y.Doc, derived from the entity specs (entities.ts) so that a
// spec and its type cannot disagree. docs/schema.md describes how these are laid out in Yjs.
import type * as v from 'valibot';
import type { ENTITY_SPECS, SINGLETON_SPECS, sourceRefSchema } from './entities.js';
import type { Entity, Fields } from './fields.js';

export * from './enums.js';
export type { Problem } from './problems.js';
import type { CheckStatus } from './enums.js';

type ListEntity<L extends keyof typeof ENTITY_SPECS> = Entity<(typeof ENTITY_SPECS)[L]>;
type Section<S extends keyof typeof SINGLETON_SPECS> = Fields<(typeof SINGLETON_SPECS)[S]>;

/** A web annotation an interest came from (see the annotator); stored as an immutable value. */
export type SourceRef = v.InferOutput<typeof sourceRefSchema>;

export type Meta = Section<'meta'>;
export type Partner = ListEntity<'partners'>;
export type Ambition = Section<'ambition'>;
export type Interest = ListEntity<'interests'>;
export type Activity = ListEntity<'activities'>;
export type DecisionLogEntry = ListEntity<'decisionLog'>;
export type Decisions = Section<'decisions'> & { log: DecisionLogEntry[] };
export type RuleOfPlay = ListEntity<'rules'>;
export type Milestone = ListEntity<'milestones'>;
export type Process = Section<'process'> & { milestones: Milestone[] };
export type Relationship = Section<'relationship'>;
export type Communication = Section<'communication'>;
export type BudgetLine = ListEntity<'budgetLines'>;
export type Resources = Section<'resources'> & { lines: BudgetLine[] };
export type Period = Section<'period'>;
export type HealthCheck = ListEntity<'healthChecks'>;
export type HealthAction = ListEntity<'actions'>;

export interface ChecklistItem {
  status: CheckStatus;
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
  /** Actions that follow from health checks, open and done. */
  actions: HealthAction[];
}

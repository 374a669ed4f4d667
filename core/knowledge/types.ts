// Types of the knowledge base: the collaboration method of "Samenwerken als lonkend
// perspectief" (Cubiss, 2023) and the partnership toolkits, as typed data in Dutch
// (the source language) and English. Ids are stable: agreements, health checks and
// Word content controls refer to them, so never rename one.

import type { Lang, Localized } from '../i18n/index.js';
import type { ConditionId } from './condition-ids.js';
import type { SectionId } from './section-ids.js';

/** A text in both locales (Dutch is the source; English follows it faithfully) and its language. */
export type { Lang, Localized };

/** A tip is a short piece of practical advice. */
export type Tip = Localized;

/** The agreement sections (SECTION_IDS) a piece of knowledge can point to. */
export type AgreementSectionId = SectionId;

/** A checklist question. `id` is globally unique, dotted kebab-case: 'ambition.shared-meaning'. */
export interface Question {
  id: string;
  text: Localized;
  /** Why the question matters or how to use it. */
  help?: Localized;
}

/** Something that goes wrong often enough to have a name. */
export interface Pitfall {
  id: string;
  name: Localized;
  description: Localized;
}

// ── Reasons to collaborate ─────────────────────────────────────────────────────────

export type ReasonGroupId = 'between-organisations' | 'with-peers' | 'internal';

export interface Reason {
  id: string;
  title: Localized;
  description: Localized;
  /** Named programmes or cases, e.g. Kansrijke Start. */
  examples: Localized[];
}

export interface ReasonGroup {
  id: ReasonGroupId;
  title: Localized;
  intro: Localized;
  reasons: Reason[];
}

// ── Complexities ───────────────────────────────────────────────────────────────────

export type ComplexityId = 'mutual-dependence' | 'diversity' | 'unclear-power' | 'split-loyalties';

export interface Complexity {
  id: ComplexityId;
  title: Localized;
  description: Localized;
  /** How you recognise it in your own partnership. */
  signs: Localized[];
  /** What helps to deal with it. */
  helps: Localized[];
  questions: Question[];
  /** The conditions that work on this complexity most directly. */
  conditionIds: ConditionId[];
}

// ── The five conditions ────────────────────────────────────────────────────────────

export type { ConditionId } from './condition-ids.js';

export interface Condition {
  id: ConditionId;
  number: 1 | 2 | 3 | 4 | 5;
  /** Short title, e.g. 'Gezamenlijke ambitie'. */
  title: Localized;
  /** The call to action, e.g. 'Werk aan een betekenisvolle, gezamenlijke ambitie'. */
  action: Localized;
  /** One sentence. */
  summary: Localized;
  /** Short paragraphs. */
  explanation: Localized[];
  questions: Question[];
  tips: Tip[];
  pitfalls: Pitfall[];
  /** Which agreement sections realise this condition. */
  sectionIds: AgreementSectionId[];
}

/** A factor of the ambition formula A = B × C × D. */
export interface AmbitionFactor {
  id: 'promise' | 'commitment' | 'action';
  letter: 'B' | 'C' | 'D';
  /** 'Belofte', 'Commitment', 'Doen'. */
  label: Localized;
  explanation: Localized;
  question: Localized;
}

export type InterestLevelId = 'collective' | 'organisation' | 'personal';

export interface InterestLevel {
  id: InterestLevelId;
  label: Localized;
  explanation: Localized;
  example: Localized;
  /** Personal interests are sensitive: they stay with whoever noted them unless shared. */
  sensitive: boolean;
}

/** One of Krackhardt's three elements of a strong tie. */
export interface TieElement {
  id: 'time' | 'meeting' | 'affection';
  label: Localized;
  explanation: Localized;
}

// ── Health check ───────────────────────────────────────────────────────────────────

export type HealthRating = 'red' | 'amber' | 'green';

export interface HealthRatingInfo {
  id: HealthRating;
  label: Localized;
  meaning: Localized;
  /** What to do next with this rating. */
  nextStep: Localized;
}

export interface HealthCheckMoment {
  id: 'informal-check' | 'reflection-workshop';
  title: Localized;
  /** Interval in months, as a range. */
  everyMonths: { min: number; max: number };
  description: Localized;
}

export interface HealthCheckRoutine {
  moments: HealthCheckMoment[];
  /** Ground rules for reflection ("no blame"). */
  rules: Localized[];
  /** The questions the seed asks in a periodic reflection. */
  reflectionQuestions: Question[];
}

// ── Getting started ────────────────────────────────────────────────────────────────

export type GettingStartedStepId = 'starting-point' | 'start-small' | 'support';

export interface GettingStartedStep {
  id: GettingStartedStepId;
  number: 1 | 2 | 3;
  title: Localized;
  description: Localized;
  /** Concrete things to do. */
  actions: Localized[];
  questions: Question[];
}

// ── Toolkit ────────────────────────────────────────────────────────────────────────

export type ToolkitSectionId =
  | 'parties'
  | 'why'
  | 'principles'
  | 'what'
  | 'period'
  | 'structure'
  | 'decisions-disputes'
  | 'communication'
  | 'resources'
  | 'legal'
  | 'review'
  | 'exit';

/** A section that partnership agreements in the established toolkits usually contain. */
export interface ToolkitSection {
  id: ToolkitSectionId;
  number: number;
  title: Localized;
  description: Localized;
  /** What the section records. */
  covers: Localized[];
  questions: Question[];
  sectionIds: AgreementSectionId[];
  sourceIds: SourceId[];
}

export type ChecklistId = 'partner-assessment' | 'coherence' | 'assessment' | 'review';

/** A checklist from the toolkits, used when choosing partners or reviewing the partnership. */
export interface Checklist {
  id: ChecklistId;
  title: Localized;
  purpose: Localized;
  questions: Question[];
  sourceIds: SourceId[];
}

// ── Decision rules ─────────────────────────────────────────────────────────────────

export type DecisionRuleId = 'consent' | 'consensus' | 'majority' | 'lead-partner' | 'daci';

export interface DecisionRule {
  id: DecisionRuleId;
  name: Localized;
  summary: Localized;
  /** How it works, in order. */
  steps: Localized[];
  whenToUse: Localized[];
  watchFor: Localized[];
  sourceIds: SourceId[];
}

/** How many people may hold a role for one activity or decision. */
export type RoleCardinality = 'exactly-one' | 'one-or-more' | 'zero-or-more';

export interface MatrixRole<Id extends string = string> {
  id: Id;
  letter: string;
  name: Localized;
  description: Localized;
  cardinality: RoleCardinality;
}

export type RaciRoleId = 'responsible' | 'accountable' | 'consulted' | 'informed';
export type RaciRole = MatrixRole<RaciRoleId>;

export type DaciRoleId = 'driver' | 'approver' | 'contributor' | 'informed';
export type DaciRole = MatrixRole<DaciRoleId>;

// ── Sources ────────────────────────────────────────────────────────────────────────

export type SourceId =
  | 'cubiss-2023'
  | 'krackhardt-1992'
  | 'tpi-partnering-toolbook'
  | 'tpi-agreement-scorecard'
  | 'msp-guide'
  | 'conservation-gateway'
  | 'kunstenbond-agreement'
  | 'sociocracy-consent'
  | 'daci'
  | 'raci'
  | 'samenwerkingslab';

export interface Source {
  id: SourceId;
  title: string;
  authors: string[];
  publisher?: string;
  year?: number;
  url?: string;
  /** What we take from it, in a sentence. */
  note: Localized;
}

// The entity specs of schema version 1: every list item and every fixed section of a
// draft, declared once; the types of schema.ts are derived from them. docs/schema.md is the
// human-readable twin of this file.
import * as v from 'valibot';
import {
  AMBITION_FACTORS,
  BUDGET_CATEGORIES,
  CADENCES,
  CHECK_STATUSES,
  CONDITION_IDS,
  CONTRIBUTION_KINDS,
  DACI_LETTERS,
  DECISION_RULES,
  LANGS,
  MILESTONE_KINDS,
  PARTNER_KINDS,
  PLAN_KINDS,
  RACI_ROLES,
  RAG,
  SCORE_MAX,
  SCORE_MIN,
  SHARED_INTEREST_LEVELS,
} from './enums.js';
import { fullMap, nestedMap, text, value, type EntitySpec, type SectionSpec } from './fields.js';
import { idSchema } from '../base/ids.js';

const isoDate = v.pipe(v.string(), v.isoDate());
const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i), v.maxLength(2048));
const origin = v.pipe(v.string(), v.regex(/^https?:\/\/[^/?#\s]+$/i), v.maxLength(256));

/** A web annotation an interest came from (see the annotator); stored as an immutable value. */
export const sourceRefSchema = v.object({
  annotationId: idSchema,
  url: httpUrl,
  title: v.pipe(v.string(), v.maxLength(500)),
  quote: v.pipe(v.string(), v.maxLength(5000)),
});

/** A person's name beside a partner's role, at most 200 characters. */
const personName = v.pipe(v.string(), v.maxLength(200));

/** Staffed opening hours a week, at most every hour of the week. */
const weeklyHours = v.pipe(v.number(), v.minValue(0), v.maxValue(168));

export const score = v.pipe(v.number(), v.integer(), v.minValue(SCORE_MIN), v.maxValue(SCORE_MAX));

/** Top-level Y.Array names of the shared doc, one per list. */
export const LISTS = {
  partners: 'partners',
  interests: 'interests',
  activities: 'activities',
  decisionLog: 'decisionLog',
  rules: 'rules',
  milestones: 'milestones',
  budgetLines: 'budgetLines',
  healthChecks: 'healthChecks',
  actions: 'actions',
} as const;
export type ListName = keyof typeof LISTS;

export const ENTITY_SPECS = {
  partners: {
    name: text(),
    kind: value(v.picklist(PARTNER_KINDS), 'other'),
    /** Website origins (https://example.nl) where this partner's pages live. */
    origins: value(v.pipe(v.array(origin), v.maxLength(20)), []),
    representative: text(),
    mandate: text(),
    /** What the partner brings into the partnership (halen en brengen). */
    brings: text(),
    /** What the partner wants to get out of it. */
    gets: text(),
    /** Ambition scores 0–5 on Belofte, Commitment and Doen; null when not yet scored. */
    scores: fullMap(AMBITION_FACTORS, score),
    /** The *achtje*: contact at director level, at professional level, and how they align. */
    directorContact: text(),
    professionalContact: text(),
    alignment: text(),
  },
  interests: {
    partnerId: value(idSchema, ''),
    level: value(v.picklist(SHARED_INTEREST_LEVELS), 'collective'),
    text: text(),
    /** A note about the interest, e.g. typed when marking it on a web page; never replaces the quoted text. */
    note: text(),
    conditionId: value(nullable(v.picklist(CONDITION_IDS)), null),
    source: value(nullable(sourceRefSchema), null),
  },
  activities: {
    name: text(),
    description: text(),
    /** partnerId → RACI role. */
    roles: nestedMap(idSchema, v.picklist(RACI_ROLES)),
    /** Id of the funding scheme's activity this activity applies for (e.g. `extra-hours`), or null. */
    schemeActivity: value(nullable(idSchema), null),
    /** Where it takes place (the branch, facility or bookmobile stop). */
    location: text(),
    /** Staffed hours a week at that location now, and after the activity; null while unknown. */
    currentHours: value(nullable(weeklyHours), null),
    newHours: value(nullable(weeklyHours), null),
  },
  decisionLog: {
    date: value(nullable(isoDate), null),
    decision: text(),
    rationale: text(),
    /** partnerId → DACI role, used when the decision rule is DACI: exactly one D and one A (a finding, not enforced). */
    daci: nestedMap(idSchema, v.picklist(DACI_LETTERS)),
    /** partnerId → the name of the person who takes that partner's DACI role for this decision (optional). */
    daciPeople: nestedMap(idSchema, personName),
  },
  rules: {
    text: text(),
  },
  milestones: {
    kind: value(v.picklist(MILESTONE_KINDS), 'other'),
    date: value(nullable(isoDate), null),
    title: text(),
    done: value(v.boolean(), false),
  },
  budgetLines: {
    description: text(),
    category: value(v.picklist(BUDGET_CATEGORIES), 'other'),
    /** Amount in euro cents. */
    amount: value(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e13)), 0),
    kind: value(v.picklist(CONTRIBUTION_KINDS), 'money'),
    /** Who pays: a partner id, or null for the subsidy requested from the funding scheme. */
    payerId: value(nullable(idSchema), null),
  },
  healthChecks: {
    date: value(nullable(isoDate), null),
    partnerId: value(nullable(idSchema), null),
    ratings: nestedMap(v.picklist(CONDITION_IDS), v.picklist(RAG)),
    note: text(),
  },
  /** What follows from a health check (what, who, by when), tracked until done. */
  actions: {
    text: text(),
    /** The partner that takes it on, or null (the partnership as a whole, or only a person named). */
    partnerId: value(nullable(idSchema), null),
    /** The person who takes it on, by name (optional). */
    person: text(),
    due: value(nullable(isoDate), null),
    done: value(v.boolean(), false),
    /** The health check it came from, and the condition it is about; null when added by hand. */
    checkId: value(nullable(idSchema), null),
    conditionId: value(nullable(v.picklist(CONDITION_IDS)), null),
  },
} as const satisfies Record<ListName, EntitySpec>;

/** Fixed sections: texts are top-level Y.Text `<section>.<field>`, values in the Y.Map `<section>`. */
export const SINGLETON_SPECS = {
  meta: {
    title: text(),
    planKind: value(v.picklist(PLAN_KINDS), 'other'),
    lang: value(v.picklist(LANGS), 'nl'),
    /** ISO 8601 timestamp, set when the draft is created. */
    created: value(v.string(), ''),
    /** ISO 8601 timestamp of the last change, '' until a writer records one; documents print it as "bijgewerkt op". */
    updated: value(v.string(), ''),
  },
  ambition: { statement: text(), promise: text(), commitment: text(), doing: text() },
  decisions: {
    rule: value(nullable(v.picklist(DECISION_RULES)), null),
    scope: text(),
    escalation: text(),
  },
  communication: { agreements: text() },
  process: { cadence: value(nullable(v.picklist(CADENCES)), null), notes: text() },
  relationship: { meetingRhythm: text(), conflicts: text() },
  resources: {
    /** Id of a funding scheme in FUNDING_SCHEMES, or null. */
    scheme: value(nullable(idSchema), null),
    /** Id of the scheme's activity type this plan applies for, or null (older drafts; activities now carry their own). */
    schemeActivity: value(nullable(idSchema), null),
    /** Inhabitants of the municipality that files, for the scheme's limit on activities; null while unknown. */
    inhabitants: value(nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000_000))), null),
    /** Whether the municipality has another library facility than the bookmobile; null while unknown. */
    otherFacility: value(nullable(v.boolean()), null),
  },
  period: {
    start: value(nullable(isoDate), null),
    end: value(nullable(isoDate), null),
    extension: text(),
    reviewTriggers: text(),
    exit: text(),
  },
} as const satisfies Record<string, SectionSpec>;
export type SingletonName = keyof typeof SINGLETON_SPECS;

/** Checklist: status per question id in the Y.Map `checklist`; notes are Y.Texts `checklist.note.<id>`. */
export const CHECKLIST_MAP = 'checklist';
export const CHECKLIST_NOTE_PREFIX = 'checklist.note.';
export const checkStatusSchema = v.picklist(CHECK_STATUSES);
export const questionIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,127}$/));

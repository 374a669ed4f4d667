// The entity specs of schema version 1: every list item and every fixed section of a
// draft, declared once. docs/schema.md is the human-readable twin of this file.
import * as v from 'valibot';
import {
  BUDGET_CATEGORIES,
  CADENCES,
  CHECK_STATUSES,
  CONDITION_IDS,
  CONTRIBUTION_KINDS,
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
} from './schema.js';
import { nestedMap, text, value, type EntitySpec } from './fields.js';

const idRef = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDate = v.pipe(v.string(), v.isoDate());
const nullable = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i), v.maxLength(2048));
const origin = v.pipe(v.string(), v.regex(/^https?:\/\/[^/?#\s]+$/i), v.maxLength(256));

export const sourceRefSchema = v.object({
  annotationId: idRef,
  url: httpUrl,
  title: v.pipe(v.string(), v.maxLength(500)),
  quote: v.pipe(v.string(), v.maxLength(5000)),
});

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
} as const;
export type ListName = keyof typeof LISTS;

export const ENTITY_SPECS = {
  partners: {
    name: text(),
    kind: value(v.picklist(PARTNER_KINDS), 'other'),
    origins: value(v.pipe(v.array(origin), v.maxLength(20)), []),
    representative: text(),
    mandate: text(),
    brings: text(),
    gets: text(),
    scores: nestedMap(score),
    directorContact: text(),
    professionalContact: text(),
    alignment: text(),
  },
  interests: {
    partnerId: value(idRef, ''),
    level: value(v.picklist(SHARED_INTEREST_LEVELS), 'collective'),
    text: text(),
    conditionId: value(nullable(v.picklist(CONDITION_IDS)), null),
    source: value(nullable(sourceRefSchema), null),
  },
  activities: {
    name: text(),
    description: text(),
    roles: nestedMap(v.picklist(RACI_ROLES)),
  },
  decisionLog: {
    date: value(nullable(isoDate), null),
    decision: text(),
    rationale: text(),
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
    amount: value(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e13)), 0),
    kind: value(v.picklist(CONTRIBUTION_KINDS), 'money'),
    payerId: value(nullable(idRef), null),
  },
  healthChecks: {
    date: value(nullable(isoDate), null),
    partnerId: value(nullable(idRef), null),
    ratings: nestedMap(v.picklist(RAG)),
    note: text(),
  },
} as const satisfies Record<ListName, EntitySpec>;

/** Fixed sections: texts are top-level Y.Text `<section>.<field>`, values in the Y.Map `<section>`. */
export const SINGLETON_SPECS = {
  meta: {
    title: text(),
    planKind: value(v.picklist(PLAN_KINDS), 'other'),
    lang: value(v.picklist(LANGS), 'nl'),
    created: value(v.string(), ''),
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
    scheme: value(nullable(idRef), null),
    schemeActivity: value(nullable(idRef), null),
  },
  period: {
    start: value(nullable(isoDate), null),
    end: value(nullable(isoDate), null),
    extension: text(),
    reviewTriggers: text(),
    exit: text(),
  },
} as const satisfies Record<string, EntitySpec>;
export type SingletonName = keyof typeof SINGLETON_SPECS;

/** Checklist: status per question id in the Y.Map `checklist`; notes are Y.Texts `checklist.note.<id>`. */
export const CHECKLIST_MAP = 'checklist';
export const CHECKLIST_NOTE_PREFIX = 'checklist.note.';
export const checkStatusSchema = v.picklist(CHECK_STATUSES);
export const questionIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,127}$/));

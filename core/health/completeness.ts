// Completeness of an agreement per condition and per section: each check says whether that
// part is filled in and, when not, which question would fill it.
import type { MessageKey } from '../i18n/index.js';
import { CONDITION_IDS, checkFunding, raciProblem, type Agreement, type ConditionId } from '../agreement/index.js';
import { SECTION_IDS, type SectionId } from '../knowledge/section-ids.js';

interface Check {
  id: string;
  sectionId: SectionId;
  conditionId: ConditionId;
  /** Whether this check applies to the agreement at all (e.g. the funding check only with a scheme). */
  applies?: (a: Agreement) => boolean;
  done: (a: Agreement) => boolean;
}

const filled = (s: string) => s.trim().length > 0;
const hasMilestone = (a: Agreement, kind: string) => a.process.milestones.some((m) => m.kind === kind);

const CHECKS: readonly Check[] = [
  { id: 'ambition.statement', sectionId: 'ambition', conditionId: 'ambition', done: (a) => filled(a.ambition.statement) },
  { id: 'ambition.promise', sectionId: 'ambition', conditionId: 'ambition', done: (a) => filled(a.ambition.promise) },
  { id: 'ambition.commitment', sectionId: 'ambition', conditionId: 'ambition', done: (a) => filled(a.ambition.commitment) },
  { id: 'ambition.doing', sectionId: 'ambition', conditionId: 'ambition', done: (a) => filled(a.ambition.doing) },
  {
    id: 'ambition.scores',
    sectionId: 'ambition',
    conditionId: 'ambition',
    done: (a) => a.partners.length > 0 && a.partners.every((p) => p.scores.B !== null && p.scores.C !== null && p.scores.D !== null),
  },
  { id: 'partners.two', sectionId: 'partners', conditionId: 'interests', done: (a) => a.partners.length >= 2 },
  {
    id: 'partners.halenBrengen',
    sectionId: 'partners',
    conditionId: 'interests',
    done: (a) => a.partners.length > 0 && a.partners.every((p) => filled(p.brings) && filled(p.gets)),
  },
  {
    id: 'partners.mandate',
    sectionId: 'partners',
    conditionId: 'organisation',
    done: (a) => a.partners.length > 0 && a.partners.every((p) => filled(p.representative) && filled(p.mandate)),
  },
  { id: 'interests.collective', sectionId: 'interests', conditionId: 'interests', done: (a) => a.interests.some((i) => i.level === 'collective') },
  {
    id: 'interests.perPartner',
    sectionId: 'interests',
    conditionId: 'interests',
    done: (a) => a.partners.length > 0 && a.partners.every((p) => a.interests.some((i) => i.partnerId === p.id && i.level === 'organisational')),
  },
  { id: 'roles.activities', sectionId: 'roles', conditionId: 'organisation', done: (a) => a.activities.length > 0 },
  {
    id: 'roles.accountable',
    sectionId: 'roles',
    conditionId: 'organisation',
    done: (a) => a.activities.length > 0 && a.activities.every((x) => raciProblem(x) === null),
  },
  { id: 'decisions.rule', sectionId: 'decisions', conditionId: 'organisation', done: (a) => a.decisions.rule !== null },
  { id: 'decisions.escalation', sectionId: 'decisions', conditionId: 'organisation', done: (a) => filled(a.decisions.escalation) },
  { id: 'rules.any', sectionId: 'rules', conditionId: 'organisation', done: (a) => a.rules.some((r) => filled(r.text)) },
  {
    id: 'communication.achtje',
    sectionId: 'communication',
    conditionId: 'organisation',
    done: (a) => a.partners.length > 0 && a.partners.every((p) => filled(p.alignment)),
  },
  { id: 'process.reflection', sectionId: 'process', conditionId: 'process', done: (a) => a.process.cadence !== null || hasMilestone(a, 'reflection') },
  { id: 'process.celebration', sectionId: 'process', conditionId: 'process', done: (a) => hasMilestone(a, 'celebration') },
  { id: 'process.milestones', sectionId: 'process', conditionId: 'process', done: (a) => hasMilestone(a, 'start') && a.process.milestones.some((m) => m.date) },
  { id: 'relationship.meeting', sectionId: 'relationship', conditionId: 'relationship', done: (a) => filled(a.relationship.meetingRhythm) },
  { id: 'relationship.conflicts', sectionId: 'relationship', conditionId: 'relationship', done: (a) => filled(a.relationship.conflicts) },
  { id: 'resources.lines', sectionId: 'resources', conditionId: 'organisation', done: (a) => a.resources.lines.length > 0 },
  {
    id: 'resources.scheme',
    sectionId: 'resources',
    conditionId: 'organisation',
    applies: (a) => a.resources.scheme !== null || a.meta.planKind === 'spuk-plan',
    done: (a) => checkFunding(a).ok,
  },
  { id: 'period.dates', sectionId: 'period', conditionId: 'process', done: (a) => a.period.start !== null && a.period.end !== null },
  { id: 'period.exit', sectionId: 'period', conditionId: 'organisation', done: (a) => filled(a.period.exit) },
];

export interface CompletenessItem {
  id: string;
  sectionId: SectionId;
  conditionId: ConditionId;
  done: boolean;
  /** Catalogue key of the question that would fill this part. */
  question: MessageKey;
}

export interface Tally {
  done: number;
  total: number;
  /** done / total, 0..1 (1 when there is nothing to check). */
  share: number;
  missing: CompletenessItem[];
}

export interface Completeness {
  items: CompletenessItem[];
  overall: Tally;
  byCondition: Record<ConditionId, Tally>;
  bySection: Record<SectionId, Tally>;
}

function tally(items: CompletenessItem[]): Tally {
  const done = items.filter((i) => i.done).length;
  return { done, total: items.length, share: items.length ? done / items.length : 1, missing: items.filter((i) => !i.done) };
}

function groupTally<K extends string>(items: CompletenessItem[], keys: readonly K[], key: (i: CompletenessItem) => K): Record<K, Tally> {
  return Object.fromEntries(keys.map((k) => [k, tally(items.filter((i) => key(i) === k))])) as Record<K, Tally>;
}

/** What is filled in and what is missing, per condition and per section. */
export function completeness(agreement: Agreement): Completeness {
  const items = CHECKS.filter((c) => !c.applies || c.applies(agreement)).map((c) => ({
    id: c.id,
    sectionId: c.sectionId,
    conditionId: c.conditionId,
    done: c.done(agreement),
    question: `missing.${c.id}` as MessageKey,
  }));
  return {
    items,
    overall: tally(items),
    byCondition: groupTally(items, CONDITION_IDS, (i) => i.conditionId),
    bySection: groupTally(items, SECTION_IDS, (i) => i.sectionId),
  };
}

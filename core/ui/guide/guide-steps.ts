// The steps of the guided start (the kind of plan and the partners, then the five conditions
// in the source's order) and the overview per condition: what is filled, what is still open
// with the question that would fill it, and the part of the agreement where to fill it.
import type { Agreement } from '../../agreement/index.js';
import { completeness, type CompletenessItem } from '../../health/index.js';
import { CONDITION_IDS, type ConditionId } from '../../knowledge/index.js';
import type { SectionId } from '../../knowledge/section-ids.js';
import type { PartId } from '../agreement/AgreementScreen.js';

/** 'start': the kind of plan and the partners; then one step per condition. After the last: the overview. */
export const GUIDE_STEPS = ['start', ...CONDITION_IDS] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** The part of the agreement screen where a section is written. */
export const PART_OF_SECTION: Record<SectionId, PartId> = {
  ambition: 'ambition',
  partners: 'partners',
  interests: 'interests',
  roles: 'roles',
  decisions: 'decisions',
  rules: 'rules',
  communication: 'achtje',
  process: 'process',
  relationship: 'relationship',
  resources: 'budget',
  period: 'period',
};

/** The parts that belong to a condition, in the order of the agreement screen, each once. */
export const PARTS_OF_CONDITION: Record<ConditionId, PartId[]> = {
  ambition: ['ambition'],
  interests: ['partners', 'interests'],
  relationship: ['relationship'],
  organisation: ['roles', 'decisions', 'rules', 'achtje', 'budget'],
  process: ['process', 'period'],
};

export interface ConditionOverview {
  conditionId: ConditionId;
  filled: CompletenessItem[];
  open: CompletenessItem[];
  /** filled / all, 0..1 (1 when nothing applies). */
  share: number;
}

/** Per condition, in the source's order: what is filled and what is still open. */
export function conditionOverview(agreement: Agreement): ConditionOverview[] {
  const c = completeness(agreement);
  return CONDITION_IDS.map((conditionId) => {
    const items = c.items.filter((i) => i.conditionId === conditionId);
    return {
      conditionId,
      filled: items.filter((i) => i.done),
      open: items.filter((i) => !i.done),
      share: c.byCondition[conditionId].share,
    };
  });
}

/** The step after `step`, or null after the last (then the overview follows). */
export function nextStep(step: GuideStep): GuideStep | null {
  return GUIDE_STEPS[GUIDE_STEPS.indexOf(step) + 1] ?? null;
}

/** The step before `step`, or null at the start. */
export function previousStep(step: GuideStep): GuideStep | null {
  const i = GUIDE_STEPS.indexOf(step);
  return i > 0 ? GUIDE_STEPS[i - 1]! : null;
}

/** The first condition with something still open, or null when every condition is filled. */
export function firstOpenCondition(agreement: Agreement): ConditionId | null {
  return conditionOverview(agreement).find((o) => o.open.length > 0)?.conditionId ?? null;
}

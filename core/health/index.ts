// core/health: how complete the agreement is, the ambition score, the health-check summary, health over time and the actions that follow.
export { completeness, type Completeness, type CompletenessItem, type Tally } from './completeness.js';
export { ambitionScore, type AmbitionScore, type AmbitionLevel, type PartnerAmbition } from './ambition.js';
export { healthSummary, type ConditionHealth, type HealthSummary, type Rating } from './health-check.js';
export { addMonths, healthTimeline, nextReflection, type ConditionTimeline, type HealthTimeline, type NextReflection, type RaterRow } from './timeline.js';
export { actionList, actionOwner, personWithPartner, type ActionList, type OpenAction } from './actions.js';

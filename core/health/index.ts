// core/health: how complete the agreement is, the ambition score and the health-check summary.
export { completeness, type Completeness, type CompletenessItem, type Tally } from './completeness.js';
export { ambitionScore, type AmbitionScore, type AmbitionLevel, type PartnerAmbition } from './ambition.js';
export { healthSummary, type ConditionHealth, type HealthSummary, type Rating } from './health-check.js';

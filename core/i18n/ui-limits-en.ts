// English messages: list limits shown at the field. Part of the one catalogue assembled in messages-en.ts.
import type { uiLimitsNl } from './ui-limits-nl.js';

export const uiLimitsEn: Record<keyof typeof uiLimitsNl, string> = {
  'limits.count': '{count} of {max} {items}',
  'limits.full': 'The maximum of {max} {items} has been reached; remove one first to add another.',
  'limits.items.partners': 'partners',
  'limits.items.interests': 'interests',
  'limits.items.activities': 'activities',
  'limits.items.decisionLog': 'decisions',
  'limits.items.rules': 'rules of play',
  'limits.items.milestones': 'milestones',
  'limits.items.budgetLines': 'budget lines',
  'limits.items.healthChecks': 'health checks',
};

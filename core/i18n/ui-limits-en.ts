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
  'limits.items.actions': 'actions',
  'limits.roles.filter': 'Find activities in the roles table',
  'limits.roles.filterHint': 'Type part of the name. The table then shows only those activities.',
  'limits.roles.shown': '{shown} of {total} activities in the table',
  'limits.roles.noMatch': 'No activity has "{text}" in its name.',
  'limits.roles.keys': 'Ctrl and an arrow key move to the cell beside, above or below; Ctrl+Home and Ctrl+End to the first and the last activity.',
};

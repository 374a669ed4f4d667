// Dutch messages: list limits shown at the field. Part of the one catalogue assembled in messages-nl.ts.
export const uiLimitsNl = {
  'limits.count': '{count} van {max} {items}',
  'limits.full': 'Het maximum van {max} {items} is bereikt; verwijder er eerst een om iets toe te voegen.',
  'limits.items.partners': 'partners',
  'limits.items.interests': 'belangen',
  'limits.items.activities': 'activiteiten',
  'limits.items.decisionLog': 'besluiten',
  'limits.items.rules': 'spelregels',
  'limits.items.milestones': 'mijlpalen',
  'limits.items.budgetLines': 'begrotingsregels',
  'limits.items.healthChecks': 'beoordelingen',
} as const;

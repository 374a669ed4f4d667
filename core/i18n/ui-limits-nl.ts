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
  'limits.items.actions': 'acties',
  'limits.roles.filter': 'Activiteiten in de rollentabel zoeken',
  'limits.roles.filterHint': 'Typ een deel van de naam. De tabel toont dan alleen die activiteiten.',
  'limits.roles.shown': '{shown} van {total} activiteiten in de tabel',
  'limits.roles.noMatch': 'Geen activiteit heeft "{text}" in de naam.',
  'limits.roles.keys': 'Met Ctrl en een pijltje ga je naar de cel ernaast, boven of onder; met Ctrl+Home en Ctrl+End naar de eerste en de laatste activiteit.',
} as const;

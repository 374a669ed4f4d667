// Dutch messages of the workspace: co-editing (text fields, presence, sync status, limits). Part of the one catalogue assembled in messages-nl.ts.
export const uiCoeditNl = {
  'ui.field.tooLong': 'Dit past niet: een veld kan hoogstens {max} tekens bevatten. Er is niets veranderd; plak een kortere tekst.',
  'ui.field.refusedByServer': 'De server nam deze geplakte tekst niet aan: hij is te groot voor één bericht. De tekst is weer weggehaald; al het andere wordt gewoon opgeslagen. Plak hem in kleinere stukken.',
  'ui.field.readOnly': 'Je kunt dit concept nu niet bewerken; er is niets veranderd.',
  'ui.field.peerHere': '{name} is hier',
  'ui.me.button': 'Jij: {name}',
  'ui.me.buttonUnknown': 'Wie ben jij?',
  'ui.me.title': 'Wie ben jij?',
  'ui.me.explain': 'Je partners zien je naam en organisatie bij het veld waarin je werkt. Dit onthoudt alleen dit apparaat; je kunt het altijd wijzigen.',
  'ui.me.name': 'Je naam',
  'ui.me.nameNeeded': 'Vul je naam in, zodat je partners weten wie er schrijft.',
  'ui.me.organisation': 'Je organisatie',
  'ui.me.save': 'Opslaan',
  'ui.me.later': 'Later',
  'ui.presence.inPart': '{names} werkt hier',
} as const;

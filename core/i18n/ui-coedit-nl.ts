// Dutch messages of the workspace: co-editing (text fields, presence, sync status, limits). Part of the one catalogue assembled in messages-nl.ts.
export const uiCoeditNl = {
  'ui.field.tooLong': 'Dit past niet: een veld kan hoogstens {max} tekens bevatten. Er is niets veranderd; plak een kortere tekst.',
  'ui.field.readOnly': 'Je kunt dit concept nu niet bewerken; er is niets veranderd.',
  'ui.field.peerHere': '{name} is hier',
} as const;

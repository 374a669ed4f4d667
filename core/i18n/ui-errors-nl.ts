// Dutch messages: error messages of core (codes with parameters, translated by every front). Part of the one catalogue assembled in messages-nl.ts.
export const uiErrorsNl = {
  'error.unexpected': 'Dat lukte niet ({message}).',
  // Writing a draft.
  'error.newer-schema': 'Dit concept is gemaakt met een nieuwere versie van Samenspel (schema {version}). Je kunt het lezen; werk Samenspel bij om het te bewerken.',
  'error.unreadable-schema': 'De schemaversie van dit concept is onleesbaar, daarom kun je het alleen lezen.',
  'error.missing-migration': 'Deze versie van Samenspel kan het concept niet bijwerken van schema {from} naar {to}.',
  'error.list-full': 'In deze lijst passen hoogstens {max} onderdelen; verwijder er eerst een.',
  'error.unknown-item': 'Dit onderdeel bestaat niet meer; misschien heeft iemand het net verwijderd.',
  'error.unknown-field': 'Samenspel kent het veld “{field}” niet.',
  'error.not-text': 'In “{field}” hoort tekst.',
  'error.invalid-value': 'Deze waarde past niet in “{field}”.',
  'error.personal-shared': 'Persoonlijke belangen deel je niet: ze blijven op dit apparaat.',
  // Reading a draft: what a partner's client wrote that does not fit, reported and skipped.
  'error.wrong-type': '“{field}” heeft een ander soort gegevens dan het schema verwacht en is overgeslagen.',
  'error.not-map': 'In “{field}” horen sleutels met waarden; overgeslagen.',
  'error.not-item': 'Hier hoort een onderdeel van een lijst; overgeslagen.',
  'error.missing-id': 'Een onderdeel zonder geldige id is overgeslagen.',
  'error.duplicate-id': 'Een tweede onderdeel met id {id} is overgeslagen.',
  'error.unknown-key': 'De onbekende sleutel “{key}” in “{field}” is overgeslagen.',
  // Annotations and their import.
  'error.not-http-url': 'Dit is geen webadres (http of https): {url}',
  'error.invalid-annotation': 'Dit is geen geldige markering.',
  'error.invalid-annotation-field': 'Deze markering klopt niet bij “{field}”.',
  'error.import-needs-partner': 'Deze markering komt uit een ander programma; kies bij welke partner ze hoort.',
  'error.import-no-quote': 'Deze markering heeft geen geciteerde tekst (TextQuoteSelector) en kan niet worden teruggevonden.',
  'error.import-too-large': 'Het bestand is te groot (meer dan {max} tekens).',
  'error.import-not-json': 'Dit bestand is geen geldige JSON.',
  'error.import-no-annotations': 'Er staan geen markeringen in: verwacht een Web Annotation, een lijst daarvan of een AnnotationPage.',
  'error.import-too-many': 'Te veel markeringen ({count}; hoogstens {max}).',
} as const;

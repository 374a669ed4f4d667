// Dutch messages of the workspace: Dutch numbers and dates at the field. Part of the one catalogue assembled in messages-nl.ts.
export const uiInputNl = {
  'ui.input.amount.empty': 'Vul een bedrag in. Is er (nog) geen bedrag? Typ dan 0.',
  'ui.input.amount.negative': 'Een bedrag kan niet negatief zijn. Typ het zonder minteken.',
  'ui.input.amount.not-a-number': 'Geen geldig bedrag: typ alleen cijfers, bijvoorbeeld 4.000,50.',
  'ui.input.amount.separators': 'Geen geldig bedrag: gebruik een punt voor duizendtallen en een komma voor centen, bijvoorbeeld 4.000,50.',
  'ui.input.amount.grouping': 'Geen geldig bedrag: zet een punt na elke drie cijfers, van rechts geteld, bijvoorbeeld 1.234.567,89.',
  'ui.input.amount.too-many-decimals': 'Geen geldig bedrag: na de komma komen alleen de centen, hooguit twee cijfers. Bedoel je duizendtallen? Gebruik dan een punt, bijvoorbeeld 4.000.',
  'ui.input.amount.too-large': 'Dit bedrag is te groot. Controleer het aantal cijfers.',
  'ui.input.date.hint': 'dd-mm-jjjj',
  'ui.input.date.not-a-date': 'Geen geldige datum: typ dag-maand-jaar, bijvoorbeeld 01-03-2027.',
  'ui.input.date.two-digit-year': 'Typ het jaartal met vier cijfers, bijvoorbeeld 01-03-2027.',
  'ui.input.date.no-such-date': 'Deze datum bestaat niet. Controleer de dag en de maand.',
  'ui.input.date.year-out-of-range': 'Controleer het jaartal: typ een jaar tussen 1900 en 2199.',
  'ui.process.sortByDate': 'Sorteer op datum',
  'ui.process.sorted': 'De mijlpalen staan nu op datum.',
} as const;

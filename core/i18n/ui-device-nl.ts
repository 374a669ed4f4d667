// Dutch messages: this device's drafts and local data. Part of the one catalogue assembled in messages-nl.ts.
export const uiDeviceNl = {
  'ui.device.forget': 'Verwijderen van dit apparaat',
  'ui.device.forgetQuestion':
    'Dan verdwijnen “{title}”, je links ernaar en alles wat dit apparaat ervan bewaart: je persoonlijke belangen en wijzigingen die de server nog niet heeft. Wie een link heeft, kan het concept op de server blijven openen.',
  'ui.device.forgetConfirm': 'Ja, verwijderen',
  'ui.device.forgotten': '“{title}” is van dit apparaat verwijderd.',
  'ui.device.forgetFailed': '“{title}” kon niet van dit apparaat worden verwijderd. Sluit andere vensters met dit concept en probeer het opnieuw.',
  'ui.update.available': 'Er is een nieuwe versie van Samenspel. Je werk blijft bewaard.',
  'ui.update.reload': 'Nu herladen',
} as const;

// The library sector's own examples, offered as suggestions where partners and activities are
// entered: the national programmes libraries run with partners (BoekStart, de Bibliotheek op
// school, Taalhuis, Kansrijke Start, Leesoffensief) and the provincial support organisations
// (POI's) that help libraries and their partners plan together.

import { deepFreeze } from './freeze.js';
import type { Localized } from './types.js';

/** A programme a library runs with partners: a ready name for a shared activity. */
export interface SectorProgramme {
  id: 'boekstart' | 'bibliotheek-op-school' | 'taalhuis' | 'kansrijke-start' | 'leesoffensief';
  /** The programme's own name, the same in both languages. */
  name: string;
  description: Localized;
  /** Who usually takes part besides the library. */
  partners: Localized;
}

/** A provincial support organisation (provinciale ondersteuningsinstelling, POI). */
export interface SupportOrganisation {
  id: string;
  name: string;
  /** The provinces it works in. */
  provinces: string[];
}

export const SECTOR_PROGRAMMES: SectorProgramme[] = deepFreeze([
  {
    id: 'boekstart',
    name: 'BoekStart',
    description: {
      nl: 'Baby’s en peuters (0–4 jaar) vroeg in aanraking brengen met boeken, samen met hun ouders: een koffertje met boekjes bij het lidmaatschap, voorlezen op het consultatiebureau en in de kinderopvang.',
      en: 'Bringing babies and toddlers (0–4) into contact with books early, together with their parents: a little case of books with the membership, reading aloud at the child health clinic and in childcare.',
    },
    partners: { nl: 'Jeugdgezondheidszorg (consultatiebureau), kinderopvang, gemeente', en: 'Youth health care (child health clinic), childcare, municipality' },
  },
  {
    id: 'bibliotheek-op-school',
    name: 'de Bibliotheek op school',
    description: {
      nl: 'Een structurele samenwerking van bibliotheek, school en gemeente aan leesplezier en mediawijsheid, met een leesconsulent, een collectie in de school, een jaarlijkse monitor en een lees- en mediaplan.',
      en: 'A structural partnership of library, school and municipality on reading for pleasure and media literacy, with a reading consultant, a collection in the school, a yearly monitor and a reading and media plan.',
    },
    partners: { nl: 'Basisscholen of scholen voor voortgezet onderwijs, gemeente', en: 'Primary or secondary schools, municipality' },
  },
  {
    id: 'taalhuis',
    name: 'Taalhuis',
    description: {
      nl: 'Een plek in de bibliotheek waar volwassenen terechtkunnen die beter willen leren lezen, schrijven, rekenen of met de computer willen leren werken, met vrijwillige taalmaatjes en doorverwijzing naar cursussen.',
      en: 'A place in the library for adults who want to read, write or do sums better or learn to use a computer, with volunteer language buddies and referral to courses.',
    },
    partners: { nl: 'Gemeente, welzijnsorganisatie, roc of taalaanbieder, vrijwilligers', en: 'Municipality, welfare organisation, vocational college or language provider, volunteers' },
  },
  {
    id: 'kansrijke-start',
    name: 'Kansrijke Start',
    description: {
      nl: 'Het landelijke programma voor de eerste 1000 dagen van een kind: gemeenten brengen zorg, welzijn en bibliotheek samen, zodat elk kind een goede start krijgt; de bibliotheek draagt bij met voorlezen en taalstimulering.',
      en: 'The national programme for the first 1000 days of a child: municipalities bring care, welfare and the library together so that every child gets a good start; the library contributes reading aloud and language stimulation.',
    },
    partners: { nl: 'Gemeente, verloskundigen, jeugdgezondheidszorg, welzijn', en: 'Municipality, midwives, youth health care, welfare' },
  },
  {
    id: 'leesoffensief',
    name: 'Leesoffensief',
    description: {
      nl: 'Kinderopvang, scholen en bibliotheken zetten samen in op betere leesvaardigheid en meer leesplezier, zoals in het Leesoffensief Brabant.',
      en: 'Childcare, schools and libraries work together on better reading skills and more reading for pleasure, as in the Leesoffensief Brabant.',
    },
    partners: { nl: 'Kinderopvang, scholen, gemeente, provinciale ondersteuningsinstelling', en: 'Childcare, schools, municipality, provincial support organisation' },
  },
]);

/** The provincial support organisations named by the source and the sector. */
export const SUPPORT_ORGANISATIONS: SupportOrganisation[] = deepFreeze([
  { id: 'cubiss', name: 'Cubiss', provinces: ['Noord-Brabant', 'Limburg'] },
  { id: 'probiblio', name: 'Probiblio', provinces: ['Noord-Holland', 'Zuid-Holland'] },
  { id: 'rijnbrink', name: 'Rijnbrink', provinces: ['Gelderland', 'Overijssel'] },
  { id: 'biblionet-groningen', name: 'Biblionet Groningen', provinces: ['Groningen'] },
  { id: 'biblionet-drenthe', name: 'Biblionet Drenthe', provinces: ['Drenthe'] },
  { id: 'bibliotheekservice-fryslan', name: 'Bibliotheekservice Fryslân', provinces: ['Fryslân'] },
  { id: 'zb-zeeland', name: 'ZB Planbureau en Bibliotheek van Zeeland', provinces: ['Zeeland'] },
]);

/** The support organisation with this name (case and surrounding spaces ignored), if any. */
export function findSupportOrganisation(name: string): SupportOrganisation | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return SUPPORT_ORGANISATIONS.find((o) => o.name.toLocaleLowerCase('nl') === wanted);
}

/** The programme with this name (case and surrounding spaces ignored), if any. */
export function findProgramme(name: string): SectorProgramme | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return SECTOR_PROGRAMMES.find((p) => p.name.toLocaleLowerCase('nl') === wanted);
}

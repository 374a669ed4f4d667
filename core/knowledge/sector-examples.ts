// The library sector's own examples, offered as suggestions where partners and activities are
// entered: the national programmes libraries run with partners (BoekStart, de Bibliotheek op
// school, Taalhuis, Kansrijke Start, Leesoffensief) and the provincial support organisations
// (POI's) that help libraries and their partners plan together, one for every province, or,
// where a province has none (Flevoland since 2017), a note saying who does that work instead.

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

/** The twelve provinces, north to south. */
export const PROVINCES = ['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'] as const;
export type Province = (typeof PROVINCES)[number];

/** A provincial support organisation (provinciale ondersteuningsinstelling, POI). */
export interface SupportOrganisation {
  id: string;
  name: string;
  /** What the name stands for, when it is an abbreviation. */
  fullName?: string;
  /** Names it was known by before, still found by findSupportOrganisation. */
  formerNames?: string[];
  /** The provinces it works in. */
  provinces: Province[];
}

/** A province without a support organisation of its own, and who does its work there. */
export interface ProvinceWithoutSupport {
  province: Province;
  note: Localized;
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
  { id: 'fers', name: 'Fers', formerNames: ['Bibliotheekservice Fryslân'], provinces: ['Fryslân'] },
  { id: 'bisc', name: 'BiSC', fullName: 'Bibliotheek Service Centrum Utrecht', provinces: ['Utrecht'] },
  { id: 'zb-zeeland', name: 'ZB Planbureau en Bibliotheek van Zeeland', provinces: ['Zeeland'] },
]);

/** Provinces without a support organisation: said plainly, rather than an organisation invented. */
export const PROVINCES_WITHOUT_SUPPORT: ProvinceWithoutSupport[] = deepFreeze([
  {
    province: 'Flevoland',
    note: {
      nl: 'Flevoland heeft sinds 2017 geen eigen provinciale ondersteuningsinstelling: de provincie hief toen haar servicecentrum op. De twee bibliotheekorganisaties, denieuwebibliotheek in Almere en FlevoMeer Bibliotheek, voeren de provinciale taken uit. Vraag hen om ondersteuning.',
      en: 'Flevoland has had no provincial support organisation of its own since 2017, when the province abolished its service centre. The two library organisations, denieuwebibliotheek in Almere and FlevoMeer Bibliotheek, carry out the provincial tasks. Ask them for support.',
    },
  },
]);

/** Who supports libraries in a province: its organisation, or the note saying there is none. */
export function supportInProvince(province: Province): { organisation: SupportOrganisation } | { none: ProvinceWithoutSupport } {
  const organisation = SUPPORT_ORGANISATIONS.find((o) => o.provinces.includes(province));
  if (organisation) return { organisation };
  const none = PROVINCES_WITHOUT_SUPPORT.find((p) => p.province === province);
  if (!none) throw new Error(`no support organisation and no note for ${province}`);
  return { none };
}

/** The support organisation with this name, full name or former name (case and surrounding spaces ignored), if any. */
export function findSupportOrganisation(name: string): SupportOrganisation | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return SUPPORT_ORGANISATIONS.find((o) => [o.name, o.fullName ?? '', ...(o.formerNames ?? [])].some((n) => n.toLocaleLowerCase('nl') === wanted));
}

/** The programme with this name (case and surrounding spaces ignored), if any. */
export function findProgramme(name: string): SectorProgramme | undefined {
  const wanted = name.trim().toLocaleLowerCase('nl');
  return SECTOR_PROGRAMMES.find((p) => p.name.toLocaleLowerCase('nl') === wanted);
}

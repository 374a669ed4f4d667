// The SPUK for local library facilities 2023–2024 (specifieke uitkering, filed by the
// municipality): closed since its second round, kept as the model for a next round.
// Facts in our own words from the regulation and DUS-I's page about it (see `sources`).
import { deepFreeze } from '../freeze.js';
import type { FundingScheme } from './types.js';

export const SPUK_2023_2024: FundingScheme = deepFreeze({
  id: 'spuk-2023-2024',
  kind: 'specifieke-uitkering',
  name: {
    nl: 'SPUK lokale bibliotheekvoorzieningen 2023–2024',
    en: 'SPUK local library facilities 2023–2024',
  },
  filedBy: 'municipality',
  years: { from: 2023, to: 2024 },
  // Two rounds: one for 2023 and one for 2024; no new applications after the second.
  rounds: [
    { opens: '2023-05-15', closes: '2023-06-15', forYear: 2023 },
    { opens: '2023-11-15', closes: '2023-12-15', forYear: 2024 },
  ],
  status: 'closed',
  maxShare: 0.8,
  minCoFinancingShare: 0.2,
  // "For instance collection, housing, staff and ICT": examples, the choice is local.
  costExamples: ['collection', 'housing', 'staff', 'ict'],
  // A bibliotheekvestiging is a location "die meer dan vijftien uur per week bemand geopend is"
  // (the regulation's definitions, Staatscourant 2023, 9297): exactly 15 hours is not one.
  locationKinds: {
    kinds: [
      { id: 'vestiging', name: { nl: 'Bibliotheekvestiging', en: 'Library branch' }, minHours: 15, minExclusive: true, maxHours: null },
      { id: 'servicepunt', name: { nl: 'Servicepunt', en: 'Service point' }, minHours: 5, minExclusive: false, maxHours: 15 },
      { id: 'mini-servicepunt', name: { nl: 'Mini-servicepunt', en: 'Mini service point' }, minHours: 1, minExclusive: false, maxHours: 4 },
    ],
    source: 'Regeling eenmalige specifieke uitkeringen lokale bibliotheekvoorzieningen 2023-2024, Staatscourant 2023, 9297, begripsbepalingen',
    branchWording: 'die meer dan vijftien uur per week bemand geopend is',
  },
  activityLimits: [
    { fromInhabitants: 0, belowInhabitants: 200_000, maxActivities: 2, maxNewBranches: null },
    { fromInhabitants: 200_000, belowInhabitants: null, maxActivities: 4, maxNewBranches: 2 },
  ],
  activities: [
    {
      id: 'new-branch',
      name: { nl: 'Een nieuwe bibliotheekvestiging oprichten', en: 'Open a new library branch' },
      short: { nl: 'Nieuwe vestiging', en: 'New branch' },
      maxAmount: 440_000_00,
      hours: 'becomes-branch',
      newBranch: true,
      onlyWithoutOtherFacility: false,
    },
    {
      id: 'upgrade-branch',
      name: { nl: 'Een beperkte bibliotheekvoorziening doorontwikkelen tot vestiging', en: 'Develop a limited library facility into a branch' },
      short: { nl: 'Beperkte voorziening wordt vestiging', en: 'Limited facility becomes a branch' },
      maxAmount: 220_000_00,
      hours: 'limited-to-branch',
      newBranch: false,
      onlyWithoutOtherFacility: false,
    },
    {
      id: 'extra-hours',
      name: { nl: 'De bemande openingsuren van een vestiging met minstens 10 uur per week verruimen', en: 'Extend the staffed opening hours of a branch by at least 10 hours a week' },
      short: { nl: 'Ruimere openingsuren', en: 'Longer opening hours' },
      maxAmount: 220_000_00,
      hours: 'branch-extra-hours',
      minExtraHours: 10,
      newBranch: false,
      onlyWithoutOtherFacility: false,
    },
    {
      id: 'extra-bookmobile-hours',
      name: {
        nl: 'De bemande uren van de bibliobus met minstens 10 uur per week verruimen, waar geen andere bibliotheekvoorziening is',
        en: 'Extend the staffed hours of the bookmobile by at least 10 hours a week, where there is no other library facility',
      },
      short: { nl: 'Meer uren bibliobus', en: 'More bookmobile hours' },
      maxAmount: 220_000_00,
      hours: 'bookmobile-extra-hours',
      minExtraHours: 10,
      newBranch: false,
      onlyWithoutOtherFacility: true,
    },
  ],
  sources: [
    { title: 'Regeling eenmalige specifieke uitkeringen lokale bibliotheekvoorzieningen 2023-2024, Staatscourant 2023, 9297' },
    {
      title: 'DUS-I: Eenmalige specifieke uitkeringen lokale bibliotheekvoorzieningen 2023-2024',
      url: 'https://www.dus-i.nl/subsidies/eenmalige-specifieke-uitkeringen-lokale-bibliotheekvoorzieningen',
    },
  ],
});

// Why collaborate: the reasons the method names, grouped as collaboration between
// organisations, collaboration with peers, and a strong internal collaboration as the base.

import { deepFreeze } from './freeze.js';
import type { Reason, ReasonGroup } from './types.js';

export const REASON_GROUPS: ReasonGroup[] = deepFreeze([
  {
    id: 'between-organisations',
    title: { nl: 'Samenwerken tussen organisaties', en: 'Collaboration between organisations' },
    intro: {
      nl: 'Met gemeenten, scholen, kinderopvang, welzijns- en cultuurinstellingen pak je zaken aan die je als bibliotheek alleen niet rondkrijgt.',
      en: 'With municipalities, schools, childcare, welfare and cultural organisations you tackle what a library cannot manage on its own.',
    },
    reasons: [
      {
        id: 'social-challenges',
        title: { nl: 'Maatschappelijke vraagstukken', en: 'Social challenges' },
        description: {
          nl: 'Laaggeletterdheid of digitale achterstand zijn te groot en te ingewikkeld om alleen op te pakken. Je hebt verschillende expertises en vaardigheden nodig.',
          en: 'Low literacy or a digital divide are too big and too complex to take on alone. They need different kinds of expertise and skills.',
        },
        examples: [],
      },
      {
        id: 'reinforce-each-other',
        title: { nl: 'Elkaar versterken', en: 'Reinforcing each other' },
        description: {
          nl: 'Partners versterken elkaar en werken samen aan oplossingen: één op één, of met meer partijen in een programma.',
          en: 'Partners reinforce each other and work on solutions together: one-to-one, or with several parties in a programme.',
        },
        examples: [
          { nl: 'Het landelijke programma Kansrijke Start', en: 'The national programme Kansrijke Start (a promising start)' },
          { nl: 'Het Bibliotheekconvenant', en: 'The Bibliotheekconvenant (national library covenant)' },
        ],
      },
      {
        id: 'secure-and-scale',
        title: { nl: 'Borging en uitbreiding van successen', en: 'Securing and scaling successes' },
        description: {
          nl: 'Door samen te werken kun je een succesvol initiatief borgen en uitbreiden, in de regio of landelijk.',
          en: 'Working together lets you secure a successful initiative and scale it up, in the region or nationally.',
        },
        examples: [
          {
            nl: 'Het Leesoffensief Brabant: kinderopvang, scholen en bibliotheken zetten samen in op betere leesvaardigheid.',
            en: 'Leesoffensief Brabant: childcare, schools and libraries work together on better reading skills.',
          },
          {
            nl: 'Het platform innovatiebieb.nl, waar bibliotheken innovaties met elkaar delen.',
            en: 'The platform innovatiebieb.nl, where libraries share innovations with each other.',
          },
        ],
      },
      {
        id: 'impact-and-lobby',
        title: { nl: 'Impact en lobby', en: 'Impact and lobby' },
        description: {
          nl: 'Samen maak je een vuist. Zo heb je meer invloed op beleid, maak je de urgentie zichtbaar en laat je beter zien wat jullie inzet oplevert. Een gezamenlijke lobby vergroot je impact.',
          en: 'Together you make a fist. That gives you more influence on policy, makes the urgency visible and shows better what your efforts achieve. A joint lobby increases your impact.',
        },
        examples: [],
      },
      {
        id: 'resources-and-subsidies',
        title: { nl: 'Middelen en subsidies', en: 'Resources and subsidies' },
        description: {
          nl: 'Soms is samenwerken een vereiste om middelen of subsidie te krijgen. Een SPUK-aanvraag dient de gemeente formeel in, maar de kans van slagen is het grootst als de betrokken partners samen een gedragen plan van aanpak maken.',
          en: 'Sometimes collaboration is a condition for getting resources or a subsidy. The municipality formally files a SPUK application (a specific grant), but it stands the best chance when the partners involved write a plan of approach together that they all support.',
        },
        examples: [
          { nl: 'Een SPUK-aanvraag voor de lokale bibliotheekvoorziening', en: 'A SPUK application for the local library service' },
        ],
      },
    ],
  },
  {
    id: 'with-peers',
    title: { nl: 'Samenwerken met vakgenoten', en: 'Collaboration with peers' },
    intro: {
      nl: 'Samenwerken met andere bibliotheken en vakgenoten geeft energie, nieuwe ideeën en soms ook gewoon efficiëntie.',
      en: 'Working with other libraries and peers brings energy, new ideas and sometimes simply efficiency.',
    },
    reasons: [
      {
        id: 'inspiration',
        title: { nl: 'Inspiratie', en: 'Inspiration' },
        description: {
          nl: 'Elk project en elke aanpak heeft eigen kenmerken en levert nieuwe inzichten op. Wie best practices deelt, komt op nieuwe ideeën.',
          en: 'Every project and approach has its own features and yields new insights. Sharing best practices sparks new ideas.',
        },
        examples: [],
      },
      {
        id: 'learning-together',
        title: { nl: 'Gezamenlijk leren', en: 'Learning together' },
        description: {
          nl: 'Samen leren vergroot je handelingsperspectief, of je nu leesconsulent, educatief manager of directeur bent.',
          en: 'Learning together widens what you can do, whether you are a reading consultant, an education manager or a director.',
        },
        examples: [
          {
            nl: 'Het Cubiss-netwerk Leiderschap in Lezen, onder de paraplu van Het Lerend Netwerk',
            en: 'The Cubiss network Leiderschap in Lezen (leadership in reading), part of Het Lerend Netwerk',
          },
        ],
      },
      {
        id: 'functional',
        title: { nl: 'Functioneel samenwerken', en: 'Functional collaboration' },
        description: {
          nl: 'Bibliotheken kunnen ook praktisch samenwerken: faciliteiten en personeel delen, kiezen voor gezamenlijke inkoop of samen een automatiseringstraject doorlopen.',
          en: 'Libraries can also collaborate in practical ways: sharing facilities and staff, purchasing jointly, or going through an automation project together.',
        },
        examples: [],
      },
    ],
  },
  {
    id: 'internal',
    title: { nl: 'Een sterke interne samenwerking als basis', en: 'A strong internal collaboration as the base' },
    intro: {
      nl: 'Wie goed wil samenwerken met anderen, begint binnen de eigen muren.',
      en: 'If you want to collaborate well with others, start within your own walls.',
    },
    reasons: [
      {
        id: 'internal-collaboration',
        title: { nl: 'Interne samenwerking', en: 'Internal collaboration' },
        description: {
          nl: 'Communitygericht werken vraagt veel van de eigen organisatie en nieuwe vaardigheden van iedereen; de bibliothecaris groeit bijvoorbeeld naar de rol van community librarian. Met een sterke interne samenwerking speel je flexibel in op vragen uit de omgeving. Dat lukt als de lagen in de organisatie goed met elkaar praten, iedereen weet wie welke expertise heeft en projecten elkaar versterken in plaats van bijten.',
          en: 'Community-oriented work asks a lot of your own organisation and new skills of everyone; the librarian, for example, grows into the role of community librarian. A strong internal collaboration lets you respond flexibly to questions from your surroundings. That works when the layers of the organisation talk well with each other, everyone knows who has which expertise, and projects reinforce rather than undercut each other.',
        },
        examples: [
          {
            nl: 'Bibliotheek Noordwest Veluwe werkte aan de interne samenwerking rond het thema gezinsaanpak.',
            en: 'Bibliotheek Noordwest Veluwe worked on its internal collaboration around a family approach (gezinsaanpak).',
          },
        ],
      },
    ],
  },
]);

/** Every reason, in group order. */
export function allReasons(): Reason[] {
  return REASON_GROUPS.flatMap((group) => group.reasons);
}

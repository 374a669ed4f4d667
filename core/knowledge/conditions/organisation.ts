// Condition 4, Organisatie: roles, responsibilities, spelregels and besluitvorming; the
// balance of daadkracht and draagvlak; over- and under-organisation ("zo licht als
// mogelijk, zo zwaar als nodig"); and the achtje rond organiseren between layers.

import { deepFreeze } from '../freeze.js';
import type { Condition, Localized } from '../types.js';

/** The "achtje rond organiseren": agreements travel both ways between the layers of each organisation. */
export const FIGURE_EIGHT: {
  title: Localized;
  summary: Localized;
  topDown: Localized;
  bottomUp: Localized;
  whenMissing: Localized[];
} = deepFreeze({
  title: { nl: 'Achtje rond organiseren', en: 'Closing the figure of eight (achtje rond organiseren)' },
  summary: {
    nl: 'Afspraken gaan twee kanten op tussen de lagen van elke deelnemende organisatie: van bestuur naar werkvloer, en van werkvloer naar bestuur.',
    en: 'Agreements travel both ways between the layers of each participating organisation: from the board to the shop floor, and from the shop floor to the board.',
  },
  topDown: {
    nl: 'Wat bestuurders of directeuren met elkaar afspreken, stemmen zij af met de managers en professionals in hun eigen organisatie.',
    en: 'What board members or directors agree with each other, they align with the managers and professionals in their own organisation.',
  },
  bottomUp: {
    nl: 'Wat professionals op de werkvloer samen beginnen, delen en bespreken zij met hun leidinggevenden.',
    en: 'What professionals on the shop floor start together, they share and discuss with their managers.',
  },
  whenMissing: [
    {
      nl: 'Medewerkers voelen zich overvallen door alweer een nieuw regionaal initiatief: het kost veel tijd, en niemand kan uitleggen wat het oplevert.',
      en: 'Staff feel ambushed by yet another regional initiative: it takes a lot of time, and nobody can explain what it will bring.',
    },
    {
      nl: 'Een waardevol project van leerkrachten en onderwijsspecialisten blijft eenmalig: niemand merkt het op en het wordt niet uitgerold naar anderen.',
      en: 'A valuable project of teachers and education specialists stays a one-off: nobody notices it and it is not rolled out to others.',
    },
  ],
});

export const ORGANISATION: Condition = deepFreeze({
  id: 'organisation',
  number: 4,
  title: { nl: 'Organisatie', en: 'Organisation' },
  action: { nl: 'Organiseer de samenwerking', en: 'Organise the partnership' },
  summary: {
    nl: 'Maak rollen, verantwoordelijkheden, spelregels en besluitvorming duidelijk, in balans tussen daadkracht en draagvlak: zo licht als mogelijk, zo zwaar als nodig.',
    en: 'Make roles, responsibilities, rules of play and decision making clear, balancing decisiveness and support: as light as possible, as heavy as necessary.',
  },
  explanation: [
    {
      nl: 'Elke samenwerking moet tot op zekere hoogte georganiseerd worden. De uitdaging is een goede balans te vinden tussen daadkracht (dingen voor elkaar krijgen) en draagvlak (iedereen staat erachter).',
      en: 'Every partnership needs some degree of organisation. The challenge is to find a good balance between decisiveness (daadkracht: getting things done) and support (draagvlak: everyone stands behind it).',
    },
    {
      nl: 'Belangrijke afspraken leg je op papier. Het helpt als er duidelijkheid is over rollen en verantwoordelijkheden, als spelregels expliciet zijn en als partners afspreken hoe de besluitvorming gaat. Tegelijk hoeft niet elk wissewasje in een protocol of procedure.',
      en: 'You put important agreements on paper. It helps when roles and responsibilities are clear, rules of play (spelregels) are explicit, and partners agree how decisions are made. At the same time, not every trifle needs a protocol or procedure.',
    },
    {
      nl: 'Bij overorganisatie gaat zoveel aandacht naar regels en routines dat er nauwelijks ruimte overblijft om te vernieuwen en samen vooruit te komen. Bij onderorganisatie beginnen partners enthousiast, maar komt de klad erin zodra onduidelijk wordt wie welke taken en verantwoordelijkheden heeft.',
      en: 'With over-organisation (overorganisatie) so much attention goes to rules and routines that there is hardly room left to innovate and move forward together. With under-organisation (onderorganisatie) partners start enthusiastically, but things stall as soon as it becomes unclear who has which tasks and responsibilities.',
    },
    {
      nl: 'Een gouden formule voor de juiste balans is er niet; elke samenwerking vraagt iets anders. Houd als vuistregel aan: organiseer zo licht als mogelijk en zo zwaar als nodig.',
      en: 'There is no golden formula for the right balance; every partnership needs something different. Keep to a rule of thumb: organise as light as possible and as heavy as necessary.',
    },
    {
      nl: 'Organiseer ook het achtje rond. Wat bestuurders of directeuren samen afspreken, leggen zij ook voor aan de managers en professionals in hun eigen organisatie. En andersom: wat professionals op de werkvloer samen opzetten, komt ook bij hun leidinggevenden op tafel.',
      en: 'Also close the figure of eight (achtje rond organiseren). What board members or directors agree together, they also put to the managers and professionals in their own organisation. And the other way round: what professionals on the shop floor set up together also reaches their managers\' table.',
    },
    {
      nl: 'Is de communicatie tussen de lagen niet goed geregeld, dan voelen medewerkers zich overvallen door alweer een nieuw regionaal initiatief. Of een waardevol project van de werkvloer blijft eenmalig en wordt nooit breder opgepakt.',
      en: 'If communication between the layers is not well arranged, staff feel ambushed by yet another regional initiative. Or a valuable project from the shop floor stays a one-off and is never taken up more widely.',
    },
  ],
  questions: [
    {
      id: 'organisation.roles',
      text: {
        nl: 'Welke rol heeft elke partner, en welke taken horen daarbij?',
        en: 'What role does each partner have, and which tasks come with it?',
      },
    },
    {
      id: 'organisation.responsibilities',
      text: {
        nl: 'Wie is waarvoor verantwoordelijk, en is dat voor iedereen duidelijk?',
        en: 'Who is responsible for what, and is that clear to everyone?',
      },
      help: {
        nl: 'Een RACI-overzicht helpt: per activiteit is precies één partner eindverantwoordelijk.',
        en: 'A RACI chart helps: for each activity exactly one partner is accountable.',
      },
    },
    {
      id: 'organisation.rules-of-play',
      text: {
        nl: 'Welke spelregels hanteren we, en hebben we ze expliciet gemaakt?',
        en: 'Which rules of play do we follow, and have we made them explicit?',
      },
    },
    {
      id: 'organisation.decision-making',
      text: {
        nl: 'Hoe nemen we besluiten, en wie beslist waarover?',
        en: 'How do we make decisions, and who decides on what?',
      },
      help: {
        nl: 'Kies een besluitvormingsregel die bij jullie past: consent, consensus, meerderheid, mandaat aan een penvoerder of DACI.',
        en: 'Choose a decision rule that suits you: consent, consensus, majority, mandate to a lead partner, or DACI.',
      },
    },
    {
      id: 'organisation.on-paper',
      text: {
        nl: 'Welke belangrijke afspraken leggen we op papier, en wat laten we bewust open?',
        en: 'Which important agreements do we put on paper, and what do we deliberately leave open?',
      },
    },
    {
      id: 'organisation.decisiveness-support',
      text: {
        nl: 'Is de balans tussen daadkracht en draagvlak goed?',
        en: 'Is the balance between decisiveness and support right?',
      },
    },
    {
      id: 'organisation.light-heavy',
      text: {
        nl: 'Organiseren we zo licht als mogelijk en zo zwaar als nodig, of is het te veel of te weinig?',
        en: 'Do we organise as light as possible and as heavy as necessary, or is it too much or too little?',
      },
    },
    {
      id: 'organisation.mandate',
      text: {
        nl: 'Welk mandaat heeft elke vertegenwoordiger van zijn of haar organisatie?',
        en: 'What mandate does each representative have from their organisation?',
      },
    },
    {
      id: 'organisation.figure-eight-down',
      text: {
        nl: 'Bespreken bestuurders en directeuren hun afspraken met de managers en professionals in hun eigen organisatie?',
        en: 'Do board members and directors discuss their agreements with the managers and professionals in their own organisation?',
      },
    },
    {
      id: 'organisation.figure-eight-up',
      text: {
        nl: 'Komen initiatieven van de werkvloer terecht bij de leidinggevenden, zodat ze breder kunnen worden opgepakt?',
        en: 'Do initiatives from the shop floor reach the managers, so that they can be taken up more widely?',
      },
    },
  ],
  tips: [
    {
      nl: 'Begin met een paar kernafspraken en breid pas uit als dat nodig blijkt.',
      en: 'Start with a few core agreements and only add more when it turns out to be necessary.',
    },
    {
      nl: 'Kies bewust een besluitvormingsregel en schrijf hem op, voordat het eerste lastige besluit komt.',
      en: 'Choose a decision rule deliberately and write it down before the first difficult decision comes up.',
    },
    {
      nl: 'Bespreek rollen en verantwoordelijkheden elke drie tot zes maanden opnieuw.',
      en: 'Revisit roles and responsibilities every three to six months.',
    },
    {
      nl: 'Spreek af wie na elk overleg terugkoppelt naar de eigen organisatie, en wanneer. Zo maak je het achtje rond.',
      en: 'Agree who reports back to their own organisation after each meeting, and when. That closes the figure of eight.',
    },
  ],
  pitfalls: [
    {
      id: 'organisation.over-organisation',
      name: { nl: 'Overorganisatie', en: 'Over-organisation (overorganisatie)' },
      description: {
        nl: 'Er gaat zoveel aandacht naar regels en routines dat er nauwelijks ruimte is om te vernieuwen en samen vooruit te komen.',
        en: 'So much attention goes to rules and routines that there is hardly room to innovate and move forward together.',
      },
    },
    {
      id: 'organisation.under-organisation',
      name: { nl: 'Onderorganisatie', en: 'Under-organisation (onderorganisatie)' },
      description: {
        nl: 'Partners gaan enthousiast van start, maar de klad komt erin zodra onduidelijk wordt wie welke taken en verantwoordelijkheden heeft.',
        en: 'Partners start enthusiastically, but things stall as soon as it becomes unclear who has which tasks and responsibilities.',
      },
    },
    {
      id: 'organisation.open-figure-eight',
      name: { nl: 'Het achtje is niet rond', en: 'The figure of eight is not closed' },
      description: {
        nl: 'Afspraken aan de bestuurstafel bereiken de werkvloer niet, of initiatieven van de werkvloer bereiken de leiding niet. Medewerkers voelen zich overvallen, of goede projecten blijven eenmalig.',
        en: 'Agreements at the board table do not reach the shop floor, or shop-floor initiatives do not reach management. Staff feel ambushed, or good projects stay one-offs.',
      },
    },
  ],
  sectionIds: ['roles', 'decisions', 'rules', 'communication', 'resources'],
});

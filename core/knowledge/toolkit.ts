// What established partnership toolkits add to the method: the sections a partnership
// agreement usually contains (parties, why, principles, what, period, structure,
// decisions and disputes, communication, resources, legal, review, exit), each with
// checklist questions, and the checklists for assessing partners and reviewing the
// partnership.

import { deepFreeze } from './freeze.js';
import type { Checklist, ToolkitSection } from './types.js';

/** Research merges these toolkits; items are not attributed to one toolkit each. */
const TOOLKIT_SOURCES = [
  'tpi-partnering-toolbook',
  'tpi-agreement-scorecard',
  'msp-guide',
  'conservation-gateway',
  'kunstenbond-agreement',
] as const;

export const TOOLKIT_SECTIONS: ToolkitSection[] = deepFreeze([
  {
    id: 'parties',
    number: 1,
    title: { nl: 'Partijen', en: 'Parties' },
    description: {
      nl: 'Wie doen er mee? Per partner de missie, de vertegenwoordigers en hun mandaat.',
      en: 'Who takes part? For each partner its mission, its representatives and their mandate.',
    },
    covers: [
      { nl: 'Naam en missie van elke partner', en: 'Name and mission of each partner' },
      { nl: 'Vertegenwoordigers en hun mandaat', en: 'Representatives and their mandate' },
    ],
    questions: [
      {
        id: 'toolkit.parties.mission',
        text: { nl: 'Wat is de missie van elke partner?', en: 'What is the mission of each partner?' },
      },
      {
        id: 'toolkit.parties.representatives',
        text: {
          nl: 'Wie vertegenwoordigt elke partner, en wat mag die persoon namens de organisatie beslissen?',
          en: 'Who represents each partner, and what may that person decide on behalf of the organisation?',
        },
      },
    ],
    sectionIds: ['partners'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'why',
    number: 2,
    title: { nl: 'Waarom', en: 'Why' },
    description: {
      nl: 'De visie, de gezamenlijke doelen en de eigen doelen van elke partner. Benoem de belangen van elke partij expliciet, op alle drie de niveaus.',
      en: 'The vision, the shared objectives and each partner\'s own objectives. State the interests of each party explicitly, on all three levels.',
    },
    covers: [
      { nl: 'Visie en gezamenlijke doelen', en: 'Vision and shared objectives' },
      { nl: 'Eigen doelen van elke partner', en: 'Each partner\'s own objectives' },
      { nl: 'De belangen van elke partij', en: 'The interests of each party' },
    ],
    questions: [
      {
        id: 'toolkit.why.own-objectives',
        text: {
          nl: 'Welke eigen doelen heeft elke partner naast de gezamenlijke doelen?',
          en: 'Which own objectives does each partner have besides the shared objectives?',
        },
      },
      {
        id: 'toolkit.why.success',
        text: {
          nl: 'Hoe definiëren we succes, en aan welke indicatoren zien we het?',
          en: 'How do we define success, and by which indicators do we see it?',
        },
      },
    ],
    sectionIds: ['ambition', 'interests'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'principles',
    number: 3,
    title: { nl: 'Principes', en: 'Principles' },
    description: {
      nl: 'De uitgangspunten van de samenwerking, zoals gelijkwaardigheid, transparantie en wederzijds voordeel.',
      en: 'The principles of the partnership, such as equity, transparency and mutual benefit.',
    },
    covers: [
      { nl: 'Gelijkwaardigheid', en: 'Equity' },
      { nl: 'Transparantie', en: 'Transparency' },
      { nl: 'Wederzijds voordeel', en: 'Mutual benefit' },
    ],
    questions: [
      {
        id: 'toolkit.principles.equity',
        text: {
          nl: 'Hoe zorgen we dat elke partner gelijkwaardig meedoet, ook als de een groter is dan de ander?',
          en: 'How do we make sure every partner takes part as an equal, even when one is larger than another?',
        },
      },
      {
        id: 'toolkit.principles.transparency',
        text: {
          nl: 'Wat delen we open met elkaar, en wat niet?',
          en: 'What do we share openly with each other, and what not?',
        },
      },
      {
        id: 'toolkit.principles.mutual-benefit',
        text: {
          nl: 'Heeft elke partner er voordeel van?',
          en: 'Does every partner benefit?',
        },
      },
    ],
    sectionIds: ['rules'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'what',
    number: 4,
    title: { nl: 'Wat', en: 'What' },
    description: {
      nl: 'De activiteiten, een globaal werkplan, de bijdrage van elke partner (ook in natura), rollen en verantwoordelijkheden, succesindicatoren en continuïteit.',
      en: 'The activities, an outline work plan, each partner\'s contribution (in kind too), roles and responsibilities, indicators of success and continuity.',
    },
    covers: [
      { nl: 'Activiteiten en globaal werkplan', en: 'Activities and outline work plan' },
      { nl: 'Bijdrage van elke partner, ook in natura', en: 'Each partner\'s contribution, in kind too' },
      { nl: 'Rollen en verantwoordelijkheden', en: 'Roles and responsibilities' },
      { nl: 'Succesindicatoren en continuïteit', en: 'Indicators of success and continuity' },
    ],
    questions: [
      {
        id: 'toolkit.what.activities',
        text: {
          nl: 'Welke activiteiten voeren we samen uit, en wanneer?',
          en: 'Which activities do we carry out together, and when?',
        },
      },
      {
        id: 'toolkit.what.contribution',
        text: {
          nl: 'Wat draagt elke partner bij, in geld, uren of in natura?',
          en: 'What does each partner contribute, in money, hours or in kind?',
        },
      },
      {
        id: 'toolkit.what.continuity',
        text: {
          nl: 'Hoe zorgen we dat het werk doorgaat als iemand wegvalt?',
          en: 'How do we make sure the work continues if someone drops out?',
        },
      },
    ],
    sectionIds: ['roles', 'resources', 'process'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'period',
    number: 5,
    title: { nl: 'Looptijd', en: 'Period' },
    description: {
      nl: 'Wanneer de samenwerking begint en eindigt, hoe je haar verlengt en hoe je haar beëindigt.',
      en: 'When the partnership starts and ends, how you extend it and how you end it.',
    },
    covers: [
      { nl: 'Start- en einddatum', en: 'Start and end date' },
      { nl: 'Verlenging', en: 'Extension' },
      { nl: 'Beëindiging', en: 'Termination' },
    ],
    questions: [
      {
        id: 'toolkit.period.dates',
        text: {
          nl: 'Wanneer begint de samenwerking, en wanneer loopt ze af?',
          en: 'When does the partnership start, and when does it end?',
        },
      },
      {
        id: 'toolkit.period.extension',
        text: {
          nl: 'Hoe en wanneer beslissen we over verlenging?',
          en: 'How and when do we decide on an extension?',
        },
      },
    ],
    sectionIds: ['period'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'structure',
    number: 6,
    title: { nl: 'Structuur', en: 'Structure' },
    description: {
      nl: 'Wie voorzitter of penvoerder is, welke werkgroepen er zijn en wat zij mogen, en hoe nieuwe partners kunnen aansluiten.',
      en: 'Who chairs or is lead partner, which working groups there are and what they may do, and how new partners can join.',
    },
    covers: [
      { nl: 'Voorzitter of penvoerder', en: 'Chair or lead partner' },
      { nl: 'Werkgroepen en hun bevoegdheden', en: 'Working groups and their powers' },
      { nl: 'Aansluiten van nieuwe partners', en: 'How new partners join' },
    ],
    questions: [
      {
        id: 'toolkit.structure.lead',
        text: {
          nl: 'Wie is voorzitter of penvoerder, en wat houdt die rol in?',
          en: 'Who is chair or lead partner, and what does that role involve?',
        },
      },
      {
        id: 'toolkit.structure.working-groups',
        text: {
          nl: 'Welke werkgroepen zijn er, en wat mogen zij zelf beslissen?',
          en: 'Which working groups are there, and what may they decide themselves?',
        },
      },
      {
        id: 'toolkit.structure.new-partners',
        text: {
          nl: 'Hoe kan een nieuwe partner aansluiten?',
          en: 'How can a new partner join?',
        },
      },
    ],
    sectionIds: ['roles', 'decisions'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'decisions-disputes',
    number: 7,
    title: { nl: 'Besluitvorming en geschillen', en: 'Decision making and disputes' },
    description: {
      nl: 'Hoe besluiten worden genomen, hoe je geschillen oplost en hoe partners verantwoording afleggen.',
      en: 'How decisions are made, how disputes are resolved and how partners account for what they do.',
    },
    covers: [
      { nl: 'Besluitvormingsregel', en: 'Decision rule' },
      { nl: 'Geschillenregeling', en: 'Dispute resolution' },
      { nl: 'Verantwoording', en: 'Accountability' },
    ],
    questions: [
      {
        id: 'toolkit.decisions-disputes.rule',
        text: {
          nl: 'Welke besluitvormingsregel gebruiken we voor welk soort besluit?',
          en: 'Which decision rule do we use for which kind of decision?',
        },
      },
      {
        id: 'toolkit.decisions-disputes.disputes',
        text: {
          nl: 'Wat doen we als we er samen niet uitkomen? Wie kan er bemiddelen?',
          en: 'What do we do when we cannot work it out together? Who can mediate?',
        },
      },
      {
        id: 'toolkit.decisions-disputes.accountability',
        text: {
          nl: 'Aan wie leggen we verantwoording af, en hoe?',
          en: 'To whom are we accountable, and how?',
        },
      },
    ],
    sectionIds: ['decisions'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'communication',
    number: 8,
    title: { nl: 'Communicatie', en: 'Communication' },
    description: {
      nl: 'Het ritme van overleg, vertegenwoordigers en hun vervangers, de agenda een week vooraf en een verslag achteraf.',
      en: 'The meeting rhythm, representatives and their substitutes, the agenda a week ahead and minutes afterwards.',
    },
    covers: [
      { nl: 'Overlegritme', en: 'Meeting rhythm' },
      { nl: 'Vertegenwoordigers en vervangers', en: 'Representatives and substitutes' },
      { nl: 'Agenda een week vooraf, verslag achteraf', en: 'Agenda a week ahead, minutes afterwards' },
    ],
    questions: [
      {
        id: 'toolkit.communication.rhythm',
        text: {
          nl: 'Hoe vaak overleggen we, en in welke vorm?',
          en: 'How often do we meet, and in what form?',
        },
      },
      {
        id: 'toolkit.communication.substitutes',
        text: {
          nl: 'Wie vervangt een vertegenwoordiger die er niet kan zijn?',
          en: 'Who stands in for a representative who cannot attend?',
        },
      },
      {
        id: 'toolkit.communication.agenda-minutes',
        text: {
          nl: 'Wie stuurt de agenda een week vooraf rond, en wie maakt het verslag?',
          en: 'Who sends the agenda round a week ahead, and who takes the minutes?',
        },
      },
    ],
    sectionIds: ['communication'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'resources',
    number: 9,
    title: { nl: 'Middelen', en: 'Resources' },
    description: {
      nl: 'Bijdragen in natura, fondsenwerving, financiële toezeggingen en de verdeling van kosten en opbrengsten.',
      en: 'In-kind contributions, fundraising, financial commitments and the split of costs and income.',
    },
    covers: [
      { nl: 'Bijdragen in natura', en: 'In-kind contributions' },
      { nl: 'Fondsenwerving en subsidies', en: 'Fundraising and subsidies' },
      { nl: 'Financiële toezeggingen', en: 'Financial commitments' },
      { nl: 'Verdeling van kosten en opbrengsten', en: 'Split of costs and income' },
    ],
    questions: [
      {
        id: 'toolkit.resources.commitments',
        text: {
          nl: 'Welke financiële toezeggingen doet elke partner?',
          en: 'Which financial commitments does each partner make?',
        },
      },
      {
        id: 'toolkit.resources.split',
        text: {
          nl: 'Hoe verdelen we kosten en opbrengsten?',
          en: 'How do we split costs and income?',
        },
      },
      {
        id: 'toolkit.resources.funding',
        text: {
          nl: 'Wie zoekt aanvullende middelen of subsidie, zoals een SPUK, en wie dient de aanvraag in?',
          en: 'Who looks for additional resources or subsidies, such as a SPUK, and who files the application?',
        },
      },
    ],
    sectionIds: ['resources'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'legal',
    number: 10,
    title: { nl: 'Juridisch', en: 'Legal' },
    description: {
      nl: 'Belangenverstrengeling, eigendom en gebruik van resultaten, vertrouwelijkheid, gebruik van logo\'s en de vorm van de afspraak: intentieverklaring, convenant of samenwerkingsovereenkomst.',
      en: 'Conflicts of interest, ownership and use of results, confidentiality, use of logos and the form of the agreement: letter of intent, covenant or contract.',
    },
    covers: [
      { nl: 'Belangenverstrengeling', en: 'Conflicts of interest' },
      { nl: 'Eigendom en gebruik van resultaten', en: 'Ownership and use of results' },
      { nl: 'Vertrouwelijkheid en logogebruik', en: 'Confidentiality and logo use' },
      { nl: 'Vorm: intentieverklaring, convenant of samenwerkingsovereenkomst', en: 'Form: letter of intent, covenant or contract' },
    ],
    questions: [
      {
        id: 'toolkit.legal.form',
        text: {
          nl: 'Welke vorm past bij onze afspraken: een intentieverklaring, een convenant of een samenwerkingsovereenkomst?',
          en: 'Which form suits our agreements: a letter of intent, a covenant or a contract?',
        },
      },
      {
        id: 'toolkit.legal.results',
        text: {
          nl: 'Van wie zijn de resultaten, en wie mag ze gebruiken?',
          en: 'Who owns the results, and who may use them?',
        },
      },
      {
        id: 'toolkit.legal.confidentiality',
        text: {
          nl: 'Wat is vertrouwelijk, en wie mag welk logo gebruiken?',
          en: 'What is confidential, and who may use which logo?',
        },
      },
      {
        id: 'toolkit.legal.conflicts-of-interest',
        text: {
          nl: 'Hoe gaan we om met belangenverstrengeling?',
          en: 'How do we deal with conflicts of interest?',
        },
      },
    ],
    sectionIds: ['rules'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'review',
    number: 11,
    title: { nl: 'Herijking', en: 'Review' },
    description: {
      nl: 'Wanneer je de afspraken opnieuw bekijkt, bijvoorbeeld als een partner toetreedt of vertrekt.',
      en: 'When you look at the agreements again, for example when a partner joins or leaves.',
    },
    covers: [
      { nl: 'Aanleidingen voor herijking', en: 'Triggers for a review' },
      { nl: 'Vaste momenten van herijking', en: 'Fixed moments for review' },
    ],
    questions: [
      {
        id: 'toolkit.review.triggers',
        text: {
          nl: 'Welke gebeurtenissen zijn aanleiding om de afspraken te herijken, zoals een partner die toetreedt of vertrekt?',
          en: 'Which events trigger a review of the agreements, such as a partner joining or leaving?',
        },
      },
      {
        id: 'toolkit.review.schedule',
        text: {
          nl: 'Op welke vaste momenten kijken we de afspraken opnieuw na?',
          en: 'At which fixed moments do we go over the agreements again?',
        },
      },
    ],
    sectionIds: ['process', 'period'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'exit',
    number: 12,
    title: { nl: 'Uittreden', en: 'Exit' },
    description: {
      nl: 'Wat er gebeurt als het misgaat, of als een partner wil stoppen.',
      en: 'What happens when things go badly, or when a partner wants to stop.',
    },
    covers: [
      { nl: 'Opzegging door een partner', en: 'A partner withdrawing' },
      { nl: 'Afwikkeling van lopende zaken en resultaten', en: 'Settling ongoing matters and results' },
    ],
    questions: [
      {
        id: 'toolkit.exit.leaving',
        text: {
          nl: 'Hoe kan een partner uittreden, en met welke opzegtermijn?',
          en: 'How can a partner leave, and with what notice period?',
        },
      },
      {
        id: 'toolkit.exit.settlement',
        text: {
          nl: 'Wat gebeurt er bij uittreden met lopende activiteiten, middelen en resultaten?',
          en: 'When a partner leaves, what happens to ongoing activities, resources and results?',
        },
      },
    ],
    sectionIds: ['period', 'rules'],
    sourceIds: [...TOOLKIT_SOURCES],
  },
]);

export const CHECKLISTS: Checklist[] = deepFreeze([
  {
    id: 'partner-assessment',
    title: { nl: 'Partner beoordelen', en: 'Assessing a partner' },
    purpose: {
      nl: 'Voor je met een nieuwe partner in zee gaat: wat weet je van deze organisatie?',
      en: 'Before you team up with a new partner: what do you know about this organisation?',
    },
    questions: [
      {
        id: 'check.partner-assessment.track-record',
        text: { nl: 'Wat heeft deze partner al eerder laten zien?', en: 'What track record does this partner have?' },
      },
      {
        id: 'check.partner-assessment.standing',
        text: {
          nl: 'Welke naam heeft de partner in de eigen sector en daarbuiten?',
          en: 'What standing does the partner have in its own sector and beyond?',
        },
      },
      {
        id: 'check.partner-assessment.contacts',
        text: {
          nl: 'Welke contacten wil de partner met ons delen?',
          en: 'Which contacts will the partner share with us?',
        },
      },
      {
        id: 'check.partner-assessment.complementary',
        text: {
          nl: 'Welke vaardigheden heeft de partner die onze eigen vaardigheden aanvullen?',
          en: 'Which of the partner\'s skills complement our own?',
        },
      },
      {
        id: 'check.partner-assessment.governance',
        text: {
          nl: 'Is de partner goed bestuurd en financieel gezond?',
          en: 'Is the partner well governed and financially stable?',
        },
      },
      {
        id: 'check.partner-assessment.stable-staff',
        text: {
          nl: 'Heeft de partner vaste mensen, zodat we niet steeds nieuwe gezichten aan tafel hebben?',
          en: 'Does the partner have stable staff, so that we do not keep seeing new faces at the table?',
        },
      },
      {
        id: 'check.partner-assessment.sticking-power',
        text: {
          nl: 'Houdt de partner vol als het moeilijk wordt?',
          en: 'Does the partner have sticking power when things get tough?',
        },
      },
    ],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'coherence',
    title: { nl: 'Sta ik erachter?', en: 'Am I behind it?' },
    purpose: {
      nl: 'Een eerlijke blik op je eigen houding, voordat je de samenwerking aangaat.',
      en: 'An honest look at your own attitude, before you enter the partnership.',
    },
    questions: [
      {
        id: 'check.coherence.crucial',
        text: {
          nl: 'Zie ik samenwerken als cruciaal voor wat we willen bereiken?',
          en: 'Do I see partnering as crucial to what we want to achieve?',
        },
      },
      {
        id: 'check.coherence.partners-want-success',
        text: {
          nl: 'Geloof ik dat mijn partners willen dat het slaagt?',
          en: 'Do I believe my partners want it to succeed?',
        },
      },
      {
        id: 'check.coherence.committed',
        text: { nl: 'Ben ik zelf echt gecommitteerd?', en: 'Am I really committed myself?' },
      },
      {
        id: 'check.coherence.assumptions',
        text: {
          nl: 'Ben ik bereid mijn eigen aannames ter discussie te stellen?',
          en: 'Am I willing to challenge my own assumptions?',
        },
      },
      {
        id: 'check.coherence.differences',
        text: {
          nl: 'Waardeer ik de verschillen tussen ons?',
          en: 'Do I value the differences between us?',
        },
      },
    ],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'assessment',
    title: { nl: 'De samenwerking doorlichten', en: 'Assessing the partnership' },
    purpose: {
      nl: 'Staat de samenwerking op een stevig fundament? Gebruik deze vragen bij de start en als het ergens wringt.',
      en: 'Does the partnership stand on a firm foundation? Use these questions at the start and whenever something chafes.',
    },
    questions: [
      {
        id: 'check.assessment.selection',
        text: {
          nl: 'Hoe hebben we deze partner gekozen?',
          en: 'How did we select this partner?',
        },
      },
      {
        id: 'check.assessment.dependence',
        text: {
          nl: 'Op welke punten zijn we afhankelijk van de samenwerking?',
          en: 'Where do we depend on the partnership?',
        },
      },
      {
        id: 'check.assessment.risks',
        text: {
          nl: 'Welke risico\'s loopt elke organisatie?',
          en: 'Which risks does each organisation run?',
        },
      },
      {
        id: 'check.assessment.values',
        text: {
          nl: 'Passen onze waarden bij elkaar, en past de samenwerking bij de missie van elke partner?',
          en: 'Are our values compatible, and does the partnership fit the mission of each partner?',
        },
      },
      {
        id: 'check.assessment.common-goal',
        text: {
          nl: 'Hebben we een gemeenschappelijk doel, met realistische en meetbare doelstellingen?',
          en: 'Do we have a common goal, with realistic and measurable objectives?',
        },
      },
      {
        id: 'check.assessment.success',
        text: { nl: 'Hoe bepalen we wanneer we succesvol zijn?', en: 'How do we define success?' },
      },
      {
        id: 'check.assessment.trust',
        text: {
          nl: 'Hoeveel vertrouwen is er tussen de partners?',
          en: 'What is the level of trust between the partners?',
        },
      },
      {
        id: 'check.assessment.all-levels',
        text: {
          nl: 'Delen zowel bestuur als uitvoering in elke organisatie de doelen? Is het achtje rond?',
          en: 'Are the aims shared by both senior and operational management in each organisation? Is the figure of eight closed?',
        },
      },
      {
        id: 'check.assessment.roles-jointly',
        text: {
          nl: 'Hebben we de rollen samen vastgesteld?',
          en: 'Did we define the roles jointly?',
        },
      },
      {
        id: 'check.assessment.monitoring',
        text: {
          nl: 'Hoe vaak kijken we hoe het gaat?',
          en: 'How often do we monitor how it is going?',
        },
      },
    ],
    sourceIds: [...TOOLKIT_SOURCES],
  },
  {
    id: 'review',
    title: { nl: 'Tussentijds terugkijken', en: 'Interim review' },
    purpose: {
      nl: 'Voor de informele beoordeling en de reflectiebijeenkomst: werkt de samenwerking nog zoals bedoeld?',
      en: 'For the informal check and the reflection workshop: does the partnership still work as intended?',
    },
    questions: [
      {
        id: 'check.review.roles-comfortable',
        text: {
          nl: 'Voelen we ons nog goed bij onze rollen?',
          en: 'Are we still comfortable with our roles?',
        },
      },
      {
        id: 'check.review.purpose-clear',
        text: { nl: 'Is het doel nog helder?', en: 'Is the purpose still clear?' },
      },
      {
        id: 'check.review.achieving',
        text: {
          nl: 'Bereiken we de gezamenlijke doelen, en haalt elke partner er ook het eigen voordeel uit?',
          en: 'Are we achieving the shared aims, and does every partner also get its own benefits?',
        },
      },
      {
        id: 'check.review.resources',
        text: { nl: 'Zijn er genoeg middelen?', en: 'Are there enough resources?' },
      },
      {
        id: 'check.review.fair-share',
        text: {
          nl: 'Is het werk eerlijk verdeeld?',
          en: 'Is the work shared fairly?',
        },
      },
      {
        id: 'check.review.joint-decisions',
        text: {
          nl: 'Nemen we besluiten nog echt samen?',
          en: 'Are decisions still really made jointly?',
        },
      },
    ],
    sourceIds: [...TOOLKIT_SOURCES],
  },
]);

export function findToolkitSection(id: string): ToolkitSection | undefined {
  return TOOLKIT_SECTIONS.find((s) => s.id === id);
}

export function findChecklist(id: string): Checklist | undefined {
  return CHECKLISTS.find((c) => c.id === id);
}

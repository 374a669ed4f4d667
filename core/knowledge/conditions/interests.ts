// Condition 2, Belangen: interests on three levels (collective, organisation, personal),
// interests rather than positions (standpunten), halen en brengen, common ground, and
// the pitfall loopgravenstrijd.

import { deepFreeze } from '../freeze.js';
import type { Condition, InterestLevel } from '../types.js';

export const INTEREST_LEVELS: InterestLevel[] = deepFreeze([
  {
    id: 'collective',
    label: { nl: 'Collectieve belangen', en: 'Collective interests' },
    explanation: {
      nl: 'Maatschappelijke belangen die partners delen. Hierover vinden partners elkaar meestal makkelijk, en er wordt veel over gepraat.',
      en: 'Social interests that partners share. Partners usually agree on these easily, and they are much talked about.',
    },
    example: {
      nl: 'Laaggeletterdheid voorkomen; kansengelijkheid stimuleren.',
      en: 'Preventing low literacy; promoting equal opportunities.',
    },
    sensitive: false,
  },
  {
    id: 'organisation',
    label: { nl: 'Organisatiebelangen', en: 'Organisational interests' },
    explanation: {
      nl: 'Wat een deelnemende organisatie zelf uit de samenwerking wil halen.',
      en: 'What a participating organisation itself wants to get out of the partnership.',
    },
    example: {
      nl: 'De school wil leertijd buiten schooltijd organiseren; de bibliotheek wil de doelgroep al vroeg kennis laten maken met literatuur.',
      en: 'The school wants to organise learning time outside school hours; the library wants the target group to get to know literature early on.',
    },
    sensitive: false,
  },
  {
    id: 'personal',
    label: { nl: 'Persoonlijke belangen', en: 'Personal interests' },
    explanation: {
      nl: 'Wat voor de mensen aan tafel zelf belangrijk is. Deze belangen zijn gevoelig: ze blijven bij wie ze noteert, tenzij die ze bewust deelt.',
      en: 'What matters to the people at the table themselves. These interests are sensitive: they stay with whoever notes them, unless that person deliberately shares them.',
    },
    example: {
      nl: 'Een schooldirecteur moet de taalresultaten verbeteren; een bibliotheekbestuurder gaat binnenkort met pensioen en wil liever niet te veel veranderen.',
      en: 'A head teacher has been told to improve language results; a library director retires soon and would rather not change too much.',
    },
    sensitive: true,
  },
]);

export const INTERESTS: Condition = deepFreeze({
  id: 'interests',
  number: 2,
  title: { nl: 'Belangen', en: 'Interests' },
  action: { nl: 'Bespreek de belangen', en: 'Discuss the interests' },
  summary: {
    nl: 'Breng open op tafel wat voor elke partner belangrijk is, collectief, als organisatie en persoonlijk, zodat je samen een gemeenschappelijke basis (common ground) vindt.',
    en: 'Put openly on the table what matters to each partner, collectively, as an organisation and personally, so that together you find common ground.',
  },
  explanation: [
    {
      nl: 'Het woord "belang" klinkt soms negatief of politiek. Maar het betekent gewoon: wat voor jou belangrijk of waardevol is. In elke samenwerking spelen belangen, en wel op drie niveaus.',
      en: 'The word "interest" sometimes sounds negative or political. But it simply means: what is important or valuable to you. Interests play a part in every partnership, on three levels.',
    },
    {
      nl: 'Collectieve of maatschappelijke belangen, zoals laaggeletterdheid voorkomen of kansengelijkheid stimuleren. Hierover vinden partners elkaar meestal goed.',
      en: 'Collective or social interests, such as preventing low literacy or promoting equal opportunities. Partners usually agree on these easily.',
    },
    {
      nl: 'Organisatiebelangen. Een school wil bijvoorbeeld leertijd buiten schooltijd organiseren, en de bibliotheek wil kinderen al vroeg kennis laten maken met literatuur.',
      en: 'Organisational interests. A school may want to organise learning time outside school hours, and the library wants children to get to know literature early on.',
    },
    {
      nl: 'Persoonlijke belangen. Denk aan een schooldirecteur die de taalresultaten moet verbeteren, of een bestuurder die bijna met pensioen gaat en weinig wil veranderen. Ga hier zorgvuldig mee om: persoonlijke belangen zijn gevoelig.',
      en: 'Personal interests. Think of a head teacher who has to improve language results, or a director who is about to retire and wants little change. Handle these with care: personal interests are sensitive.',
    },
    {
      nl: 'Of je het leuk vindt of niet, belangen spelen altijd mee. Het gaat vaak mis als ze niet op tafel komen en we in standpunten praten: "de gemeente moet zoveel procent meer budget geven" of "de leestijd in de klas moet zoveel uur omhoog". Dan beland je snel in een loopgravenstrijd.',
      en: 'Like it or not, interests always play a part. Things often go wrong when they stay off the table and we talk in positions (standpunten): "the municipality must give so many percent more budget" or "reading time in class must go up by so many hours". Then you quickly end up in trench warfare (loopgravenstrijd).',
    },
    {
      nl: 'Ga dan een laag dieper en vraag: waarom is meer budget zo belangrijk voor jullie? Blijkt dat de bibliotheek zonder extra geld omvalt, dan denkt de gemeente eerder mee; een gemeente zonder bibliotheek is ook niet in haar belang. Praat dus open over wat je komt halen en brengen. Zo doe je recht aan ieders belangen en vind je samen een gemeenschappelijke basis.',
      en: 'Then go one layer deeper and ask: why is more budget so important to you? If it turns out the library will collapse without extra money, the municipality is more inclined to think along; a municipality without a library is not in its interest either. So talk openly about what you come to get and to bring (halen en brengen). That way you do justice to everyone\'s interests and find common ground together.',
    },
  ],
  questions: [
    {
      id: 'interests.collective',
      text: {
        nl: 'Welke collectieve, maatschappelijke belangen delen we?',
        en: 'Which collective, social interests do we share?',
      },
    },
    {
      id: 'interests.organisation',
      text: {
        nl: 'Wat wil elke organisatie zelf uit deze samenwerking halen?',
        en: 'What does each organisation itself want to get out of this partnership?',
      },
    },
    {
      id: 'interests.personal',
      text: {
        nl: 'Welke persoonlijke belangen spelen er, ook bij mijzelf?',
        en: 'Which personal interests are at play, including my own?',
      },
      help: {
        nl: 'Persoonlijke belangen zijn gevoelig. Noteer ze voor jezelf en deel ze alleen als je dat bewust kiest.',
        en: 'Personal interests are sensitive. Note them for yourself and only share them if you deliberately choose to.',
      },
    },
    {
      id: 'interests.behind-positions',
      text: {
        nl: 'Welke standpunten horen we, en welk belang zit erachter?',
        en: 'Which positions do we hear, and which interest lies behind them?',
      },
      help: {
        nl: 'Vraag door: "Waarom is dat zo belangrijk voor je?" Zo kom je van een standpunt bij het belang.',
        en: 'Ask further: "Why is that so important to you?" That gets you from a position to the interest.',
      },
    },
    {
      id: 'interests.get-and-bring',
      text: {
        nl: 'Wat komt elke partner halen en brengen?',
        en: 'What does each partner come to get and to bring?',
      },
    },
    {
      id: 'interests.on-the-table',
      text: {
        nl: 'Liggen alle belangen echt op tafel, of houdt iemand de kaarten tegen de borst?',
        en: 'Are all interests really on the table, or is someone keeping their cards close to their chest?',
      },
    },
    {
      id: 'interests.common-ground',
      text: {
        nl: 'Waar overlappen onze belangen? Wat is onze gemeenschappelijke basis?',
        en: 'Where do our interests overlap? What is our common ground?',
      },
    },
    {
      id: 'interests.do-justice',
      text: {
        nl: 'Doen onze afspraken recht aan de belangen van elke partner?',
        en: 'Do our agreements do justice to the interests of every partner?',
      },
    },
  ],
  tips: [
    {
      nl: 'Maak per partner een overzicht van de belangen op de drie niveaus: collectief, organisatie en persoonlijk.',
      en: 'For each partner, list the interests on the three levels: collective, organisation and personal.',
    },
    {
      nl: 'Begin bij de collectieve belangen, daar vind je elkaar het snelst. Ga daarna een laag dieper.',
      en: 'Start with the collective interests, where you find each other fastest. Then go one layer deeper.',
    },
    {
      nl: 'Hoor je een standpunt, vraag dan door naar het belang erachter.',
      en: 'When you hear a position, ask about the interest behind it.',
    },
    {
      nl: 'Ga zorgvuldig om met persoonlijke belangen: bespreek ze in vertrouwen en schrijf ze niet op zonder toestemming.',
      en: 'Handle personal interests with care: discuss them in confidence and do not write them down without consent.',
    },
  ],
  pitfalls: [
    {
      id: 'interests.trench-warfare',
      name: { nl: 'Loopgravenstrijd', en: 'Trench warfare (loopgravenstrijd)' },
      description: {
        nl: 'Partners praten alleen in standpunten. Je bent het fundamenteel oneens, schiet in de overtuigingsmodus en houdt de kaarten tegen de borst. Van samenwerken is dan geen sprake meer.',
        en: 'Partners talk only in positions. You fundamentally disagree, switch to persuasion mode and keep your cards close to your chest. There is no collaboration left.',
      },
    },
    {
      id: 'interests.hidden',
      name: { nl: 'Belangen onder tafel', en: 'Interests under the table' },
      description: {
        nl: 'Belangen spelen altijd mee, maar niemand benoemt ze. Daardoor begrijpen partners elkaars reacties niet en vind je geen gemeenschappelijke basis.',
        en: 'Interests always play a part, but nobody names them. Partners then do not understand each other\'s reactions and you find no common ground.',
      },
    },
  ],
  sectionIds: ['interests', 'partners'],
});

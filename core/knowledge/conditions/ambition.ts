// Condition 1, Gezamenlijke ambitie: a meaningful shared ambition, the formula
// A = B × C × D (Ambitie = Belofte × Commitment × Doen) and the pitfall schijnsamenwerking.

import { deepFreeze } from '../freeze.js';
import type { AmbitionFactor, Condition, Localized } from '../types.js';

/** The ambition formula as the UI shows it. Multiplicative: one zero factor, no ambition. */
export const AMBITION_FORMULA: { expression: string; spelledOut: Localized; explanation: Localized } = deepFreeze({
  expression: 'A = B × C × D',
  spelledOut: {
    nl: 'Ambitie = Belofte × Commitment × Doen',
    en: 'Ambition = Promise (Belofte) × Commitment × Doing (Doen)',
  },
  explanation: {
    nl: 'Een inspirerende ambitie bevat een concrete belofte, zorgt dat de partners zich eraan committeren en zet hen in beweging. Het is een vermenigvuldiging: is één factor nul, dan is er geen ambitie.',
    en: 'An inspiring ambition holds a concrete promise, makes the partners commit to it and sets them in motion. It is a multiplication: if one factor is zero, there is no ambition.',
  },
});

export const AMBITION_FACTORS: AmbitionFactor[] = deepFreeze([
  {
    id: 'promise',
    letter: 'B',
    label: { nl: 'Belofte', en: 'Promise' },
    explanation: {
      nl: 'Wat beloven we samen waar te maken? Een goede belofte is concreet en voor iedereen inspirerend.',
      en: 'What do we promise to achieve together? A good promise is concrete and inspiring for everyone.',
    },
    question: {
      nl: 'Welke concrete belofte doen we met elkaar?',
      en: 'What concrete promise do we make to each other?',
    },
  },
  {
    id: 'commitment',
    letter: 'C',
    label: { nl: 'Commitment', en: 'Commitment' },
    explanation: {
      nl: 'Verbindt elke partner zich echt aan de samenwerking, met tijd, mensen of middelen?',
      en: 'Does every partner really commit to the partnership, with time, people or resources?',
    },
    question: {
      nl: 'Waaruit blijkt dat elke partner zich aan de ambitie verbindt?',
      en: 'What shows that every partner commits to the ambition?',
    },
  },
  {
    id: 'action',
    letter: 'D',
    label: { nl: 'Doen', en: 'Doing' },
    explanation: {
      nl: 'Komen we in beweging? Een ambitie zonder concrete stappen blijft een mooi woord.',
      en: 'Do we get moving? An ambition without concrete steps stays a nice word.',
    },
    question: {
      nl: 'Wat gaan we de komende tijd concreet doen?',
      en: 'What are we concretely going to do in the coming period?',
    },
  },
]);

export const AMBITION: Condition = deepFreeze({
  id: 'ambition',
  number: 1,
  title: { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
  action: { nl: 'Werk aan een betekenisvolle, gezamenlijke ambitie', en: 'Work on a meaningful, shared ambition' },
  summary: {
    nl: 'Een sterke gezamenlijke ambitie is helder, geeft richting, is te vertalen naar concrete doelen en betekent zoveel dat alle partners zich eraan willen verbinden.',
    en: 'A strong shared ambition is clear, gives direction, can be translated into concrete goals and means so much that all partners want to commit to it.',
  },
  explanation: [
    {
      nl: 'Samenwerken vanuit een gezamenlijke ambitie lijkt logisch. Maar hebben jullie echt hetzelfde voor ogen? Wat bedoelen jullie bijvoorbeeld met "een leven lang ontwikkelen" of met "sociale inclusie bevorderen"?',
      en: 'Working from a shared ambition seems obvious. But do you really have the same thing in mind? What do you mean, for example, by "lifelong development" or by "promoting social inclusion"?',
    },
    {
      nl: 'Een sterke ambitie is helder en geeft richting. Je kunt haar vertalen naar concrete doelen, en ze is zo betekenisvol dat partners zich er samen aan willen committeren. De kunst is een ambitie te vinden die iedereen inspireert en die ook past bij de doelen van elke partner.',
      en: 'A strong ambition is clear and gives direction. You can translate it into concrete goals, and it is so meaningful that partners want to commit to it together. The art is to find an ambition that inspires everyone and also fits the goals of each partner.',
    },
    {
      nl: 'Lukt dat niet, dan dreigt een schijnsamenwerking: partners zitten geregeld om tafel en praten veel, maar er komt weinig uit. Stap voor stap lekt de energie weg.',
      en: 'If that fails, a sham collaboration (schijnsamenwerking) looms: partners meet regularly and talk a lot, but little comes of it. Step by step the energy drains away.',
    },
    {
      nl: 'Praat daarom met elkaar over de ambitie en over hoe je haar vertaalt. Dat is geen eenmalige oefening: een ambitie vraagt regelmatig om actualisatie en herijking. Wat we nu onder sociale inclusie verstaan, is heel anders dan tien jaar geleden.',
      en: 'So talk with each other about the ambition and how you translate it. That is not a one-off exercise: an ambition regularly needs updating and re-calibrating. What we understand by social inclusion today is very different from ten years ago.',
    },
    {
      nl: 'Een geheugensteuntje bij het opstellen en herijken is de formule A = B × C × D: Ambitie = Belofte × Commitment × Doen. Een inspirerende ambitie bevat een concrete belofte, zorgt dat partners zich committeren en zet hen in beweging. Omdat het een vermenigvuldiging is, geldt: is één factor nul, dan is er geen ambitie.',
      en: 'A reminder for drafting and re-calibrating is the formula A = B × C × D: Ambition = Promise (Belofte) × Commitment × Doing (Doen). An inspiring ambition holds a concrete promise, makes partners commit and sets them in motion. Because it is a multiplication: if one factor is zero, there is no ambition.',
    },
  ],
  questions: [
    {
      id: 'ambition.shared-meaning',
      text: {
        nl: 'Wat verstaan we precies onder onze ambitie? Zou elke partner haar in eigen woorden op dezelfde manier uitleggen?',
        en: 'What exactly do we mean by our ambition? Would every partner explain it in their own words in the same way?',
      },
      help: {
        nl: 'Grote woorden als "sociale inclusie" betekenen voor iedereen iets anders. Laat elke partner de ambitie navertellen en vergelijk.',
        en: 'Big words like "social inclusion" mean something different to everyone. Let each partner retell the ambition and compare.',
      },
    },
    {
      id: 'ambition.direction',
      text: {
        nl: 'Is de ambitie helder genoeg om richting te geven aan wat we wel en niet doen?',
        en: 'Is the ambition clear enough to guide what we do and do not do?',
      },
    },
    {
      id: 'ambition.concrete-goals',
      text: {
        nl: 'Naar welke concrete doelen vertalen we de ambitie?',
        en: 'Into which concrete goals do we translate the ambition?',
      },
    },
    {
      id: 'ambition.inspiring',
      text: {
        nl: 'Vindt elke partner de ambitie inspirerend en betekenisvol?',
        en: 'Does every partner find the ambition inspiring and meaningful?',
      },
    },
    {
      id: 'ambition.partner-goals',
      text: {
        nl: 'Sluit de ambitie aan bij de doelen van elke partner?',
        en: 'Does the ambition fit the goals of every partner?',
      },
    },
    {
      id: 'ambition.promise',
      text: { nl: 'Welke concrete belofte doen we met elkaar? (B)', en: 'What concrete promise do we make to each other? (B)' },
      help: {
        nl: 'B staat voor Belofte in A = B × C × D.',
        en: 'B stands for Belofte (promise) in A = B × C × D.',
      },
    },
    {
      id: 'ambition.commitment',
      text: {
        nl: 'Waaruit blijkt dat elke partner zich aan de ambitie verbindt? (C)',
        en: 'What shows that every partner commits to the ambition? (C)',
      },
      help: {
        nl: 'C staat voor Commitment: tijd, mensen of middelen die een partner echt inzet.',
        en: 'C stands for Commitment: time, people or resources a partner really puts in.',
      },
    },
    {
      id: 'ambition.action',
      text: {
        nl: 'Wat gaan we de komende tijd concreet doen? (D)',
        en: 'What are we concretely going to do in the coming period? (D)',
      },
      help: {
        nl: 'D staat voor Doen. Is één van de drie factoren nul, dan is er geen ambitie.',
        en: 'D stands for Doen (doing). If one of the three factors is zero, there is no ambition.',
      },
    },
    {
      id: 'ambition.progress',
      text: {
        nl: 'Boeken we voortgang en resultaat, of praten we vooral met elkaar?',
        en: 'Are we making progress and getting results, or mainly talking?',
      },
      help: {
        nl: 'Veel overleg en weinig resultaat is het kenmerk van een schijnsamenwerking.',
        en: 'Many meetings and few results are the mark of a sham collaboration (schijnsamenwerking).',
      },
    },
    {
      id: 'ambition.recalibrate',
      text: {
        nl: 'Wanneer bespreken we de ambitie opnieuw, en past ze nog bij deze tijd?',
        en: 'When do we discuss the ambition again, and does it still fit the times?',
      },
    },
  ],
  tips: [
    {
      nl: 'Laat elke partner de ambitie in eigen woorden opschrijven en leg de versies naast elkaar.',
      en: 'Have each partner write down the ambition in their own words and put the versions side by side.',
    },
    {
      nl: 'Houd de ambitie kort: een of twee zinnen die iedereen kan navertellen.',
      en: 'Keep the ambition short: one or two sentences everyone can retell.',
    },
    {
      nl: 'Loop Belofte, Commitment en Doen apart na. Waar staat een nul?',
      en: 'Go through Promise, Commitment and Doing one by one. Where is there a zero?',
    },
    {
      nl: 'Plan een vast moment, bijvoorbeeld eens per jaar, om de ambitie te herijken.',
      en: 'Plan a fixed moment, for example once a year, to re-calibrate the ambition.',
    },
  ],
  pitfalls: [
    {
      id: 'ambition.sham-collaboration',
      name: { nl: 'Schijnsamenwerking', en: 'Sham collaboration (schijnsamenwerking)' },
      description: {
        nl: 'Je komt bij elkaar en voert gesprekken, maar er is nauwelijks voortgang of resultaat. Langzaam verdwijnt de energie uit de samenwerking. Vaak inspireert de ambitie niet iedereen, of sluit ze niet aan bij de doelen van alle partners.',
        en: 'You meet and have conversations, but there is hardly any progress or result. Slowly the energy drains from the partnership. Often the ambition does not inspire everyone, or does not fit the goals of all partners.',
      },
    },
    {
      id: 'ambition.one-off',
      name: { nl: 'Ambitie in de la', en: 'Ambition in a drawer' },
      description: {
        nl: 'De ambitie is één keer opgeschreven en daarna niet meer besproken. Intussen verandert de wereld, en wat woorden als "sociale inclusie" betekenen verandert mee.',
        en: 'The ambition was written down once and never discussed again. Meanwhile the world changes, and so does what words like "social inclusion" mean.',
      },
    },
  ],
  sectionIds: ['ambition'],
});

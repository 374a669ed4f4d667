// Condition 5, Proces: a partnership's own timeline (rarely linear), safety and trust
// through a clear shared process, periodic reflection outside the regular agenda with the
// method's three reflection questions, and celebrating successes.

import { deepFreeze } from '../freeze.js';
import type { Condition } from '../types.js';

export const PROCESS: Condition = deepFreeze({
  id: 'process',
  number: 5,
  title: { nl: 'Proces', en: 'Process' },
  action: { nl: 'Besteed aandacht aan het proces', en: 'Pay attention to the process' },
  summary: {
    nl: 'Geef de samenwerking een helder gezamenlijk proces, met een eigen tijdspad, momenten van periodieke reflectie en tijd om successen te vieren.',
    en: 'Give the partnership a clear shared process, with its own timeline, moments of periodic reflection and time to celebrate successes.',
  },
  explanation: [
    {
      nl: 'Elke samenwerking heeft een eigen tijdspad. De stappen lijken vaak op elkaar, maar het verloop is zelden lineair: er zijn omwegen, pauzes en soms een stap terug.',
      en: 'Every partnership has its own timeline. The steps are often similar, but the course is rarely linear: there are detours, pauses and sometimes a step back.',
    },
    {
      nl: 'Vooral als er veel op het spel staat en partners verschillende belangen en verwachtingen hebben, zorgt een helder gezamenlijk proces voor veiligheid en vertrouwen.',
      en: 'Especially when much is at stake and partners have different interests and expectations, a clear shared process provides safety and trust.',
    },
    {
      nl: 'Een goed proces heeft ruimte voor periodieke reflectie: bijeenkomsten buiten de gewone agenda om, waarin je samen de samenwerking evalueert. Is de ambitie nog steeds helder en onderscheidend? Doen we recht aan de wederzijdse belangen? Hebben we het goed met elkaar? Zo blijft de samenwerking vitaal, en merk je op tijd dat een partner minder betrokken raakt of zelfs wil afhaken.',
      en: 'A good process makes room for periodic reflection: meetings outside the regular agenda in which you evaluate the partnership together. Is the ambition still clear and distinctive? Do we do justice to each other\'s interests? Are we getting on well together? That keeps the partnership vital, and you notice in time when a partner becomes less involved or even wants to drop out.',
    },
    {
      nl: 'Vergeet ten slotte niet om successen te vieren. In de drukte van gezamenlijke projecten schiet dat er vaak bij in. Terwijl juist zulke momenten de brandstof zijn voor de volgende stap.',
      en: 'Finally, do not forget to celebrate successes. In the bustle of joint projects it often gets skipped. Yet such moments are the very fuel for the next step.',
    },
  ],
  questions: [
    {
      id: 'process.timeline',
      text: {
        nl: 'Hoe ziet ons gezamenlijke tijdspad eruit, en wat zijn de mijlpalen?',
        en: 'What does our shared timeline look like, and what are the milestones?',
      },
    },
    {
      id: 'process.next-step',
      text: {
        nl: 'Weet elke partner welke stap nu aan de beurt is en wat daarna komt?',
        en: 'Does every partner know which step is up now and what comes next?',
      },
    },
    {
      id: 'process.not-linear',
      text: {
        nl: 'Wat doen we als het anders loopt dan gepland?',
        en: 'What do we do when things go differently than planned?',
      },
    },
    {
      id: 'process.safety',
      text: {
        nl: 'Geeft ons proces genoeg veiligheid en vertrouwen om ook spannende onderwerpen te bespreken?',
        en: 'Does our process give enough safety and trust to discuss tense subjects as well?',
      },
    },
    {
      id: 'process.reflection-planned',
      text: {
        nl: 'Wanneer staan onze momenten van periodieke reflectie gepland, buiten de gewone agenda om?',
        en: 'When are our moments of periodic reflection planned, outside the regular agenda?',
      },
    },
    {
      id: 'process.reflect-ambition',
      text: {
        nl: 'Is de ambitie nog steeds helder en onderscheidend?',
        en: 'Is the ambition still clear and distinctive?',
      },
      help: {
        nl: 'Een van de drie vragen voor periodieke reflectie.',
        en: 'One of the three questions for periodic reflection.',
      },
    },
    {
      id: 'process.reflect-interests',
      text: {
        nl: 'Doen we recht aan de wederzijdse belangen?',
        en: 'Do we do justice to each other\'s interests?',
      },
      help: {
        nl: 'Een van de drie vragen voor periodieke reflectie.',
        en: 'One of the three questions for periodic reflection.',
      },
    },
    {
      id: 'process.reflect-relationship',
      text: {
        nl: 'Hebben we het goed met elkaar?',
        en: 'Are we getting on well together?',
      },
      help: {
        nl: 'Een van de drie vragen voor periodieke reflectie.',
        en: 'One of the three questions for periodic reflection.',
      },
    },
    {
      id: 'process.involvement',
      text: {
        nl: 'Zijn alle partners nog betrokken, of dreigt er iemand af te haken?',
        en: 'Are all partners still involved, or is someone about to drop out?',
      },
    },
    {
      id: 'process.celebrate',
      text: {
        nl: 'Welke successen hebben we bereikt, en hoe vieren we ze?',
        en: 'Which successes have we achieved, and how do we celebrate them?',
      },
    },
  ],
  tips: [
    {
      nl: 'Maak samen een tijdspad met mijlpalen, en reken niet op een rechte lijn.',
      en: 'Draw up a timeline with milestones together, and do not count on a straight line.',
    },
    {
      nl: 'Plan de reflectiemomenten ruim vooruit, los van het gewone overleg.',
      en: 'Plan the reflection moments well ahead, separate from regular meetings.',
    },
    {
      nl: 'Doe een gezondheidscheck: elke partner geeft elke conditie een kleur, rood, oranje of groen, en samen bespreek je de verschillen.',
      en: 'Do a health check: each partner gives each condition a colour, red, amber or green, and together you discuss the differences.',
    },
    {
      nl: 'Zet successen vieren op de agenda, ook bij kleine successen. Een bericht aan alle partners of een taart op tafel is al een begin.',
      en: 'Put celebrating successes on the agenda, small ones too. A message to all partners or a cake on the table is already a start.',
    },
  ],
  pitfalls: [
    {
      id: 'process.dropping-out',
      name: { nl: 'Partners haken af', en: 'Partners drop out' },
      description: {
        nl: 'Zonder momenten van reflectie merkt niemand dat de ambitie vervaagt of dat belangen niet meer tot hun recht komen. Partners raken minder betrokken en haken stilletjes af.',
        en: 'Without moments of reflection nobody notices that the ambition is fading or that interests no longer get their due. Partners become less involved and quietly drop out.',
      },
    },
    {
      id: 'process.forgotten-successes',
      name: { nl: 'Successen vergeten', en: 'Forgotten successes' },
      description: {
        nl: 'Iedereen werkt hard, maar niemand staat stil bij wat er bereikt is. Zo mist de samenwerking de brandstof voor de volgende stap.',
        en: 'Everyone works hard, but nobody stops to notice what has been achieved. The partnership then misses the fuel for the next step.',
      },
    },
  ],
  sectionIds: ['process', 'period'],
});

/** The three questions of a periodic reflection, as the method asks them. */
export const REFLECTION_QUESTION_IDS = [
  'process.reflect-ambition',
  'process.reflect-interests',
  'process.reflect-relationship',
] as const;

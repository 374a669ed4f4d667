// Getting started: the three practical ways in that the method offers — determine your
// own starting point (halen en brengen, an honest look at costs and benefits), start
// small, and organise your own support — each with questions.

import { deepFreeze } from './freeze.js';
import type { GettingStartedStep } from './types.js';

export const GETTING_STARTED: GettingStartedStep[] = deepFreeze([
  {
    id: 'starting-point',
    number: 1,
    title: { nl: 'Bepaal je eigen startpunt', en: 'Determine your own starting point' },
    description: {
      nl: 'Denk goed na over de samenwerking en over wat die jou moet opleveren. Zet op een rij wat je wilt halen en brengen, wie er mee zouden kunnen doen en wat hun belangen zijn. En wees eerlijk tegen jezelf: weegt de investering op tegen wat je ervan verwacht?',
      en: 'Think carefully about the partnership and what it should bring you. List what you want to get and to bring (halen en brengen), who could take part and what their interests are. And be honest with yourself: does the investment outweigh what you expect from it?',
    },
    actions: [
      {
        nl: 'Zet op papier wat je komt halen en wat je kunt brengen.',
        en: 'Write down what you come to get and what you can bring.',
      },
      {
        nl: 'Schrijf op wie mogelijke partners zijn en wat hun belangen zijn.',
        en: 'Write down who the possible partners are and what their interests are.',
      },
      {
        nl: 'Zet de benodigde investering eerlijk naast de voordelen die je verwacht.',
        en: 'Set the investment needed honestly against the benefits you expect.',
      },
    ],
    questions: [
      {
        id: 'start.starting-point.yield',
        text: {
          nl: 'Wat moet deze samenwerking mij en mijn organisatie opleveren?',
          en: 'What should this partnership bring me and my organisation?',
        },
      },
      {
        id: 'start.starting-point.get',
        text: {
          nl: 'Wat wil ik uit de samenwerking halen?',
          en: 'What do I want to get out of the partnership?',
        },
      },
      {
        id: 'start.starting-point.bring',
        text: {
          nl: 'Welke kennis en middelen breng ik in?',
          en: 'Which knowledge and resources do I bring?',
        },
      },
      {
        id: 'start.starting-point.others-bring',
        text: {
          nl: 'Wat brengen de andere partners in?',
          en: 'What do the other partners bring?',
        },
      },
      {
        id: 'start.starting-point.own-interests',
        text: {
          nl: 'Wat zijn mijn eigen, specifieke belangen?',
          en: 'What are my own specific interests?',
        },
      },
      {
        id: 'start.starting-point.others-interests',
        text: {
          nl: 'Wie zijn mogelijke partners, en heb ik me verdiept in hun belangen?',
          en: 'Who are possible partners, and have I looked into their interests?',
        },
      },
      {
        id: 'start.starting-point.results-rights',
        text: {
          nl: 'Welke rechten wil ik op de resultaten van de samenwerking?',
          en: 'Which rights to the results of the partnership do I want?',
        },
      },
      {
        id: 'start.starting-point.worth-it',
        text: {
          nl: 'Weegt de investering eerlijk gezegd op tegen de voordelen die ik verwacht?',
          en: 'Honestly, does the investment outweigh the benefits I expect?',
        },
      },
    ],
  },
  {
    id: 'start-small',
    number: 2,
    title: { nl: 'Begin klein', en: 'Start small' },
    description: {
      nl: 'Je hoeft niet meteen een groot samenwerkingsverband op te zetten. Spreek eens af met een vakgenoot uit je regio, ga een middag naar een bijeenkomst van een lerend netwerk, of zoek een zorgpartij in je buurt op die je nog niet kent en drink samen koffie. Bevalt het, dan is er meestal tijd genoeg om op te schalen en uit te breiden.',
      en: 'You do not have to set up a large partnership straight away. Meet a peer from your region, spend an afternoon at a meeting of a learning network, or look up a care organisation in your neighbourhood that you do not know yet and have coffee together. If it works, there is usually plenty of time to scale up and expand.',
    },
    actions: [
      {
        nl: 'Maak een afspraak met een vakgenoot uit de regio.',
        en: 'Make an appointment with a peer in the region.',
      },
      {
        nl: 'Ga een middag naar een bijeenkomst van een lerend netwerk.',
        en: 'Spend an afternoon at a meeting of a learning network.',
      },
      {
        nl: 'Ga op de koffie bij een zorgpartij of een andere organisatie uit je buurt die je nog niet kent.',
        en: 'Have coffee with a care organisation or another organisation nearby that you do not know yet.',
      },
    ],
    questions: [
      {
        id: 'start.start-small.first-step',
        text: {
          nl: 'Wat is de kleinste eerste stap die we kunnen zetten?',
          en: 'What is the smallest first step we can take?',
        },
      },
      {
        id: 'start.start-small.who-first',
        text: {
          nl: 'Met welke vakgenoot of partner in de buurt kan ik deze maand al een afspraak maken?',
          en: 'Which peer or partner nearby can I meet this very month?',
        },
      },
      {
        id: 'start.start-small.network',
        text: {
          nl: 'Bij welk lerend netwerk kan ik aansluiten?',
          en: 'Which learning network can I join?',
        },
      },
      {
        id: 'start.start-small.scale-up',
        text: {
          nl: 'Waaraan merken we dat de samenwerking bevalt en dat opschalen zin heeft?',
          en: 'How will we notice that the partnership works and that scaling up makes sense?',
        },
      },
    ],
  },
  {
    id: 'support',
    number: 3,
    title: { nl: 'Organiseer je eigen support', en: 'Organise your own support' },
    description: {
      nl: 'Je hoeft het wiel niet zelf uit te vinden: over samenwerken is al veel onderzoek gedaan en veel geschreven. Op samenwerkingslab.nl vind je gratis modellen, artikelen en andere hulpmiddelen. De provinciale ondersteuningsinstelling, zoals Cubiss, helpt partners te verbinden: spar bijvoorbeeld over een plan van aanpak, of breng samen in kaart bij welke bestaande initiatieven je kunt aansluiten.',
      en: 'You do not have to reinvent the wheel: much research has been done and much written about collaboration. At samenwerkingslab.nl you find free models, articles and other tools. The provincial support organisation, such as Cubiss, helps connect partners: spar with them about a plan of approach, for example, or map together which existing initiatives you can join.',
    },
    actions: [
      {
        nl: 'Kijk op samenwerkingslab.nl voor modellen en artikelen over samenwerken.',
        en: 'Look at samenwerkingslab.nl for models and articles about collaboration.',
      },
      {
        nl: 'Neem contact op met de provinciale ondersteuningsinstelling, zoals Cubiss, om te sparren.',
        en: 'Contact the provincial support organisation, such as Cubiss, to spar.',
      },
      {
        nl: 'Laat iemand van buiten kritisch meekijken naar je plan van aanpak.',
        en: 'Have someone from outside take a critical look at your plan of approach.',
      },
    ],
    questions: [
      {
        id: 'start.support.who-helps',
        text: {
          nl: 'Wie kan ons ondersteunen, binnen of buiten de eigen organisatie?',
          en: 'Who can support us, inside or outside our own organisation?',
        },
      },
      {
        id: 'start.support.critical-look',
        text: {
          nl: 'Wie kijkt er kritisch mee naar ons plan van aanpak?',
          en: 'Who takes a critical look at our plan of approach?',
        },
      },
      {
        id: 'start.support.existing-initiatives',
        text: {
          nl: 'Welke bestaande initiatieven zijn er al waar we op kunnen aansluiten?',
          en: 'Which existing initiatives are there already that we can join?',
        },
      },
      {
        id: 'start.support.models',
        text: {
          nl: 'Welk model of hulpmiddel over samenwerken kan ons nu verder helpen?',
          en: 'Which model or tool about collaboration can help us further right now?',
        },
      },
    ],
  },
]);

export function findGettingStartedStep(id: string): GettingStartedStep | undefined {
  return GETTING_STARTED.find((s) => s.id === id);
}

// Condition 3, Relatie: Krackhardt's strong ties (tijd, ontmoeting, affectie), trust
// ("vertrouwen komt te voet en gaat te paard"), constructive conflict resolution, and the
// pitfall of doing the collaboration "nog even erbij".

import { deepFreeze } from '../freeze.js';
import type { Condition, TieElement } from '../types.js';

/** Krackhardt (1992): the three elements a strong tie needs. */
export const TIE_ELEMENTS: TieElement[] = deepFreeze([
  {
    id: 'time',
    label: { nl: 'Tijd', en: 'Time' },
    explanation: {
      nl: 'Vertrouwen moet groeien, en dat gaat niet van de ene op de andere dag.',
      en: 'Trust has to grow, and that does not happen overnight.',
    },
  },
  {
    id: 'meeting',
    label: { nl: 'Ontmoeting', en: 'Meeting' },
    explanation: {
      nl: 'Elkaar echt treffen, het liefst ook fysiek. In de coronatijd merkten we hoe belangrijk dat is voor de onderlinge verbinding.',
      en: 'Really meeting each other, preferably in person too. During the pandemic we noticed how much that matters for the connection between people.',
    },
  },
  {
    id: 'affection',
    label: { nl: 'Affectie', en: 'Affection' },
    explanation: {
      nl: 'Wederzijdse aantrekkingskracht maakt een relatie sterk. Die ontstaat vaak doordat je met elkaar omgaat, en ook daarvoor is tijd nodig.',
      en: 'Mutual attraction makes a relationship strong. It often grows from interacting with each other, and that too takes time.',
    },
  },
]);

export const RELATIONSHIP: Condition = deepFreeze({
  id: 'relationship',
  number: 3,
  title: { nl: 'Relatie', en: 'Relationship' },
  action: { nl: 'Versterk de relatie', en: 'Strengthen the relationship' },
  summary: {
    nl: 'Samenwerken is mensenwerk: investeer in ontmoeting en onderling vertrouwen, en bespreek meningsverschillen op een constructieve manier.',
    en: 'Collaboration is people\'s work: invest in meeting each other and in mutual trust, and discuss disagreements constructively.',
  },
  explanation: [
    {
      nl: 'Relatie lijkt het zachte deel van samenwerken, maar telt net zo zwaar. Samenwerken is mensenwerk: sociale dynamiek en persoonlijke verhoudingen bepalen voor een groot deel hoe het gaat. Het gaat dus niet alleen om de inhoud. Je wilt ook dat het klikt en dat de samenwerking energie geeft.',
      en: 'The relationship may seem the soft part of collaborating, but it weighs just as much. Collaboration is people\'s work: social dynamics and personal relations largely decide how it goes. So it is not only about the content. You also want things to click and the partnership to give energy.',
    },
    {
      nl: 'Volgens David Krackhardt (The strength of strong ties, 1992) heeft een sterke band drie dingen nodig: tijd, want vertrouwen moet groeien; ontmoeting, het liefst ook fysiek; en affectie, wederzijdse aantrekkingskracht die ontstaat doordat je met elkaar omgaat.',
      en: 'According to David Krackhardt (The strength of strong ties, 1992) a strong tie needs three things: time, because trust has to grow; meeting, preferably in person too; and affection, a mutual attraction that grows as you interact with each other.',
    },
    {
      nl: 'Vertrouwen en verbinding ontstaan dus niet van de ene op de andere dag. Ze kosten tijd en vragen aandacht. Niet voor niets zeggen we: vertrouwen komt te voet en gaat te paard.',
      en: 'So trust and connection do not appear overnight. They take time and need attention. As the Dutch saying goes: trust comes on foot and leaves on horseback (vertrouwen komt te voet en gaat te paard).',
    },
    {
      nl: 'Een sterke relatie vraagt ook om constructieve conflictoplossing. Kunnen jullie meningsverschillen op tafel leggen en samen bespreken? Of vechten jullie elkaar de tent uit zodra je iets anders ziet?',
      en: 'A strong relationship also needs constructive conflict resolution. Can you put disagreements on the table and discuss them together? Or do you fight each other tooth and nail as soon as you see things differently?',
    },
    {
      nl: 'Staat iedereen al onder tijdsdruk, dan wordt de samenwerking snel iets wat je "nog even erbij" doet. De relatie lijdt daaronder. Jammer, want een goede relatie geeft veel energie en plezier, en levert op den duur zelfs tijd op.',
      en: 'When everyone is already under time pressure, the partnership quickly becomes something you do "on the side" (nog even erbij). The relationship suffers. A pity, because a good relationship gives a lot of energy and enjoyment, and in the long run even saves time.',
    },
  ],
  questions: [
    {
      id: 'relationship.meeting',
      text: {
        nl: 'Hoe vaak ontmoeten we elkaar, en zien we elkaar ook fysiek?',
        en: 'How often do we meet, and do we also see each other in person?',
      },
    },
    {
      id: 'relationship.time-to-grow',
      text: {
        nl: 'Geven we het vertrouwen de tijd om te groeien?',
        en: 'Do we give trust the time to grow?',
      },
    },
    {
      id: 'relationship.trust',
      text: {
        nl: 'Hoe staat het met het onderlinge vertrouwen, en wat doen we om het te versterken?',
        en: 'How is the mutual trust, and what do we do to strengthen it?',
      },
    },
    {
      id: 'relationship.energy',
      text: {
        nl: 'Hebben we het goed met elkaar en halen we energie en plezier uit de samenwerking?',
        en: 'Do we get on well and do we draw energy and enjoyment from the partnership?',
      },
    },
    {
      id: 'relationship.informal',
      text: {
        nl: 'Is er naast de inhoud ook ruimte voor informeel contact?',
        en: 'Besides the content, is there room for informal contact?',
      },
    },
    {
      id: 'relationship.disagreements',
      text: {
        nl: 'Durven we meningsverschillen op tafel te leggen en samen te bespreken?',
        en: 'Do we dare to put disagreements on the table and discuss them together?',
      },
    },
    {
      id: 'relationship.conflict-resolution',
      text: {
        nl: 'Hoe lossen we een conflict op, en hebben we dat vooraf afgesproken?',
        en: 'How do we resolve a conflict, and have we agreed on that in advance?',
      },
    },
    {
      id: 'relationship.time-pressure',
      text: {
        nl: 'Krijgt de samenwerking genoeg tijd, of doen we haar "nog even erbij"?',
        en: 'Does the partnership get enough time, or do we do it "on the side"?',
      },
    },
  ],
  tips: [
    {
      nl: 'Plan ook ontmoetingen zonder vergaderagenda: een kop koffie, of een werkbezoek bij elkaar.',
      en: 'Also plan meetings without an agenda: a cup of coffee, or a working visit to each other.',
    },
    {
      nl: 'Kom waar het kan fysiek bij elkaar; dat verbindt meer dan een scherm.',
      en: 'Meet in person where you can; it connects more than a screen.',
    },
    {
      nl: 'Spreek af hoe jullie met meningsverschillen omgaan, voordat je er een hebt.',
      en: 'Agree how you will handle disagreements before you have one.',
    },
    {
      nl: 'Zet tijd voor de samenwerking vast in je agenda, zodat ze geen bijzaak wordt.',
      en: 'Block time for the partnership in your calendar, so that it does not become a side issue.',
    },
  ],
  pitfalls: [
    {
      id: 'relationship.on-the-side',
      name: { nl: '"Nog even erbij"', en: '"On the side" (nog even erbij)' },
      description: {
        nl: 'Bij hoge tijdsdruk doe je de samenwerking er even bij. Er is geen tijd voor ontmoeting, en de relatie komt onder druk te staan.',
        en: 'Under high time pressure you fit the partnership in on the side. There is no time to meet, and the relationship comes under strain.',
      },
    },
    {
      id: 'relationship.fighting',
      name: { nl: 'Elkaar de tent uit vechten', en: 'Fighting each other tooth and nail' },
      description: {
        nl: 'Een verschil van inzicht wordt meteen een strijd, in plaats van een gesprek. Het vertrouwen dat langzaam is gegroeid, is zo weer weg.',
        en: 'A difference of opinion immediately turns into a fight rather than a conversation. Trust that grew slowly is gone in no time.',
      },
    },
  ],
  sectionIds: ['relationship', 'communication'],
});

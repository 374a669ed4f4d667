// The four complexities that make collaboration hard in practice: mutual dependence,
// diversity, an unclear centre of power and split loyalties. Each with the signs to
// recognise it, what helps, and questions to discuss.

import { deepFreeze } from './freeze.js';
import type { Complexity, ComplexityId } from './types.js';

export const COMPLEXITY_IDS: ComplexityId[] = deepFreeze([
  'mutual-dependence',
  'diversity',
  'unclear-power',
  'split-loyalties',
]);

export const COMPLEXITIES: Complexity[] = deepFreeze([
  {
    id: 'mutual-dependence',
    title: { nl: 'Wederzijds afhankelijk', en: 'Mutual dependence' },
    description: {
      nl: '"Alleen ga je sneller, samen kom je verder." Je zoekt elkaar op omdat je elkaar nodig hebt: samen sta je sterker. Daarvoor lever je een deel van je eigen autonomie in, in het vertrouwen dat je er meer voor terugkrijgt. Samen zoek je een werkwijze en een tempo die bij de samenwerking passen, ook als dat anders is dan je gewend bent.',
      en: '"Alone you go faster, together you go further." You seek each other out because you need each other: together you stand stronger. For that you give up part of your own autonomy, trusting that you get more in return. Together you look for a way of working and a pace that suit the partnership, even if that differs from what you are used to.',
    },
    signs: [
      {
        nl: 'Een partner is minder betrokken, omdat in de eigen organisatie heel andere prioriteiten spelen.',
        en: 'A partner is less involved because quite different priorities are at play in their own organisation.',
      },
      {
        nl: 'Het tempo of de werkwijze van de samenwerking voelt anders dan je gewend bent.',
        en: 'The pace or way of working of the partnership feels different from what you are used to.',
      },
      {
        nl: 'Je kunt een stap niet zetten zonder een ander, en dat voelt als verlies van autonomie.',
        en: 'You cannot take a step without someone else, and that feels like a loss of autonomy.',
      },
    ],
    helps: [
      { nl: 'Aanpassingsvermogen: beweeg mee met het tempo en de manier van werken van de ander.', en: 'Adaptability: move along with the pace and way of working of the other.' },
      { nl: 'Begrip voor de prioriteiten die bij de ander spelen.', en: 'Understanding of the priorities the other is dealing with.' },
      { nl: 'Doorzettingsvermogen als het langzamer gaat dan je hoopte.', en: 'Perseverance when things go slower than you hoped.' },
      { nl: 'Creativiteit om samen een werkwijze te vinden die voor iedereen past.', en: 'Creativity to find a way of working together that suits everyone.' },
    ],
    questions: [
      {
        id: 'complexity.mutual-dependence.need-each-other',
        text: { nl: 'Waarvoor hebben we elkaar echt nodig?', en: 'What do we really need each other for?' },
      },
      {
        id: 'complexity.mutual-dependence.autonomy',
        text: {
          nl: 'Welk deel van onze eigen autonomie leveren we in, en wat krijgen we ervoor terug?',
          en: 'Which part of our own autonomy do we give up, and what do we get in return?',
        },
      },
      {
        id: 'complexity.mutual-dependence.pace',
        text: {
          nl: 'Welke werkwijze en welk tempo passen bij deze samenwerking?',
          en: 'Which way of working and which pace suit this partnership?',
        },
      },
      {
        id: 'complexity.mutual-dependence.priorities',
        text: {
          nl: 'Welke andere prioriteiten spelen er bij elke partner die de inzet kunnen beïnvloeden?',
          en: 'Which other priorities does each partner have that may affect their commitment?',
        },
      },
    ],
    conditionIds: ['ambition', 'relationship', 'process'],
  },
  {
    id: 'diversity',
    title: { nl: 'Diversiteit', en: 'Diversity' },
    description: {
      nl: 'Verschillen maken samenwerken aantrekkelijk: de ander heeft iets wat jij niet of minder hebt. Maar verschillen kunnen ook veel gedoe geven. Een ambtenaar kijkt met een andere bril naar onderwijs dan een leesconsulent of een leerkracht. Het kost tijd en aandacht om die verschillen op een goede manier te overbruggen.',
      en: 'Differences make collaboration attractive: the other has something you lack or have less of. But differences can also cause a lot of trouble. A civil servant looks at education through different glasses than a reading consultant or a teacher. It takes time and attention to bridge those differences constructively.',
    },
    signs: [
      { nl: 'Er is spraakverwarring: dezelfde woorden betekenen voor partners iets anders.', en: 'There is confusion of tongues: the same words mean different things to different partners.' },
      { nl: 'Partijen begrijpen elkaar niet écht.', en: 'Parties do not really understand each other.' },
      { nl: 'Partners hebben verschillende beelden bij de ambitie.', en: 'Partners have different pictures of the ambition.' },
    ],
    helps: [
      { nl: 'Neem de tijd om begrippen samen uit te leggen: wat bedoelen we precies?', en: 'Take time to explain terms together: what exactly do we mean?' },
      { nl: 'Zie de verschillen als winst: benoem wat ieder te bieden heeft dat de ander mist.', en: 'See the differences as a gain: name what each has to offer that the other lacks.' },
      { nl: 'Toets regelmatig of iedereen nog hetzelfde beeld heeft bij de ambitie.', en: 'Check regularly whether everyone still has the same picture of the ambition.' },
    ],
    questions: [
      {
        id: 'complexity.diversity.what-each-offers',
        text: {
          nl: 'Wat heeft elke partner te bieden dat de anderen niet of minder hebben?',
          en: 'What does each partner have to offer that the others lack or have less of?',
        },
      },
      {
        id: 'complexity.diversity.shared-language',
        text: {
          nl: 'Welke woorden gebruiken we die voor partners iets anders kunnen betekenen?',
          en: 'Which words do we use that may mean something different to different partners?',
        },
      },
      {
        id: 'complexity.diversity.different-lenses',
        text: {
          nl: 'Met welke bril kijkt elke partner naar het vraagstuk?',
          en: 'Through which glasses does each partner look at the issue?',
        },
      },
    ],
    conditionIds: ['ambition', 'interests', 'relationship'],
  },
  {
    id: 'unclear-power',
    title: { nl: 'Onduidelijk machtscentrum', en: 'Unclear centre of power' },
    description: {
      nl: 'In een samenwerkingsverband ligt de besluitvorming vaak niet op één plek, zoals in een hiërarchische organisatie. Alle partners dragen verantwoordelijkheid. Wie neemt het initiatief, wie trekt aan de touwtjes en wie hakt uiteindelijk de knopen door? Als daarover onuitgesproken aannames bestaan, leidt dat tot frustratie.',
      en: 'In a partnership, decision making is often not placed in one spot as it is in a hierarchical organisation. All partners carry responsibility. Who takes the initiative, who pulls the strings and who makes the final call? Unspoken assumptions about this lead to frustration.',
    },
    signs: [
      { nl: 'Niemand weet goed wie het initiatief neemt of wie het laatste woord heeft.', en: 'Nobody quite knows who takes the initiative or who has the last word.' },
      { nl: 'Partners hebben eigen aannames over wie er aan de touwtjes trekt, en spreken die niet uit.', en: 'Partners have their own assumptions about who pulls the strings, and do not voice them.' },
      { nl: 'Er is frustratie over besluiten die ineens genomen zijn, of juist blijven liggen.', en: 'There is frustration about decisions that were suddenly taken, or that keep being put off.' },
    ],
    helps: [
      { nl: 'Maak rollen en verantwoordelijkheden expliciet en leg ze vast.', en: 'Make roles and responsibilities explicit and write them down.' },
      { nl: 'Spreek af hoe jullie besluiten nemen, bijvoorbeeld met consent of met een penvoerder met mandaat.', en: 'Agree how you make decisions, for example by consent or with a lead partner that has a mandate.' },
      { nl: 'Benoem aannames over macht en initiatief hardop, zodat je ze kunt bespreken.', en: 'Say assumptions about power and initiative out loud, so that you can discuss them.' },
    ],
    questions: [
      {
        id: 'complexity.unclear-power.initiative',
        text: { nl: 'Wie neemt het initiatief in deze samenwerking?', en: 'Who takes the initiative in this partnership?' },
      },
      {
        id: 'complexity.unclear-power.final-say',
        text: {
          nl: 'Wie heeft waarover het laatste woord, en weet iedereen dat?',
          en: 'Who has the final say on what, and does everyone know?',
        },
      },
      {
        id: 'complexity.unclear-power.assumptions',
        text: {
          nl: 'Welke aannames hebben we over wie het voor het zeggen heeft, en hebben we die uitgesproken?',
          en: 'What assumptions do we hold about who is in charge, and have we said them out loud?',
        },
      },
    ],
    conditionIds: ['organisation', 'relationship'],
  },
  {
    id: 'split-loyalties',
    title: { nl: 'Gesplitste loyaliteiten', en: 'Split loyalties' },
    description: {
      nl: 'Als deelnemer zit je soms in een spagaat. Je bent betrokken bij je eigen organisatie en vertegenwoordigt wat die belangrijk vindt. Tegelijk ben je ambassadeur van de samenwerking en werk je aan de gezamenlijke opdracht. Die loyaliteiten komen regelmatig met elkaar in conflict.',
      en: 'As a participant you are sometimes caught in a split. You are committed to your own organisation and represent what matters to it. At the same time you are an ambassador of the partnership and work on the shared assignment. These loyalties regularly come into conflict.',
    },
    signs: [
      {
        nl: 'De samenwerking richt zich minder op innovatie dan je eigen organisatie zou willen.',
        en: 'The partnership focuses less on innovation than your own organisation would like.',
      },
      {
        nl: 'De samenwerking vraagt meer inzet dan je eigen organisatie kan bieden.',
        en: 'The partnership asks for more effort than your own organisation can give.',
      },
      {
        nl: 'Je voelt een persoonlijk dilemma of druk van buitenaf: kies ik voor de samenwerking of voor mijn eigen organisatie?',
        en: 'You feel a personal dilemma or pressure from outside: do I choose the partnership or my own organisation?',
      },
    ],
    helps: [
      { nl: 'Bespreek de belangen van je eigen organisatie open in de samenwerking.', en: 'Discuss your own organisation\'s interests openly in the partnership.' },
      { nl: 'Stem afspraken af met je eigen organisatie, van bestuur tot werkvloer: organiseer het achtje rond.', en: 'Align agreements with your own organisation, from the board to the shop floor: close the figure of eight (achtje rond organiseren).' },
      { nl: 'Maak duidelijk welk mandaat je van je eigen organisatie hebt.', en: 'Make clear what mandate you have from your own organisation.' },
    ],
    questions: [
      {
        id: 'complexity.split-loyalties.mandate',
        text: {
          nl: 'Welk mandaat heb ik van mijn eigen organisatie in deze samenwerking?',
          en: 'What mandate do I have from my own organisation in this partnership?',
        },
      },
      {
        id: 'complexity.split-loyalties.conflict',
        text: {
          nl: 'Waar kan wat de samenwerking vraagt botsen met wat mijn organisatie wil of kan?',
          en: 'Where might what the partnership asks clash with what my organisation wants or can do?',
        },
      },
      {
        id: 'complexity.split-loyalties.dilemma',
        text: {
          nl: 'Hoe bespreken we het als iemand klem komt te zitten tussen twee loyaliteiten?',
          en: 'How do we discuss it when someone gets caught between two loyalties?',
        },
      },
    ],
    conditionIds: ['interests', 'organisation'],
  },
]);

export function findComplexity(id: string): Complexity | undefined {
  return COMPLEXITIES.find((c) => c.id === id);
}

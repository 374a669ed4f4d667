// The health check: what red, amber and green mean when partners rate each condition,
// and the routine that keeps the partnership healthy (an informal check about every two
// months, a reflection workshop every 6–12 months under no-blame rules).

import { REFLECTION_QUESTIONS } from './conditions.js';
import { deepFreeze } from './freeze.js';
import type { HealthCheckRoutine, HealthRating, HealthRatingInfo } from './types.js';

export const HEALTH_RATING_IDS: HealthRating[] = deepFreeze(['red', 'amber', 'green']);

export const HEALTH_RATINGS: HealthRatingInfo[] = deepFreeze([
  {
    id: 'red',
    label: { nl: 'Rood', en: 'Red' },
    meaning: {
      nl: 'Dit gaat niet goed. Het staat de samenwerking in de weg en vraagt nu aandacht.',
      en: 'This is not going well. It stands in the way of the partnership and needs attention now.',
    },
    nextStep: {
      nl: 'Zet het bovenaan de agenda van het volgende overleg en spreek samen een concrete actie af.',
      en: 'Put it at the top of the agenda of the next meeting and agree on a concrete action together.',
    },
  },
  {
    id: 'amber',
    label: { nl: 'Oranje', en: 'Amber' },
    meaning: {
      nl: 'Dit loopt, maar er zijn zorgen of twijfels. Het kan beter, en zonder aandacht kan het misgaan.',
      en: 'This is working, but there are concerns or doubts. It could be better, and without attention it may go wrong.',
    },
    nextStep: {
      nl: 'Bespreek wat de twijfel veroorzaakt en houd het bij de volgende beoordeling in de gaten.',
      en: 'Discuss what causes the doubt and keep an eye on it at the next check.',
    },
  },
  {
    id: 'green',
    label: { nl: 'Groen', en: 'Green' },
    meaning: {
      nl: 'Dit gaat goed. Partners zijn tevreden en er is geen actie nodig.',
      en: 'This is going well. Partners are satisfied and no action is needed.',
    },
    nextStep: {
      nl: 'Benoem wat goed gaat, en vier het als het een succes is.',
      en: 'Name what is going well, and celebrate it if it is a success.',
    },
  },
]);

export const HEALTH_CHECK_ROUTINE: HealthCheckRoutine = deepFreeze({
  moments: [
    {
      id: 'informal-check',
      title: { nl: 'Informele beoordeling', en: 'Informal check' },
      everyMonths: { min: 2, max: 2 },
      description: {
        nl: 'Ongeveer elke twee maanden geeft elke partner kort een kleur aan elke conditie. Verschillen tussen partners zijn het gesprek waard.',
        en: 'About every two months each partner briefly gives each condition a colour. Differences between partners are worth a conversation.',
      },
    },
    {
      id: 'reflection-workshop',
      title: { nl: 'Reflectiebijeenkomst', en: 'Reflection workshop' },
      everyMonths: { min: 6, max: 12 },
      description: {
        nl: 'Elke zes tot twaalf maanden een bijeenkomst buiten de gewone agenda om, om de samenwerking samen te evalueren. Met veel partners helpt een begeleider van buiten.',
        en: 'Every six to twelve months a meeting outside the regular agenda to evaluate the partnership together. With many partners an outside facilitator helps.',
      },
    },
  ],
  rules: [
    {
      nl: 'Geen schuldvraag: we kijken naar de samenwerking, niet naar wie het fout deed.',
      en: 'No blame: we look at the partnership, not at who did it wrong.',
    },
    {
      nl: 'Elke partner geeft zijn eigen kleur; een andere kleur dan de rest is waardevolle informatie.',
      en: 'Each partner gives their own colour; a colour that differs from the rest is valuable information.',
    },
    {
      nl: 'Elke rode of oranje kleur krijgt een eigenaar en een volgende stap.',
      en: 'Every red or amber colour gets an owner and a next step.',
    },
  ],
  reflectionQuestions: REFLECTION_QUESTIONS,
});

export function findHealthRating(id: string): HealthRatingInfo | undefined {
  return HEALTH_RATINGS.find((r) => r.id === id);
}

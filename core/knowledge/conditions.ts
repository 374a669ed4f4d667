// The five conditions of the model, in order (ambition, interests, relationship,
// organisation, process), plus the small data the UI uses to explain them: the ambition
// formula and its factors, the three interest levels, Krackhardt's tie elements and the
// achtje rond organiseren.

import { deepFreeze } from './freeze.js';
import { AMBITION } from './conditions/ambition.js';
import { INTERESTS } from './conditions/interests.js';
import { ORGANISATION } from './conditions/organisation.js';
import { PROCESS, REFLECTION_QUESTION_IDS } from './conditions/process.js';
import { RELATIONSHIP } from './conditions/relationship.js';
import type { Condition, Question } from './types.js';

export { AMBITION, AMBITION_FACTORS, AMBITION_FORMULA } from './conditions/ambition.js';
export { INTERESTS, INTEREST_LEVELS } from './conditions/interests.js';
export { RELATIONSHIP, TIE_ELEMENTS } from './conditions/relationship.js';
export { ORGANISATION, FIGURE_EIGHT } from './conditions/organisation.js';
export { PROCESS, REFLECTION_QUESTION_IDS } from './conditions/process.js';

export { CONDITION_IDS } from './condition-ids.js';

export const CONDITIONS: Condition[] = deepFreeze([AMBITION, INTERESTS, RELATIONSHIP, ORGANISATION, PROCESS]);

export function findCondition(id: string): Condition | undefined {
  return CONDITIONS.find((c) => c.id === id);
}

/** The three questions of a periodic reflection (is the ambition clear, interests done justice, do we get on). */
export const REFLECTION_QUESTIONS: Question[] = deepFreeze(
  REFLECTION_QUESTION_IDS.map((id) => {
    const question = PROCESS.questions.find((q) => q.id === id);
    if (!question) throw new Error(`Reflection question ${id} is missing from the process condition`);
    return question;
  }),
);

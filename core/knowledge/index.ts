// The knowledge base of Samenspel: the collaboration method ("Samenwerken als lonkend
// perspectief", Cubiss 2023) and the partnership toolkits as typed, id-stable data in
// Dutch and English. Re-exports every module and adds helpers to find questions and
// pick a language.

import { COMPLEXITIES } from './complexities.js';
import { CONDITIONS } from './conditions.js';
import { GETTING_STARTED } from './getting-started.js';
import { CHECKLISTS, TOOLKIT_SECTIONS } from './toolkit.js';
import type { Lang, Localized, Question } from './types.js';

export type * from './types.js';
export * from './reasons.js';
export * from './complexities.js';
export * from './conditions.js';
export * from './health-check.js';
export * from './getting-started.js';
export * from './toolkit.js';
export * from './decision-rules.js';
export * from './sources.js';
export * from './sector-examples.js';

/** Where a checklist question lives. */
export type QuestionOrigin =
  | { kind: 'condition'; id: string }
  | { kind: 'complexity'; id: string }
  | { kind: 'getting-started'; id: string }
  | { kind: 'toolkit-section'; id: string }
  | { kind: 'checklist'; id: string };

interface IndexedQuestion {
  question: Question;
  origin: QuestionOrigin;
}

let index: IndexedQuestion[] | undefined;
let byId: Map<string, IndexedQuestion> | undefined;

function questionIndex(): IndexedQuestion[] {
  if (!index) {
    index = [
      ...CONDITIONS.flatMap((c) => c.questions.map((question) => ({ question, origin: { kind: 'condition', id: c.id } as const }))),
      ...COMPLEXITIES.flatMap((c) => c.questions.map((question) => ({ question, origin: { kind: 'complexity', id: c.id } as const }))),
      ...GETTING_STARTED.flatMap((s) =>
        s.questions.map((question) => ({ question, origin: { kind: 'getting-started', id: s.id } as const })),
      ),
      ...TOOLKIT_SECTIONS.flatMap((s) =>
        s.questions.map((question) => ({ question, origin: { kind: 'toolkit-section', id: s.id } as const })),
      ),
      ...CHECKLISTS.flatMap((c) => c.questions.map((question) => ({ question, origin: { kind: 'checklist', id: c.id } as const }))),
    ];
  }
  return index;
}

/**
 * Every checklist question: conditions, complexities, getting started, toolkit sections
 * and toolkit checklists, in that order. Ids are globally unique.
 */
export function allQuestions(): Question[] {
  return questionIndex().map((entry) => entry.question);
}

export function findQuestion(id: string): Question | undefined {
  if (!byId) byId = new Map(questionIndex().map((entry) => [entry.question.id, entry]));
  return byId.get(id)?.question;
}

/** Where the question with this id comes from, e.g. `{ kind: 'condition', id: 'ambition' }`. */
export function questionOrigin(id: string): QuestionOrigin | undefined {
  findQuestion(id);
  return byId?.get(id)?.origin;
}

/** The text in the requested language; falls back to Dutch (the source) if a translation is empty. */
export { localize } from '../i18n/index.js';

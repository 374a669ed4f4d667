// "Wat maakt het lastig?": the signs of the four complexities a person recognises, and what
// helps with each complexity so recognised; a help can become a rule of play (the
// agreement's rules) or an agenda point (a milestone in the process).
import { addItem, type Agreement } from '../../agreement/index.js';
import { localize, translator, type Lang, type Localized } from '../../i18n/index.js';
import { COMPLEXITIES, type Complexity, type ComplexityId } from '../../knowledge/index.js';
import type * as Y from 'yjs';

/** The key of one sign: the complexity's id and the sign's place in its list. */
export const signKey = (complexityId: ComplexityId, index: number): string => `${complexityId}:${index}`;

export interface Diagnosis {
  complexity: Complexity;
  /** The signs ticked for this complexity. */
  signs: Localized[];
  /** What helps with it. */
  helps: Localized[];
}

/** The complexities of which at least one sign is ticked, in the source's order. */
export function diagnose(ticked: ReadonlySet<string>): Diagnosis[] {
  return COMPLEXITIES.flatMap((complexity) => {
    const signs = complexity.signs.filter((_, i) => ticked.has(signKey(complexity.id, i)));
    return signs.length ? [{ complexity, signs, helps: complexity.helps }] : [];
  });
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Whether the agreement's rules already hold this text. */
export const hasRule = (agreement: Agreement, text: string): boolean => agreement.rules.some((r) => same(r.text, text));

/** The title of the agenda point made of a help. */
export function agendaTitle(complexity: Complexity, help: Localized, lang: Lang): string {
  return translator(lang)('guide.diagnosis.agendaTitle', { complexity: localize(complexity.title, lang), help: localize(help, lang) });
}

/** Whether the process already has this agenda point. */
export const hasAgendaPoint = (agreement: Agreement, title: string): boolean => agreement.process.milestones.some((m) => same(m.title, title));

/** Adds the help as a rule of play, unless the rules hold it already; returns whether it was added. */
export function addHelpAsRule(doc: Y.Doc, agreement: Agreement, help: Localized, lang: Lang): boolean {
  const text = localize(help, lang);
  if (hasRule(agreement, text)) return false;
  addItem(doc, 'rules', { text });
  return true;
}

/** Adds the help as an agenda point (a milestone without a date yet), unless it is there already. */
export function addHelpAsAgendaPoint(doc: Y.Doc, agreement: Agreement, complexity: Complexity, help: Localized, lang: Lang): boolean {
  const title = agendaTitle(complexity, help, lang);
  if (hasAgendaPoint(agreement, title)) return false;
  addItem(doc, 'milestones', { kind: 'other', title });
  return true;
}

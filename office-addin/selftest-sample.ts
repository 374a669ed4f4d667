// The built-in example draft the Zelftest inserts (so it needs no draft of the user's): two
// partners, an ambition, a RACI table, a budget, milestones and a rule — enough for every
// section and both SPUK plan parts to have paragraphs, lists and tables. Invented names only.
import * as Y from 'yjs';
import { addItem, createDraft, setRole, updateSection } from '../core/agreement/index.js';
import type { Lang } from '../core/i18n/index.js';

/** The draft id the self-test's sections carry in their anchors. */
export const SELFTEST_DRAFT_ID = 'zelftest';

export function selfTestDraft(lang: Lang): Y.Doc {
  const doc = new Y.Doc();
  createDraft(doc, { title: lang === 'nl' ? 'Zelftest Samenspel' : 'Samenspel self-test', planKind: 'spuk-plan', lang, created: '2026-01-01T09:00:00.000Z' });
  const library = addItem(doc, 'partners', { name: 'Bibliotheek Voorbeeld', kind: 'library', brings: 'Collectie en leesconsulent', gets: 'Bereik onder gezinnen' });
  const school = addItem(doc, 'partners', { name: 'Basisschool Voorbeeld', kind: 'school', brings: 'Leerlingen en een lokaal', gets: 'Leesplezier in de klas' });
  updateSection(doc, 'ambition', { statement: 'Elk kind leest met plezier.', promise: 'Elke groep 5 heeft een leesclub.', commitment: 'Twee uur per week per partner.', doing: 'We starten met twee leesclubs.' });
  addItem(doc, 'interests', { partnerId: school, level: 'organisational', text: 'Leertijd buiten schooltijd' });
  const club = addItem(doc, 'activities', { name: 'Leesclub groep 5', description: 'Wekelijks' });
  setRole(doc, club, library, 'A');
  setRole(doc, club, school, 'R');
  updateSection(doc, 'decisions', { rule: 'consent', scope: 'Activiteiten en begroting', escalation: 'De directeuren overleggen binnen twee weken' });
  addItem(doc, 'rules', { text: 'We bespreken belangen, geen standpunten.' });
  updateSection(doc, 'communication', { agreements: 'Elke zes weken overleg.' });
  updateSection(doc, 'process', { cadence: 'bimonthly', notes: 'Eens per jaar een reflectie.' });
  addItem(doc, 'milestones', { kind: 'start', date: '2027-01-15', title: 'Aftrap' });
  updateSection(doc, 'relationship', { meetingRhythm: 'Twee keer per jaar samen lunchen.' });
  updateSection(doc, 'resources', { scheme: 'spuk-2023-2024', schemeActivity: 'extra-hours' });
  addItem(doc, 'budgetLines', { description: 'Extra openingsuren', category: 'staff', amount: 8_000_00, kind: 'money', payerId: null });
  addItem(doc, 'budgetLines', { description: 'Ruimte', category: 'housing', amount: 2_000_00, kind: 'in-kind', payerId: library });
  updateSection(doc, 'period', { start: '2027-01-01', end: '2027-12-31', exit: 'Drie maanden opzegtermijn.' });
  return doc;
}

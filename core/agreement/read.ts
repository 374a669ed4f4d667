// Reading a draft: the whole Y.Doc → a validated plain Agreement plus the problems found.
// Never throws; whatever a partner's client wrote that does not fit is reported and skipped.
// The section readers are shared with read-incremental.ts, which re-reads only what changed.
import * as v from 'valibot';
import type * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, type Agreement, type ChecklistItem } from './schema.js';
import { readEntities, readSingleton } from './fields.js';
import { tryArray, tryMap, tryText, topLevelNames } from './doc-access.js';
import {
  CHECKLIST_MAP,
  CHECKLIST_NOTE_PREFIX,
  ENTITY_SPECS,
  LISTS,
  SINGLETON_SPECS,
  checkStatusSchema,
  questionIdSchema,
  type ListName,
  type SingletonName,
} from './entities.js';
import { schemaVersion } from './migrate.js';
import { emptyRecord, own, recordOf } from '../base/records.js';
import { problem, type ReadProblem } from './problems.js';

export interface ReadResult {
  agreement: Agreement;
  problems: ReadProblem[];
}

const list = <L extends ListName>(doc: Y.Doc, name: L, problems: ReadProblem[]) =>
  readEntities(tryArray(doc, LISTS[name], problems), ENTITY_SPECS[name], name, problems);

/** One fixed section (its values and its texts). */
export const singleton = <S extends SingletonName>(doc: Y.Doc, name: S, problems: ReadProblem[]) =>
  readSingleton((key) => tryText(doc, key, problems), tryMap(doc, name, problems), SINGLETON_SPECS[name], name, problems);

type Activity = Agreement['activities'][number];

/** An activity without the roles of partners not in the draft (any more). */
export function withLivePartners(activity: Activity, partnerIds: ReadonlySet<string>): Activity {
  // Roles of a partner removed meanwhile (possibly by someone else, concurrently) are stale, not errors.
  return { ...activity, roles: recordOf(Object.entries(activity.roles).filter(([pid]) => partnerIds.has(pid))) };
}

/** Question ids come from the doc (`constructor` is one by its pattern): a record without prototype, own entries only. */
export function readChecklist(doc: Y.Doc, problems: ReadProblem[]): Record<string, ChecklistItem> {
  const out = emptyRecord<ChecklistItem>();
  const ensure = (id: string) => own(out, id) ?? (out[id] = { status: 'open', note: '' });
  tryMap(doc, CHECKLIST_MAP, problems)?.forEach((raw, id) => {
    const key = v.safeParse(questionIdSchema, id);
    const status = v.safeParse(checkStatusSchema, raw);
    if (key.success && status.success) ensure(id).status = status.output;
    else problems.push(problem(`${CHECKLIST_MAP}.${id}`, 'invalid-value', { field: `${CHECKLIST_MAP}.${id}`, reason: 'not a checklist status' }));
  });
  for (const name of topLevelNames(doc)) {
    if (!name.startsWith(CHECKLIST_NOTE_PREFIX)) continue;
    const id = name.slice(CHECKLIST_NOTE_PREFIX.length);
    const note = tryText(doc, name, problems);
    if (!note || !v.safeParse(questionIdSchema, id).success) continue;
    const textValue = note.toString();
    if (textValue) ensure(id).note = textValue;
  }
  return out;
}

/** Read the whole draft. */
export function readAgreement(doc: Y.Doc): ReadResult {
  const problems: ReadProblem[] = [];
  const partners = list(doc, 'partners', problems);
  const partnerIds = new Set(partners.map((p) => p.id));
  const activities = list(doc, 'activities', problems).map((activity) => withLivePartners(activity, partnerIds));
  const agreement: Agreement = {
    schemaVersion: schemaVersion(doc) ?? CURRENT_SCHEMA_VERSION,
    meta: singleton(doc, 'meta', problems),
    partners,
    ambition: singleton(doc, 'ambition', problems),
    interests: list(doc, 'interests', problems),
    activities,
    decisions: { ...singleton(doc, 'decisions', problems), log: list(doc, 'decisionLog', problems) },
    rules: list(doc, 'rules', problems),
    communication: singleton(doc, 'communication', problems),
    process: { ...singleton(doc, 'process', problems), milestones: list(doc, 'milestones', problems) },
    relationship: singleton(doc, 'relationship', problems),
    resources: { ...singleton(doc, 'resources', problems), lines: list(doc, 'budgetLines', problems) },
    period: singleton(doc, 'period', problems),
    checklist: readChecklist(doc, problems),
    healthChecks: list(doc, 'healthChecks', problems),
    actions: list(doc, 'actions', problems),
  };
  return { agreement, problems };
}

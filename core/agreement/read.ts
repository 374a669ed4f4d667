// Reading a draft: the whole Y.Doc → a validated plain Agreement plus the problems found.
// Never throws; whatever a partner's client wrote that does not fit is reported and skipped.
import * as v from 'valibot';
import type * as Y from 'yjs';
import {
  AMBITION_FACTORS,
  CONDITION_IDS,
  CURRENT_SCHEMA_VERSION,
  type Agreement,
  type AmbitionFactor,
  type ChecklistItem,
  type ConditionId,
  type Problem,
  type Rag,
} from './schema.js';
import { readEntities, readSingleton, type EntitySpec } from './fields.js';
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

export interface ReadResult {
  agreement: Agreement;
  problems: Problem[];
}

function list(doc: Y.Doc, name: ListName, problems: Problem[]): Record<string, unknown>[] {
  return readEntities(tryArray(doc, LISTS[name], problems), ENTITY_SPECS[name] as EntitySpec, name, problems);
}

function singleton(doc: Y.Doc, name: SingletonName, problems: Problem[]): Record<string, unknown> {
  return readSingleton(
    (key) => tryText(doc, key, problems),
    tryMap(doc, name, problems),
    SINGLETON_SPECS[name] as EntitySpec,
    name,
    problems,
  );
}

function pickKeys<K extends string, V>(
  record: Record<string, V>,
  allowed: readonly K[],
  path: string,
  problems: Problem[],
): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  for (const [key, val] of Object.entries(record)) {
    if ((allowed as readonly string[]).includes(key)) out[key as K] = val;
    else problems.push({ path: `${path}.${key}`, message: 'onbekende sleutel overgeslagen' });
  }
  return out;
}

function readChecklist(doc: Y.Doc, problems: Problem[]): Record<string, ChecklistItem> {
  const out: Record<string, ChecklistItem> = {};
  const ensure = (id: string) => (out[id] ??= { status: 'open', note: '' });
  tryMap(doc, CHECKLIST_MAP, problems)?.forEach((raw, id) => {
    const key = v.safeParse(questionIdSchema, id);
    const status = v.safeParse(checkStatusSchema, raw);
    if (key.success && status.success) ensure(id).status = status.output;
    else problems.push({ path: `${CHECKLIST_MAP}.${id}`, message: 'ongeldige checklist-status overgeslagen' });
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
  const problems: Problem[] = [];
  const partners = list(doc, 'partners', problems).map((raw, index) => {
    const scores = pickKeys(raw.scores as Record<string, number>, AMBITION_FACTORS, `partners[${index}].scores`, problems);
    return {
      ...raw,
      id: raw.id as string,
      scores: Object.fromEntries(AMBITION_FACTORS.map((f) => [f, scores[f] ?? null])) as Record<AmbitionFactor, number | null>,
    };
  });
  const partnerIds = new Set(partners.map((p) => p.id));
  const activities = list(doc, 'activities', problems).map((raw) => ({
    ...raw,
    // Roles of a partner removed meanwhile (possibly by someone else, concurrently) are stale, not errors.
    roles: Object.fromEntries(Object.entries(raw.roles as Record<string, string>).filter(([pid]) => partnerIds.has(pid))),
  }));
  const healthChecks = list(doc, 'healthChecks', problems).map((raw, index) => ({
    ...raw,
    ratings: pickKeys(raw.ratings as Record<string, Rag>, CONDITION_IDS, `healthChecks[${index}].ratings`, problems) as Partial<
      Record<ConditionId, Rag>
    >,
  }));
  const decisions = singleton(doc, 'decisions', problems);
  const processSection = singleton(doc, 'process', problems);
  const resources = singleton(doc, 'resources', problems);
  const agreement = {
    schemaVersion: schemaVersion(doc) ?? CURRENT_SCHEMA_VERSION,
    meta: singleton(doc, 'meta', problems),
    partners,
    ambition: singleton(doc, 'ambition', problems),
    interests: list(doc, 'interests', problems),
    activities,
    decisions: { ...decisions, log: list(doc, 'decisionLog', problems) },
    rules: list(doc, 'rules', problems),
    communication: singleton(doc, 'communication', problems),
    process: { ...processSection, milestones: list(doc, 'milestones', problems) },
    relationship: singleton(doc, 'relationship', problems),
    resources: { ...resources, lines: list(doc, 'budgetLines', problems) },
    period: singleton(doc, 'period', problems),
    checklist: readChecklist(doc, problems),
    healthChecks,
  } as unknown as Agreement;
  return { agreement, problems };
}

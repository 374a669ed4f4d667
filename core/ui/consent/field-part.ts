// The part of the agreement screen a shared text field is written in, from its field key
// (core/agreement textKey: `<section>.<field>` or `<list>/<id>/<field>`), for a comment on one
// field. Fields of the private doc and checklist notes are no part: they take no comments.
import type { PartId } from '../agreement/parts.js';

const OF_SECTION: Record<string, PartId> = {
  ambition: 'ambition',
  decisions: 'decisions',
  communication: 'achtje',
  process: 'process',
  relationship: 'relationship',
  period: 'period',
};

const ACHTJE_FIELDS = new Set(['directorContact', 'professionalContact', 'alignment']);

const OF_LIST: Record<string, (field: string) => PartId> = {
  partners: (f) => (ACHTJE_FIELDS.has(f) ? 'achtje' : 'partners'),
  activities: (f) => (f === 'location' ? 'budget' : 'roles'),
  interests: () => 'interests',
  decisionLog: () => 'decisions',
  rules: () => 'rules',
  milestones: () => 'process',
  budgetLines: () => 'budget',
};

/** The part a field key belongs to, or null when comments cannot point at it. */
export function partOfField(key: string): PartId | null {
  const item = /^([A-Za-z]+)\/[A-Za-z0-9_-]+\/([A-Za-z]+)$/.exec(key);
  if (item) return Object.hasOwn(OF_LIST, item[1]!) ? OF_LIST[item[1]!]!(item[2]!) : null;
  const section = /^([A-Za-z]+)\.([A-Za-z]+)$/.exec(key);
  if (section) return Object.hasOwn(OF_SECTION, section[1]!) ? OF_SECTION[section[1]!]! : null;
  return null;
}

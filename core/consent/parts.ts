// Which parts of the agreement (section ids of core/render) a change to one top-level shared
// type of the Y.Doc, and within a list item or fixed section one field of it, can change the
// text of. Lists are Y.Arrays named by LISTS, fixed sections a Y.Map `<section>` with Y.Texts
// `<section>.<field>` (core/agreement/entities.ts). A field shown in several sections (a
// partner's name, an activity's location) maps to each of them; a change to a list as a whole
// (an item added or removed) to every section that list feeds. Types that are no part of the
// agreement's text (meta, checklist, health checks, actions, the server's map) map to nothing.
import { LISTS, SINGLETON_SPECS, type SingletonName } from '../agreement/entities.js';
import type { SectionId } from '../knowledge/section-ids.js';

type Parts = readonly SectionId[];

/** Sections that show partners by name. */
const NAMED_PARTNERS: Parts = ['ambition', 'partners', 'interests', 'roles', 'decisions', 'communication', 'resources'];

const PARTNER_FIELDS: Record<string, Parts> = {
  name: NAMED_PARTNERS,
  scores: ['ambition'],
  directorContact: ['communication'],
  professionalContact: ['communication'],
  alignment: ['communication'],
};

const ACTIVITY_FIELDS: Record<string, Parts> = {
  name: ['roles', 'resources'],
  schemeActivity: ['roles', 'resources'],
  location: ['roles', 'resources'],
  currentHours: ['resources'],
  newHours: ['resources'],
};

/** Per list: the sections of a field (absent: `other`), and of the list as a whole. */
const LIST_PARTS: Record<string, { fields: Record<string, Parts>; other: Parts; whole: Parts }> = {
  [LISTS.partners]: { fields: PARTNER_FIELDS, other: ['partners'], whole: NAMED_PARTNERS },
  [LISTS.activities]: { fields: ACTIVITY_FIELDS, other: ['roles'], whole: ['roles', 'resources'] },
  [LISTS.interests]: { fields: {}, other: ['interests'], whole: ['interests'] },
  [LISTS.decisionLog]: { fields: {}, other: ['decisions'], whole: ['decisions'] },
  [LISTS.rules]: { fields: {}, other: ['rules'], whole: ['rules'] },
  [LISTS.milestones]: { fields: {}, other: ['process'], whole: ['process'] },
  [LISTS.budgetLines]: { fields: {}, other: ['resources'], whole: ['resources'] },
};

const SECTION_PARTS: Record<SingletonName, Parts> = {
  meta: [],
  ambition: ['ambition'],
  decisions: ['decisions'],
  communication: ['communication'],
  process: ['process'],
  relationship: ['relationship'],
  // The funding scheme is named with the activities too.
  resources: ['resources', 'roles'],
  period: ['period'],
};

const isSection = (name: string): name is SingletonName => Object.hasOwn(SINGLETON_SPECS, name);

/**
 * The sections a change can touch: `root` is the top-level type's name, `field` the field of
 * the list item or fixed section that changed, or null when the change was to the list (or
 * section) as a whole.
 */
export function partsOfChange(root: string, field: string | null): Parts {
  if (Object.hasOwn(LIST_PARTS, root)) {
    const list = LIST_PARTS[root]!;
    if (field === null) return list.whole;
    return Object.hasOwn(list.fields, field) ? list.fields[field]! : list.other;
  }
  const section = root.split('.', 1)[0] as string;
  return isSection(section) ? SECTION_PARTS[section] : [];
}

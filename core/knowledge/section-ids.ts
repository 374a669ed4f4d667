// The ids of the agreement's sections, in document order. At the bottom with the other ids
// of the method: knowledge points to sections, health tallies them, render builds them and
// Word content-control tags carry them, so never rename one.

export const SECTION_IDS = [
  'ambition',
  'partners',
  'interests',
  'roles',
  'decisions',
  'rules',
  'communication',
  'process',
  'relationship',
  'resources',
  'period',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

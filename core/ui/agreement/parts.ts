// The parts of the Afspraken screen, in the order the part list shows them; a module of its
// own so that field-level code (comments on a field) can name a part without importing the screen.
export const PARTS = ['partners', 'ambition', 'interests', 'roles', 'decisions', 'rules', 'achtje', 'process', 'relationship', 'budget', 'period'] as const;
export type PartId = (typeof PARTS)[number];

// The ids of the five conditions, in order. A module of its own so that small bundles (the
// annotator's content script) can validate condition ids without loading the knowledge base.

export const CONDITION_IDS = Object.freeze(['ambition', 'interests', 'relationship', 'organisation', 'process'] as const);

export type ConditionId = (typeof CONDITION_IDS)[number];

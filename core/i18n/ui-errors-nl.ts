// Dutch messages: error messages of core (codes with parameters, translated by every front). Part of the one catalogue assembled in messages-nl.ts.
export const uiErrorsNl = {
} as const;

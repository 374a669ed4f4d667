// Dutch messages: list limits shown at the field. Part of the one catalogue assembled in messages-nl.ts.
export const uiLimitsNl = {
} as const;

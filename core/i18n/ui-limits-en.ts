// English messages: list limits shown at the field. Part of the one catalogue assembled in messages-en.ts.
export const uiLimitsEn = {
} as const;

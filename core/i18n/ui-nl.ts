// Dutch messages of the workspace interface. Part of the one catalogue assembled in messages-nl.ts.
export const uiNl = {
} as const;

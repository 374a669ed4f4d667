// Dutch messages of the Word add-in task pane. Part of the one catalogue assembled in messages-nl.ts.
export const wordNl = {
} as const;

// Dutch messages: failures, read-only states and removal from this device. Part of the one catalogue assembled in messages-nl.ts.
export const uiFailuresNl = {
} as const;

// English messages: failures, read-only states and removal from this device. Part of the one catalogue assembled in messages-en.ts.
export const uiFailuresEn = {
} as const;

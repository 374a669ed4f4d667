// Dutch messages: this device's drafts and local data. Part of the one catalogue assembled in messages-nl.ts.
export const uiDeviceNl = {
} as const;

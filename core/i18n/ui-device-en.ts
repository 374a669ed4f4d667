// English messages: this device's drafts and local data. Mirrors ui-device-nl.ts key for key.
import type { uiDeviceNl } from './ui-device-nl.js';

export const uiDeviceEn: Record<keyof typeof uiDeviceNl, string> = {
};

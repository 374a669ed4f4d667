// English messages: this device's drafts and local data. Mirrors ui-device-nl.ts key for key.
import type { uiDeviceNl } from './ui-device-nl.js';

export const uiDeviceEn: Record<keyof typeof uiDeviceNl, string> = {
  'ui.device.forget': 'Remove from this device',
  'ui.device.forgetQuestion':
    '“{title}”, your links to it and everything this device keeps of it will be gone: your personal interests and changes the server does not have yet. Anyone with a link can still open the draft on the server.',
  'ui.device.forgetConfirm': 'Yes, remove',
  'ui.device.forgotten': '“{title}” was removed from this device.',
  'ui.device.forgetFailed': '“{title}” could not be removed from this device. Close other windows with this draft and try again.',
  'ui.update.available': 'A new version of Samenspel is available. Your work is kept.',
  'ui.update.reload': 'Reload now',
};

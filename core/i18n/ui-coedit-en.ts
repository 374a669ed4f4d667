// English messages of the workspace: co-editing (text fields, presence, sync status, limits). Mirrors ui-coedit-nl.ts key for key.
import type { uiCoeditNl } from './ui-coedit-nl.js';

export const uiCoeditEn: Record<keyof typeof uiCoeditNl, string> = {
  'ui.field.tooLong': 'This does not fit: a field can hold at most {max} characters. Nothing was changed; paste a shorter text.',
  'ui.field.readOnly': 'You cannot edit this draft right now; nothing was changed.',
  'ui.field.peerHere': '{name} is here',
};

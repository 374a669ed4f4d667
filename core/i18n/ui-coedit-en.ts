// English messages of the workspace: co-editing (text fields, presence, sync status, limits). Mirrors ui-coedit-nl.ts key for key.
import type { uiCoeditNl } from './ui-coedit-nl.js';

export const uiCoeditEn: Record<keyof typeof uiCoeditNl, string> = {
  'ui.field.tooLong': 'This does not fit: a field can hold at most {max} characters. Nothing was changed; paste a shorter text.',
  'ui.field.refusedByServer': 'The server did not accept this pasted text: it is too large for one message. It was taken out again; everything else is saved as usual. Paste it in smaller pieces.',
  'ui.field.readOnly': 'You cannot edit this draft right now; nothing was changed.',
  'ui.field.peerHere': '{name} is here',
  'ui.me.button': 'You: {name}',
  'ui.me.buttonUnknown': 'Who are you?',
  'ui.me.title': 'Who are you?',
  'ui.me.explain': 'Your partners see your name and organisation at the field you are working in. Only this device remembers it; you can change it at any time.',
  'ui.me.name': 'Your name',
  'ui.me.nameNeeded': 'Fill in your name, so your partners know who is writing.',
  'ui.me.organisation': 'Your organisation',
  'ui.me.save': 'Save',
  'ui.me.later': 'Later',
  'ui.presence.inPart': '{names} working here',
};

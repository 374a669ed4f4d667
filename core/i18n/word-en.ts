// English messages of the Word add-in task pane, key for key the same as word-nl.ts.
import type { wordNl } from './word-nl.ts';

export const wordEn: Record<keyof typeof wordNl, string> = {
};

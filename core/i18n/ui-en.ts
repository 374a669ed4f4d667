// English messages of the workspace interface, key for key the same as ui-nl.ts.
import type { uiNl } from './ui-nl.ts';

export const uiEn: Record<keyof typeof uiNl, string> = {
};

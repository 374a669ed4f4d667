// The background only wires things: the toolbar button opens the side panel (Chrome) or
// toggles the sidebar (Firefox), a context-menu entry does the same, and the annotator is
// injected on demand and relayed to (see lib/annotator-background.ts).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireAnnotator } from '../lib/annotator-background.js';
import { wireOpeners } from '../lib/openers.js';

export default defineBackground(() => {
  wireOpeners(browser);
  wireAnnotator(browser);
});

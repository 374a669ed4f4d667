// The background only wires things: the toolbar button opens the side panel (Chrome) or
// toggles the sidebar (Firefox), and a context-menu entry does the same.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireOpeners } from '../lib/openers.js';

export default defineBackground(() => wireOpeners(browser));

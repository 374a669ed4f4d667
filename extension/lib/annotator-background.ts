// The background's part of the annotator: injects the content script on demand (side panel
// button, context menu "Markeer als belang van …") and relays the side panel's messages to
// a tab, so the content script only ever hears from the extension's own service worker.
// Takes the browser API as a parameter so tests can pass a fake.
import { parseToPage } from '../../core/anchoring/messages.js';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { BackgroundApi } from './background-api.js';
import { isFromExtensionPage } from './senders.js';

export const ANNOTATOR_FILE = '/annotator.js' satisfies ScriptPublicPath;
export const ANNOTATE_MENU_ID = 'samenspel-annotate';
export const SITES_SCRIPT_ID = 'samenspel-partner-sites';

/** Panel → background requests. */
export type PanelRequest =
  | { type: 'samenspel/activate'; tabId: number }
  | { type: 'samenspel/to-tab'; tabId: number; message: unknown };

export async function injectAnnotator(api: BackgroundApi, tabId: number): Promise<boolean> {
  try {
    await api.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_FILE] });
    return true;
  } catch {
    return false;
  }
}

const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

export function wireAnnotator(api: BackgroundApi): void {
  api.runtime.onInstalled.addListener(() => {
    api.contextMenus.create({
      id: ANNOTATE_MENU_ID,
      title: api.i18n.getMessage('annotateSelection') || 'Markeer als belang van …',
      contexts: ['selection'],
    });
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ANNOTATE_MENU_ID || !isTabId(tab?.id)) return;
    // The side panel owns the data: open it within the user gesture, then inject (activeTab).
    if (api.sidePanel?.open && tab.windowId !== undefined) void api.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    else if (api.sidebarAction?.open) void api.sidebarAction.open().catch(() => undefined);
    const tabId = tab.id;
    void injectAnnotator(api, tabId).then((ok) => {
      if (ok) void api.tabs.sendMessage(tabId, { type: 'annotator/tag-selection' }).catch(() => undefined);
    });
  });
  // sendResponse + `return true` rather than a returned promise: works in every Chrome.
  api.runtime.onMessage.addListener((data, sender, sendResponse) => {
    if (!isFromExtensionPage(sender, api.runtime.id, api.runtime.getURL('/')) || !data || typeof data !== 'object') return false;
    const req = data as Partial<PanelRequest> & { message?: unknown };
    let work: Promise<boolean> | null = null;
    if (req.type === 'samenspel/activate' && isTabId(req.tabId)) work = injectAnnotator(api, req.tabId);
    else if (req.type === 'samenspel/to-tab' && isTabId(req.tabId)) {
      const m = parseToPage(req.message);
      work = m ? Promise.resolve(api.tabs.sendMessage(req.tabId, m)).then(() => true, () => false) : Promise.resolve(false);
    }
    if (!work) return false;
    void work.then(sendResponse, () => sendResponse(false));
    return true;
  });
}

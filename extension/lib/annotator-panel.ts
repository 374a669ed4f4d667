// The side panel's side of the annotator: which tab is current, activation (through the
// background), messages to a tab (relayed by the background), and the annotator's messages
// from content scripts, accepted only after the sender check and the schema.
import { browser } from 'wxt/browser';
import { parseFromPage } from '../../core/anchoring/messages.js';
import type { AnnotatorBridge } from '../../core/ui/host.js';
import { ANNOTATOR_FILE, SITES_SCRIPT_ID } from './annotator-background.js';
import { isFromContentScript, type SenderLike } from './senders.js';

export function annotatorBridge(): AnnotatorBridge {
  return {
    async currentTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id !== undefined && tab.url && /^https?:/i.test(tab.url) ? { id: tab.id, url: tab.url } : null;
    },
    async activate(tabId) {
      try {
        return (await browser.runtime.sendMessage({ type: 'samenspel/activate', tabId })) === true;
      } catch {
        return false;
      }
    },
    send(tabId, message) {
      void browser.runtime.sendMessage({ type: 'samenspel/to-tab', tabId, message }).catch(() => undefined);
    },
    onMessage(listener) {
      const handler = (data: unknown, sender: SenderLike | undefined) => {
        if (!isFromContentScript(sender, browser.runtime.id)) return;
        const m = parseFromPage(data);
        if (m && sender?.tab?.id !== undefined) listener(sender.tab.id, m);
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
    onTabGone(listener) {
      const updated = (tabId: number, info: { status?: string }) => {
        if (info.status === 'loading') listener(tabId);
      };
      const removed = (tabId: number) => listener(tabId);
      browser.tabs.onUpdated.addListener(updated);
      browser.tabs.onRemoved.addListener(removed);
      return () => {
        browser.tabs.onUpdated.removeListener(updated);
        browser.tabs.onRemoved.removeListener(removed);
      };
    },
    async enableSites(origins) {
      const patterns = [...new Set(origins)].map((o) => `${new URL(o).origin}/*`);
      if (patterns.length === 0) return false;
      // Must run within the user's click: the browser shows its permission prompt.
      const granted = await browser.permissions.request({ origins: patterns }).catch(() => false);
      if (!granted) return false;
      await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] }).catch(() => undefined);
      await browser.scripting.registerContentScripts([
        { id: SITES_SCRIPT_ID, matches: patterns, js: [ANNOTATOR_FILE.slice(1)], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
      return true;
    },
  };
}

// The Host of the extension side panel: clipboard, tabs, downloads, inserting a section into
// the focused editable field of the active tab (activeTab + scripting, nothing else), and
// asking for a sync server's origin (an optional host permission) when the user picks one.
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n/index.js';
import type { Host, HostOutcome, InsertRequest } from '../../core/ui/host.js';
import { browserIo, pageLang } from '../../web/host.js';
import { annotatorBridge } from './annotator-panel.js';

/** Runs in the page: inserts into the focused textarea/input or contenteditable. Must be self-contained. */
export function insertIntoFocused(html: string, text: string): 'ok' | 'no-field' {
  let el: Element | null = document.activeElement;
  while (el && el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|search|url|email|)$/.test(el.type))) {
    if (el.readOnly || el.disabled) return 'no-field';
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return 'ok';
  }
  if (el instanceof HTMLElement && el.isContentEditable) {
    const ok = document.execCommand('insertHTML', false, html) || document.execCommand('insertText', false, text);
    return ok ? 'ok' : 'no-field';
  }
  return 'no-field';
}

/** The host permission for a server: its scheme and host name, every port and path (a pattern with a port is not valid everywhere). */
export function serverOriginPattern(serverUrl: string): string | null {
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Asks for the server's origin. Called synchronously from the user's click (Firefox allows the
 * prompt only in the input handler itself); already granted resolves true without a prompt.
 */
export function requestServerAccess(serverUrl: string): Promise<boolean> {
  const pattern = serverOriginPattern(serverUrl);
  if (!pattern) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function extensionHost(): Host {
  const lang = pageLang;
  return {
    annotator: annotatorBridge(),
    ...browserIo(lang, (url) => void browser.tabs.create({ url })),
    requestServerAccess,
    async insert(request: InsertRequest): Promise<HostOutcome> {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (!tab?.id) return { ok: false, message: t(lang(), 'ui.host.noField') };
        const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: insertIntoFocused, args: [request.html, request.text] });
        return result?.result === 'ok' ? { ok: true, message: t(lang(), 'ui.host.inserted') } : { ok: false, message: t(lang(), 'ui.host.noField') };
      } catch {
        return { ok: false, message: t(lang(), 'ui.host.insertFailed') };
      }
    },
  };
}

// Who sent a runtime message: the extension's sender checks, in one place. Only messages
// delivered by the extension runtime, from this extension, are ever handled; `message`
// events from the page are never listened to. A message that passes still goes through
// the schemas of core/anchoring/messages.ts. No browser API here: the content script,
// the side panel and the background each pass what they know (runtime id, base URL).

/** The fields of runtime.MessageSender that the checks read. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:'];

function isExtensionUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return EXTENSION_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * In the content script: true only for a message sent by this extension's own pages
 * (side panel, background): same runtime id, no tab, and an extension URL when one is given.
 */
export function isFromExtension(sender: SenderLike | null | undefined, runtimeId: string): boolean {
  if (!sender || !runtimeId || sender.id !== runtimeId || sender.tab) return false;
  return sender.url === undefined || isExtensionUrl(sender.url);
}

/**
 * In the side panel: true only for a message sent by this extension's content script in a
 * tab (same runtime id, a tab). Its content is page-derived and still untrusted: parse it
 * with parseFromPage.
 */
export function isFromContentScript(sender: SenderLike | null | undefined, runtimeId: string): boolean {
  return !!sender && !!runtimeId && sender.id === runtimeId && !!sender.tab && typeof sender.tab.id === 'number';
}

/**
 * In the background: true only for a message from one of this extension's own pages (the
 * side panel), never a content script: same runtime id and a URL under `baseUrl`
 * (runtime.getURL('/')).
 */
export function isFromExtensionPage(sender: SenderLike | null | undefined, runtimeId: string, baseUrl: string): boolean {
  if (!sender || !runtimeId || sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(baseUrl);
}

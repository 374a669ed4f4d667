// The browser window's clipboard, downloads and links, and the web page's Host built from
// them. One implementation for every front that runs in a page: the web page uses webHost,
// the extension's side panel and the Word task pane build their hosts from browserIo.
import { t, type Lang } from '../core/i18n/index.js';
import { safeHttpUrl } from '../core/render/blocks.js';
import type { Host, HostOutcome } from '../core/ui/host.js';

/** The part of a Host that any browser window can do. */
export interface BrowserIo {
  copy(content: { html: string; text: string }): Promise<HostOutcome>;
  download(file: { name: string; mime: string; bytes: Uint8Array }): Promise<HostOutcome>;
  openLink(url: string): void;
}

/** The page's language (`<html lang>`): English when it says so, Dutch otherwise. */
export const pageLang = (): Lang => (globalThis.document?.documentElement.lang === 'en' ? 'en' : 'nl');

async function copyRich(content: { html: string; text: string }, lang: Lang): Promise<HostOutcome> {
  try {
    if (content.html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([content.html], { type: 'text/html' }),
          'text/plain': new Blob([content.text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(content.text);
    }
    return { ok: true, message: t(lang, 'ui.host.copied') };
  } catch {
    // Fallback for windows without the async clipboard: a copy event carrying both formats.
    let done = false;
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', content.text);
      if (content.html) e.clipboardData?.setData('text/html', content.html);
      e.preventDefault();
      done = true;
    };
    document.addEventListener('copy', onCopy);
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', onCopy);
    }
    return done ? { ok: true, message: t(lang, 'ui.host.copied') } : { ok: false, message: t(lang, 'ui.host.copyFailed') };
  }
}

function downloadFile(file: { name: string; mime: string; bytes: Uint8Array }, lang: Lang): HostOutcome {
  try {
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, message: t(lang, 'ui.host.downloaded', { name: file.name }) };
  } catch {
    return { ok: false, message: t(lang, 'ui.host.downloadFailed') };
  }
}

/**
 * Clipboard and downloads of this window, messages in `lang()`. Links (http(s) only) open in
 * a new tab, or through `open` when the front has its own way (Office, the extension's tabs).
 */
export function browserIo(lang: () => Lang = pageLang, open?: (url: string) => void): BrowserIo {
  return {
    copy: (content) => copyRich(content, lang()),
    async download(file) {
      return downloadFile(file, lang());
    },
    openLink(url) {
      const safe = safeHttpUrl(url);
      if (!safe) return;
      if (open) open(safe);
      else window.open(safe, '_blank', 'noopener,noreferrer');
    },
  };
}

/** The Host of a plain web page: it cannot insert into other pages, so `insert` is absent. */
export const webHost = (io: BrowserIo = browserIo()): Host => ({ ...io });

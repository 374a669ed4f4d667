// Clipboard, download and links in the task pane's browser window, shared by the Word host
// and the fallback host used when the task pane is opened outside Office.
import { t, type Lang } from '../core/i18n/index.js';
import { safeHttpUrl } from '../core/render/blocks.js';
import type { Host, HostOutcome } from '../core/ui/host.js';

export interface BrowserIo {
  copy(content: { html: string; text: string }): Promise<HostOutcome>;
  download(file: { name: string; mime: string; bytes: Uint8Array }): Promise<HostOutcome>;
  openLink(url: string): void;
}

/** The window's clipboard and downloads; links go to `openBrowserWindow` (Office) when given. */
type Win = Window & typeof globalThis;

export function browserIo(lang: Lang, win: Win = window, openBrowserWindow?: (url: string) => void): BrowserIo {
  return {
    async copy({ html, text }) {
      try {
        const clipboard = win.navigator.clipboard;
        if (typeof clipboard?.write === 'function' && typeof win.ClipboardItem === 'function') {
          await clipboard.write([
            new win.ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
          ]);
        } else {
          await clipboard.writeText(text);
        }
        return { ok: true, message: t(lang, 'word.copy.done') };
      } catch {
        return { ok: false, message: t(lang, 'word.copy.failed') };
      }
    },
    async download({ name, mime, bytes }) {
      try {
        const url = win.URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
        const a = win.document.createElement('a');
        a.href = url;
        a.download = name;
        a.rel = 'noopener';
        win.document.body.append(a);
        a.click();
        a.remove();
        win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
        return { ok: true };
      } catch {
        return { ok: false, message: t(lang, 'word.download.failed') };
      }
    },
    openLink(url) {
      const safe = safeHttpUrl(url);
      if (!safe) return;
      if (openBrowserWindow) openBrowserWindow(safe);
      else win.open(safe, '_blank', 'noopener');
    },
  };
}

/** The host outside Office: copy and download, no insertion. */
export const fallbackHost = (io: BrowserIo): Host => ({ kind: 'web', copy: io.copy, download: io.download, openLink: io.openLink });

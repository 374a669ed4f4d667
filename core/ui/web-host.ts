// The Host of a plain web page: clipboard (HTML and plain text), new tabs and downloads.
// It cannot insert into other pages, so `insert` is absent.
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import type { Host, HostKind, HostOutcome } from './host.js';

export async function copyRich(content: { html: string; text: string }, lang: Lang): Promise<HostOutcome> {
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
    // Fallback for pages without the async clipboard: a copy event carrying both formats.
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

export function downloadFile(file: { name: string; mime: string; bytes: Uint8Array }, lang: Lang): HostOutcome {
  const blob = new Blob([file.bytes as BlobPart], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return { ok: true, message: t(lang, 'ui.host.downloaded', { name: file.name }) };
}

export const pageLang = (): Lang => (globalThis.document?.documentElement.lang === 'en' ? 'en' : 'nl');

export function webHost(lang: () => Lang = pageLang, kind: HostKind = 'web'): Host {
  return {
    kind,
    copy: (content) => copyRich(content, lang()),
    openLink(url) {
      if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    async download(file) {
      return downloadFile(file, lang());
    },
  };
}

// The annotator content script. Never in the manifest: it is injected on demand
// (scripting.executeScript after the side panel button or the context menu) or registered
// for the partner sites the user granted (scripting.registerContentScripts). An unlisted
// script rather than a WXT content script: WXT's context announces itself to the page with
// window.postMessage and can be invalidated by a page event; this script talks to the
// extension runtime only. Injecting it twice re-announces the running instance.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createAnnotator, type Annotator, type AnnotatorWindow } from '../annotator/annotator.js';

type Global = typeof globalThis & { samenspelAnnotator?: Annotator };

export default defineUnlistedScript({
  globalName: false,
  main() {
    // This global lives in the content script's isolated world: the page cannot see it.
    const g = globalThis as Global;
    if (g.samenspelAnnotator) {
      g.samenspelAnnotator.announce();
      return;
    }
    const annotator = createAnnotator({
      doc: document,
      win: window as unknown as AnnotatorWindow,
      runtimeId: browser.runtime.id,
      trustedEventsOnly: true,
      send: (m) => void browser.runtime.sendMessage(m).catch(() => undefined),
    });
    g.samenspelAnnotator = annotator;
    browser.runtime.onMessage.addListener((data, sender) => {
      annotator.handleMessage(data, sender);
    });
  },
});

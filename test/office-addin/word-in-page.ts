// The mock Word (word-mock.ts, on office-addin-mock) for the task pane in Chromium: bundled
// once into a script that, after office.js has run, tells the page it is in Word on a given
// platform and answers Word.run from a FakeWord document — window.__word, for the test to
// look into. office-addin-manifest, which office-addin-mock requires only for its OfficeApp
// enum, is resolved to that one module so no Node code reaches the page.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';

const require = createRequire(import.meta.url);
let bundle: Promise<string> | undefined;

/** word-mock.ts as an IIFE defining `SamenspelWordMock` (FakeWord, para). */
export function wordMockBundle(): Promise<string> {
  bundle ??= build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { 'office-addin-manifest': join(require.resolve('office-addin-manifest'), '../officeApp.js') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: false, lib: { entry: join(import.meta.dirname, 'word-mock.ts'), formats: ['iife'], name: 'SamenspelWordMock', fileName: 'word-mock' } },
  }).then((out) => {
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('word-mock bundle: no chunk');
    return chunk.code;
  });
  return bundle;
}

export interface InPageWord {
  /** Office.context.platform: "OfficeOnline", "PC", … */
  platform: string;
  /** Office.context.diagnostics.version */
  version: string;
  /** The document's paragraphs (text and built-in style); one empty paragraph when absent. */
  paragraphs?: { text: string; style: string }[];
}

/** An init script for the page: the bundle, then Office and Word answered from the mock once office.js has run. */
export async function inPageWordScript(word: InPageWord): Promise<string> {
  return `${await wordMockBundle()}
;(() => {
  const { FakeWord, para } = SamenspelWordMock;
  const given = ${JSON.stringify(word.paragraphs ?? [])};
  const fake = new FakeWord(given.length ? given.map((p) => para(p.text, p.style)) : undefined);
  if (given.length) fake.cursorAtEnd();
  window.__word = fake;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive' || !window.Office || !window.OSF) return;
    const officeContext = {
      platform: ${JSON.stringify(word.platform)},
      diagnostics: { version: ${JSON.stringify(word.version)}, host: 'Word', platform: ${JSON.stringify(word.platform)} },
      requirements: { isSetSupported: () => true },
      ui: { openBrowserWindow: () => undefined },
    };
    Office.onReady = () => Promise.resolve({ host: 'Word', platform: ${JSON.stringify(word.platform)} });
    // Office.context now, and through office.js's own getter once it defines it.
    Object.defineProperty(Office, 'context', { value: officeContext, writable: true, enumerable: true, configurable: true });
    OSF._OfficeAppFactory.getContext = () => officeContext;
    window.Word = { run: (batch) => fake.run(batch) };
  });
})();`;
}

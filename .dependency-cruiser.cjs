// The dependency rules of Samenspel (docs/architecture.md), checked by `npm run lint:deps`
// and in `npm test`: no cycles, core's layers import only downwards, core never reaches the
// fronts or their platform APIs, and the fronts stay apart. CommonJS because depcruise
// loads its configuration with require.

/** core's layers, bottom first: a layer may import the ones before it, never the ones after. */
const LAYERS = ['base', 'i18n', 'knowledge', 'anchoring', 'agreement', 'consent', 'health', 'render', 'sync', 'ui'];
const FRONTS = ['extension', 'office-addin', 'server', 'web'];

/** Packages of the browser-extension and Office platforms; `office-js` is the name of its triple-slash type reference. */
const PLATFORM = [
  'wxt',
  '@wxt-dev/[^/]+',
  '@webext-core/[^/]+',
  'webextension-polyfill',
  '@types/webextension-polyfill',
  '@types/chrome',
  'office-js',
  '@types/office-js',
  '@microsoft/office-js',
  'office-addin-[^/]+',
].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes modules impossible to understand, test or load apart: move the shared piece down.',
      severity: 'error',
      from: { path: `^(core|${FRONTS.join('|')})/` },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `core-layers-${layer}`,
      comment: `core/${layer} may import only the layers below it (${LAYERS.slice(0, i).join(', ') || 'none'}), never ${LAYERS.slice(i + 1).join(', ')}.`,
      severity: 'error',
      from: { path: `^core/${layer}/` },
      to: { path: `^core/(${LAYERS.slice(i + 1).join('|')})/` },
    })),
    {
      name: 'core-layers-known',
      comment: `Every core module lives in a layer (${LAYERS.join(', ')}): a new folder of core gets its place in LAYERS first.`,
      severity: 'error',
      from: {},
      to: { path: '^core/', pathNot: `^core/(${LAYERS.join('|')})/` },
    },
    {
      name: 'core-not-to-fronts',
      comment: 'core is shared by every front and never imports one: fronts inject what core needs (core/ui/host.ts).',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: `^(${FRONTS.join('|')})/` },
    },
    {
      name: 'core-no-platform-apis',
      comment: 'core runs everywhere: no WXT, webextension-polyfill or Office (office.js types bring the Office and Word globals).',
      severity: 'error',
      from: { path: '^core/' },
      // Resolved into a node_modules folder, or left unresolved under the package's own name.
      to: { path: `(^|/)node_modules/(${PLATFORM})(/|$)|^(${PLATFORM})(/|$)|^#imports$` },
    },
    {
      name: 'fronts-apart',
      comment: 'A page front imports core, its own files and the shared browser-window I/O (web/host.ts), no other front.',
      severity: 'error',
      from: { path: '^(extension|office-addin|web)/' },
      to: { path: `^(${FRONTS.join('|')})/`, pathNot: ['^$1/', '^web/host\\.ts$'] },
    },
    {
      name: 'server-no-fronts',
      comment: 'The server runs in Node: it serves the built fronts, it never imports their code.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(extension|office-addin|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a layer that needs another's types depends on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};

// `npm run bench [suite…]`: every benchmark of the project, each printing its figures next
// to a baseline measured in the same run. Suites: core, sync, anchoring, ui, keystroke, roles, word, exports.
import { benchAnchoring } from './anchoring.js';
import { benchCore } from './core.js';
import { benchExports } from './exports.js';
import { benchKeystroke } from './keystroke.js';
import { benchRoles } from './roles.js';
import { runSyncBench } from './sync.js';
import { benchUi } from './ui.js';
import { benchWord } from './word.js';

const suites: Record<string, () => Promise<void>> = {
  core: benchCore,
  sync: () => runSyncBench(),
  anchoring: benchAnchoring,
  ui: benchUi,
  keystroke: benchKeystroke,
  roles: benchRoles,
  word: benchWord,
  exports: benchExports,
};
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`Unknown bench suite(s): ${unknown.join(', ')}. Choose from: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}
// Servers and browsers a suite started are closed by then; exit even if a handle lingers.
process.exit(0);

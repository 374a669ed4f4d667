// `npm run bench`: every benchmark of the project, each printing its figures next to a baseline.
import { benchCore } from './core.js';

const suites: Record<string, () => Promise<void>> = { core: benchCore };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}

// The dependency rules (.dependency-cruiser.cjs) on a fixture that breaks them on purpose:
// a cycle, an upward import between core's layers and office.js types in core must all be
// reported, so the check in `npm test` cannot pass silently.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const fixture = fileURLToPath(new URL('../fixtures/architecture', import.meta.url));

describe('dependency rules', () => {
  it('report the cycle, the upward import and the Office globals in the fixture, and nothing else', async () => {
    // The fixture has no tsconfig of its own; its relative .js specifiers resolve without one.
    const { tsConfig: _tsConfig, ...options } = config.options ?? {};
    const result = await cruise(['core'], { ...options, baseDir: fixture, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } });
    const { summary } = result.output as ICruiseResult;
    expect(summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, '')}`).sort()).toEqual([
      'core-layers-knowledge: core/knowledge/terms.ts → core/ui/screen.ts',
      'core-no-platform-apis: core/render/word.ts → @types/office-js/index.d.ts',
      'no-circular: core/ui/panel.ts → core/ui/screen.ts',
    ]);
    expect(summary.error).toBe(3);
  });
});

// Test projects: pure/core and server tests in Node, component tests in happy-dom,
// real-browser tests (Chromium via playwright-core) in their own serial project.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          // No network in component tests: a fetch fails as offline (test/support/no-network.ts).
          setupFiles: ['test/support/no-network.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Real browsers and a real server per file: one file at a time, tests in order.
          fileParallelism: false,
          sequence: { concurrent: false },
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browsers on a shared 2-core machine: wait for what a user would see, generously.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});

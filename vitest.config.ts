import { defineConfig } from 'vitest/config';

// One runner for the whole project: unit, SQL, store, API, component and browser tests.
// Two cores: files run in parallel forks, but heavy suites keep their own data small.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'web/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { TZ: 'UTC' },
    reporters: ['default', './test/plain-summary-reporter.ts'],
  },
});

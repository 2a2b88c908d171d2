import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The line's own log lines would bury the results; a test that checks logs sets its own level.
    env: { LOG_LEVEL: 'silent' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Collects every test's logs and fails the run if any holds a token or a user's words.
    globalSetup: ['test/helpers/log-audit-setup.ts'],
    // Generous: a process test on a busy 2-core machine can take many times its idle duration.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here and in CI: one worker per core keeps end-to-end tests from starving each other.
    maxWorkers: 2,
  },
});

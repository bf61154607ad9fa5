import { defineConfig } from 'vitest/config';

const common = { testTimeout: 60_000, hookTimeout: 120_000 };
export default defineConfig({
  test: {
    // CLI tests spawn the compiled `brink`: build once before any test runs.
    globalSetup: ['test/setup/build.ts'],
    projects: [
      { test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/cli/ioErrors.test.ts'], isolate: false } },
      { test: { ...common, name: 'isolated', include: ['test/cli/ioErrors.test.ts'] } },
    ],
  },
});

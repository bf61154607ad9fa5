import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const common = { testTimeout: 60_000, hookTimeout: 120_000 };
export default defineConfig({
  test: {
    // Every core: much of the suite waits on child processes (the CLI, Chromium, Slurm), so two
    // files at once on two cores cut the wall time by a quarter for a few per cent more CPU
    // (vitest's default leaves one core to the main process).
    maxWorkers: Math.max(2, availableParallelism()),
    // CLI tests spawn the compiled `brink`: build once before any test runs.
    globalSetup: ['test/setup/build.ts'],
    projects: [
      { test: { ...common, name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/cli/ioErrors.test.ts'], isolate: false } },
      { test: { ...common, name: 'isolated', include: ['test/cli/ioErrors.test.ts'] } },
    ],
  },
});

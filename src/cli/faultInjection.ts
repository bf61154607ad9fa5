/** Fault injection for tests of failure handling: `BRINK_FAIL_RUN=k` makes run k throw. */
export function injectedFailure(env: NodeJS.ProcessEnv = process.env): { failAtRun?: number } {
  return env.BRINK_FAIL_RUN !== undefined && /^[0-9]+$/.test(env.BRINK_FAIL_RUN) ? { failAtRun: Number(env.BRINK_FAIL_RUN) } : {};
}

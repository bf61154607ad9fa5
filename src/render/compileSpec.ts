/** Vega-Lite → Vega, collecting every warning the compiler logs (tests require none). */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';

export interface Compiled {
  readonly vega: VegaSpec;
  readonly warnings: readonly string[];
}

export function compileSpec(spec: TopLevelSpec): Compiled {
  const warnings: string[] = [];
  let level = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      warnings.push(`error: ${args.join(' ')}`);
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  const vega = compile(spec, { logger: logger as never }).spec as VegaSpec;
  return { vega, warnings };
}

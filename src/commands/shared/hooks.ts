/**
 * What a pipeline tells its caller while it works. The CLI prints these (progress bars on a TTY,
 * notes on stderr); a library caller may listen or not.
 */
export interface PipelineHooks {
  /** A seed was generated because none was given: without it the output cannot be reproduced. */
  readonly onSeedGenerated?: (seed: string) => void;
  /** A remark for a person (a range rounded, a flag ignored); never an error. */
  readonly onNote?: (text: string) => void;
  /** Work done so far, in runs of `total`; `label` names the work (`durand-line-2025 check`). */
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** Where a pipeline's scenario comes from: a file, with `--set` and `--days` applied. */
export interface ScenarioSource {
  /** A scenario file (YAML or JSON). */
  readonly scenario: string;
  /** Overrides, `path=value`, as typed after `--set`. */
  readonly set?: readonly string[];
  /** The horizon in days, overriding the file's. */
  readonly days?: number;
}

/** What every pipeline that writes an output folder takes besides its own inputs. */
export interface OutputOptions {
  /** Root folder for output folders (the CLI's `--out`, default `reports`). */
  readonly out: string;
  /** Charts and their views (default true; `--no-charts` gives false). */
  readonly charts?: boolean;
  /** A Parquet file beside each CSV data file (`--format parquet`; ensemble, sweep, compare). */
  readonly parquet?: boolean;
  /** Replace `<out>/index.html` even if brink did not write it (`--overwrite-index`); otherwise such a file is refused. */
  readonly overwriteIndex?: boolean;
  readonly hooks?: PipelineHooks;
}

/** The load options of a scenario source, without absent fields. */
export function loadOptions(source: ScenarioSource): { set: readonly string[]; days?: number } {
  return { set: source.set ?? [], ...(source.days === undefined ? {} : { days: source.days }) };
}

/**
 * The one output-folder writer every command uses. Phases, in order:
 *   1. stage     a temporary sibling folder (StagingFolder); a caller may stream files into it
 *                first (outcomes.csv while runs finish)
 *   2. data      the data files, each hashed: what `brink replay` recomputes; with `parquet`,
 *                a Parquet twin of each CSV (a view of it: not hashed, see parquet.ts)
 *   3. manifest  manifest.json over those hashes
 *   4. charts    charts/<name>.vl.json, .svg and .png: views, not hashed
 *   5. page      index.html: charts, tables, the manifest and links to the data files
 *   6. commit    rename into place; on any failure the staging folder is removed instead
 *
 * The writer knows no statistics and runs no model: a command hands it finished contents.
 */
import { htmlReport, type ReportChart, type ReportTable } from '../render/htmlReport.js';
import { StagingFolder, type FileContents } from './atomicFolder.js';
import { writeCharts } from './chartFiles.js';
import { MANIFEST_FILE } from './manifest.js';
import { join } from 'node:path';

export interface FolderContents {
  /** Data files by name, written in this order after any streamed ones. */
  readonly data: FileContents;
  /** manifest.json's text, given the sha256 of every data file by name. */
  readonly manifest: (results: Record<string, string>) => string;
  /** The charts, asked for only after the data and manifest are written ([] for --no-charts). */
  readonly charts: () => readonly ReportChart[];
  /** Also write `<name>.parquet` beside every `<name>.csv` data file (`--format parquet`). */
  readonly parquet?: boolean;
  /** What index.html says besides the charts and the manifest. */
  readonly page: { readonly title: string; readonly subtitle: string; readonly tables: readonly ReportTable[]; readonly explore?: { readonly href: string; readonly command: string } };
}

export interface WrittenFolder {
  readonly folder: string;
  /** Milliseconds to render each chart, by name. */
  readonly chartTimings: Readonly<Record<string, number>>;
}

/** The manifest as a report shows it: without the part that differs between identical reruns. */
export function manifestForDisplay(manifestText: string): unknown {
  const { execution: _execution, ...rest } = JSON.parse(manifestText) as Record<string, unknown>;
  return rest;
}

/** Phases 2–6 on a staging folder already open (and perhaps streamed into). */
export async function finishOutputFolder(staging: StagingFolder, contents: FolderContents): Promise<WrittenFolder> {
  for (const [name, text] of contents.data) staging.writeFile(name, text);
  const results = staging.resultHashes();
  // In the order written: streamed files first, as the page lists them.
  const dataFiles = staging.writtenNames();
  const twins: string[] = [];
  if (contents.parquet === true) {
    // The Parquet writer loads only for --format parquet.
    const { csvToParquet, parquetName } = await import('./parquet.js');
    for (const name of dataFiles) {
      const twin = parquetName(name);
      if (twin === undefined) continue;
      csvToParquet(join(staging.path, name), join(staging.path, twin));
      twins.push(twin);
    }
  }
  const manifestText = contents.manifest(results);
  staging.writeFile(MANIFEST_FILE, manifestText);
  const charts = contents.charts();
  const chartTimings = await writeCharts(staging, charts);
  staging.writeView(
    'index.html',
    htmlReport({ ...contents.page, charts, manifest: manifestForDisplay(manifestText), files: [...dataFiles, ...twins, MANIFEST_FILE] }),
  );
  return { folder: staging.commit(), chartTimings };
}

/** Every phase: stage, (stream,) data, manifest, charts, page, commit; or abort. */
export async function writeOutputFolder(
  target: string,
  contents: FolderContents | ((staging: StagingFolder) => Promise<FolderContents> | FolderContents),
): Promise<WrittenFolder> {
  const staging = StagingFolder.open(target);
  try {
    return await finishOutputFolder(staging, typeof contents === 'function' ? await contents(staging) : contents);
  } finally {
    staging.abort();
  }
}

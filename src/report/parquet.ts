/**
 * Parquet twins of CSV data files (`--format parquet`): `outcomes.csv` → `outcomes.parquet`, for
 * DuckDB, pandas, polars or R to read typed and columnar. Each twin is made from its CSV's bytes
 * and nothing else, so it is as deterministic as the CSV: a merged folder's CSVs are the
 * unsharded folder's, hence so are its Parquet files, byte for byte. The CSV stays the source of
 * truth (hashed in the manifest, read by `brink merge` and checked by `brink replay`).
 *
 * Column types follow from the values, never from the machine: a column whose filled cells are
 * all `true`/`false` is BOOLEAN, all numbers DOUBLE (one numeric type, so shards agree whether
 * or not their values happen to be whole), else STRING; an empty cell is null. The bout lists
 * ("1 1 2 6") are STRING by name, since a shard whose runs all have one bout would otherwise
 * see numbers. Rows go in groups of a fixed count from the top of the file, so a file's bytes do
 * not depend on how it was produced, and memory stays bounded for a 1,000,000-run ensemble.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { ParquetWriter, fileWriter, schemaFromColumnData } from 'hyparquet-writer';

const ROW_GROUP = 65_536;
const NUMBER = /^-?(?:[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|Infinity)$|^NaN$/;
const ALWAYS_TEXT = /(?:^|_)bout(?:Lengths|Peaks|Gaps)$/;

type ColumnType = 'BOOLEAN' | 'DOUBLE' | 'STRING';

/** The CSV data files of a folder whose twins `--format parquet` writes. */
export function parquetName(csvName: string): string | undefined {
  return csvName.endsWith('.csv') ? `${csvName.slice(0, -'.csv'.length)}.parquet` : undefined;
}

/** Writes `parquetPath` from the CSV file at `csvPath` (header line first). */
export function csvToParquet(csvPath: string, parquetPath: string): void {
  const [header, types] = columnTypes(csvPath);
  const writer = new ParquetWriter({
    writer: fileWriter(parquetPath),
    schema: schemaFromColumnData({ columnData: header.map((name, i) => ({ name, data: [], type: types[i]!, nullable: true })) }),
    // The library's name without its version: an upgrade must not change every file's bytes.
    createdBy: 'brink',
  });
  let columns: (string | number | boolean | null)[][] = header.map(() => []);
  const flush = (): void => {
    if (columns[0]!.length === 0) return;
    writer.write({ columnData: header.map((name, i) => ({ name, data: columns[i]! })), rowGroupSize: ROW_GROUP });
    columns = header.map(() => []);
  };
  let first = true;
  for (const record of csvRecords(csvPath)) {
    if (first) {
      first = false;
      continue;
    }
    for (let i = 0; i < header.length; i += 1) columns[i]!.push(typed(record[i] ?? '', types[i]!));
    if (columns[0]!.length === ROW_GROUP) flush();
  }
  flush();
  writer.finish();
}

function typed(cell: string, type: ColumnType): string | number | boolean | null {
  if (cell === '') return null;
  if (type === 'DOUBLE') return Number(cell);
  if (type === 'BOOLEAN') return cell === 'true';
  return cell;
}

/** The header and each column's type, from a first pass over the whole file. */
function columnTypes(csvPath: string): [string[], ColumnType[]] {
  let header: string[] | undefined;
  let numeric: boolean[] = [];
  let boolean: boolean[] = [];
  let filled: boolean[] = [];
  for (const record of csvRecords(csvPath)) {
    if (header === undefined) {
      header = record;
      numeric = header.map((name) => !ALWAYS_TEXT.test(name));
      boolean = header.map(() => true);
      filled = header.map(() => false);
      continue;
    }
    for (let i = 0; i < header.length; i += 1) {
      const cell = record[i] ?? '';
      if (cell === '') continue;
      filled[i] = true;
      if (numeric[i] && !NUMBER.test(cell)) numeric[i] = false;
      if (boolean[i] && cell !== 'true' && cell !== 'false') boolean[i] = false;
    }
  }
  if (header === undefined) throw new Error(`${csvPath} is empty: a CSV data file always has a header line`);
  // A column with no filled cell is numeric (a day that never came, a count never made).
  const types = header.map((_, i): ColumnType => (filled[i] && boolean[i] ? 'BOOLEAN' : numeric[i] ? 'DOUBLE' : 'STRING'));
  return [header, types];
}

/** The records of a CSV file (RFC 4180 quoting, as src/report/csv.ts writes), read in chunks. */
function* csvRecords(path: string): Generator<string[]> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  const decoder = new TextDecoder('utf-8');
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  try {
    for (;;) {
      const bytes = readSync(fd, buffer, 0, buffer.length, null);
      const text = decoder.decode(buffer.subarray(0, bytes), { stream: bytes > 0 });
      for (let i = 0; i < text.length; i += 1) {
        const c = text[i]!;
        if (quoted) {
          if (c === '"') {
            quoted = false;
            afterQuote = true;
          } else {
            field += c;
          }
        } else if (c === '"') {
          // A doubled quote inside a quoted field, or the opening quote.
          if (afterQuote) field += '"';
          quoted = true;
          afterQuote = false;
        } else if (c === ',') {
          record.push(field);
          field = '';
          afterQuote = false;
        } else if (c === '\n') {
          record.push(field);
          yield record;
          record = [];
          field = '';
          afterQuote = false;
        } else if (c !== '\r') {
          field += c;
          afterQuote = false;
        }
      }
      if (bytes === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    yield record;
  }
}

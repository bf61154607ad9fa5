/**
 * `brink diff <dirA> <dirB>`: are two output folders the same result (e.g. made by two versions
 * of brink)? Data files are compared first, in name order, then the manifest, then the views:
 *
 * - data files (CSV, NDJSON, JSON): byte for byte, except that in JSON files the top-level
 *   `tool` (version, git commit, Node) and `execution` (timing) are left out: they say who ran
 *   it and when, not what came out;
 * - manifest.json: the same way and without `results` (the hashes of files compared directly
 *   above, one of which, summary.json, carries the tool version), so differing parameters,
 *   seeds or run indices count;
 * - views (index.html, charts/): compared, and listed, but they do not make the results differ:
 *   they embed the tool version and the chart code's choices.
 *
 * The first difference is located: CSV line → day (or run index), state and column; NDJSON
 * line → day and field; JSON → the path of the first differing value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../scenarios/index.js';
import { messages } from '../scenarios/messages.js';
import { MANIFEST_FILE } from './manifest.js';
import { csvDifference, firstJsonDifference, ndjsonDifference, type TextDifference } from './textDiff.js';

export interface FileDifference extends TextDifference {
  readonly file: string;
}

export interface FolderComparison {
  /** Data files and manifest the same (views aside); no data file on one side only. */
  readonly identical: boolean;
  /** Data files and the manifest compared. */
  readonly compared: readonly string[];
  readonly differing: readonly string[];
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  readonly viewsDiffering: readonly string[];
  /** Where the first differing data file (or the manifest) differs first. */
  readonly first: FileDifference | null;
}

/** Leaving out who ran it and when: what the JSON says about the result. */
const IGNORED_JSON_KEYS = ['tool', 'execution'];
const IGNORED_MANIFEST_KEYS = [...IGNORED_JSON_KEYS, 'results'];

function isView(file: string): boolean {
  return file === 'index.html' || file.startsWith('charts/');
}

function listFiles(root: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, under), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = under === '' ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(root, relative));
    else out.push(relative);
  }
  return out;
}

function requireFolder(path: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new InputError([{ source: path, path: '', message: messages.diffMissingPath() }]);
  }
  if (!isFolder) throw new InputError([{ source: path, path: '', message: messages.diffNotAFolder() }]);
}

function withoutProvenance(text: string, ignored: readonly string[]): unknown {
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !ignored.includes(key)));
}

/** Where two versions of one file differ, or null if they are the same result. */
function fileDifference(file: string, a: Buffer, b: Buffer): TextDifference | null {
  if (file.endsWith('.json')) {
    const [ta, tb] = [a.toString('utf8'), b.toString('utf8')];
    const ignored = file === MANIFEST_FILE ? IGNORED_MANIFEST_KEYS : IGNORED_JSON_KEYS;
    try {
      return firstJsonDifference(withoutProvenance(ta, ignored), withoutProvenance(tb, ignored));
    } catch {
      return a.equals(b) ? null : { note: 'not valid JSON' };
    }
  }
  if (a.equals(b)) return null;
  if (file.endsWith('.csv')) return csvDifference(a.toString('utf8'), b.toString('utf8'));
  if (file.endsWith('.ndjson')) return ndjsonDifference(a.toString('utf8'), b.toString('utf8'));
  return { note: 'the bytes differ' };
}

export function compareFolders(dirA: string, dirB: string): FolderComparison {
  requireFolder(dirA);
  requireFolder(dirB);
  const [filesA, filesB] = [listFiles(dirA), listFiles(dirB)];
  const [setA, setB] = [new Set(filesA), new Set(filesB)];
  const both = filesA.filter((f) => setB.has(f));
  const order = (f: string) => (isView(f) ? 2 : f === MANIFEST_FILE ? 1 : 0);
  both.sort((x, y) => order(x) - order(y) || (x < y ? -1 : x > y ? 1 : 0));
  const differing: string[] = [];
  const viewsDiffering: string[] = [];
  let first: FileDifference | null = null;
  for (const file of both) {
    const difference = fileDifference(file, readFileSync(join(dirA, file)), readFileSync(join(dirB, file)));
    if (difference === null) continue;
    if (isView(file)) {
      viewsDiffering.push(file);
      continue;
    }
    differing.push(file);
    first ??= { file, ...difference };
  }
  const onlyInA = filesA.filter((f) => !setB.has(f)).sort();
  const onlyInB = filesB.filter((f) => !setA.has(f)).sort();
  const dataOnOneSide = [...onlyInA, ...onlyInB].filter((f) => !isView(f));
  return {
    identical: differing.length === 0 && dataOnOneSide.length === 0,
    compared: both.filter((f) => !isView(f)),
    differing,
    onlyInA,
    onlyInB,
    viewsDiffering,
    first,
  };
}

/// <reference lib="dom" />
/**
 * The explorer page: wires the parameter panel, the run and ensemble views and the exports to
 * one scenario session, and keeps the page state in the URL. Exposes `window.brinkExplore` so
 * the browser tests can read what is on screen as data.
 */
import { checkChoice, type RunChoice } from './controls.js';
import { compareCommandLine, ensembleCommandLine, runCommandLine, type OnScreen } from './cliCommand.js';
import { CompareView } from './compareView.js';
import { embeddedData } from './data.js';
import { download } from './download.js';
import { editedScenarioText } from './editedYaml.js';
import { EnsembleView } from './ensembleView.js';
import { buildLayout } from './layout.js';
import { buildPanel } from './panel.js';
import { RunView } from './runView.js';
import { ScenarioSession } from './session.js';
import { readUrlState, urlHash } from '../../report/exploreUrl.js';
import { WorkerPool } from './workers.js';

const data = embeddedData();
const session = new ScenarioSession(data.file, data.text);
const fromUrl = readUrlState(location.hash);
const startSet = fromUrl.set ?? data.set;
const refused = session.trySetAll(startSet);
const scenario = session.scenario;
const ui = buildLayout(`brink explore: ${scenario.info.name}`, scenario.info.description);
ui.seed.value = fromUrl.seed ?? data.seed;
ui.runIndex.value = fromUrl.runIndex ?? String(data.runIndex);
ui.runs.value = fromUrl.runs ?? String(Math.min(scenario.info.runs ?? 1000, 1000));
if (refused !== undefined) ui.choiceError.textContent = refused;

const pool = new WorkerPool(data.workerCode);

function choice(): RunChoice | undefined {
  const checked = checkChoice(ui.seed.value, ui.runIndex.value);
  ui.choiceError.textContent = typeof checked === 'string' ? checked : '';
  return typeof checked === 'string' ? undefined : checked;
}

const runView = new RunView({ chart: ui.runChart, status: ui.runStatus, play: ui.play, speed: ui.speed }, session, pool, data.version, choice);
const ensembleView = new EnsembleView(
  { start: ui.ensemble, cancel: ui.cancel, progress: ui.progress, status: ui.ensembleStatus, table: ui.ensembleTable, charts: ui.charts },
  session,
  pool,
  data.version,
);

const compareView = new CompareView(
  { start: ui.compare, cancel: ui.compareCancel, progress: ui.compareProgress, status: ui.compareStatus, table: ui.compareTable, charts: ui.compareCharts },
  session,
  pool,
  data.version,
);

function onScreen(): OnScreen {
  return { file: session.file, seed: ui.seed.value, runIndex: Number(ui.runIndex.value), runs: Number(ui.runs.value), set: session.set };
}

/** Exports and the URL follow every change. */
function refreshExports(): void {
  const screen = onScreen();
  ui.runCommand.textContent = runCommandLine(screen);
  ui.ensembleCommand.textContent = ensembleCommandLine(screen);
  ui.compareCommand.textContent = compareCommandLine(screen);
  ui.yaml.value = editedScenarioText(session);
  history.replaceState(null, '', urlHash({ seed: ui.seed.value, runIndex: ui.runIndex.value, runs: ui.runs.value, set: session.set }));
}

const panel = buildPanel(ui.panel, session, () => {
  runView.invalidate();
  ensembleView.invalidate();
  compareView.invalidate();
  refreshExports();
});

/** The ensemble size typed under Ensemble (Compare uses it too), or undefined after saying what is wrong. */
function runsChosen(): number | undefined {
  const runs = Number(ui.runs.value);
  if (Number.isInteger(runs) && runs >= 1 && runs <= 1_000_000) return runs;
  ui.choiceError.textContent = `--runs: expected a whole number from 1 to 1000000, found ${ui.runs.value}`;
  return undefined;
}

/** A button's work, with any failure shown rather than lost in the console. */
function act(work: () => Promise<void>): () => void {
  return () => {
    work().catch((error: unknown) => {
      ui.choiceError.textContent = `internal error: ${(error as Error)?.message ?? String(error)}`;
    });
  };
}

for (const input of [ui.seed, ui.runIndex]) {
  input.addEventListener('change', () => {
    runView.invalidate();
    if (input === ui.seed) {
      ensembleView.invalidate();
      compareView.invalidate();
    }
    choice();
    refreshExports();
  });
}
ui.runs.addEventListener('change', refreshExports);
ui.run.addEventListener('click', act(() => runView.run()));
ui.step.addEventListener('click', act(() => runView.step()));
ui.play.addEventListener('click', act(() => runView.play()));
ui.reset.addEventListener('click', act(() => runView.reset()));
ui.ensemble.addEventListener(
  'click',
  act(async () => {
    const picked = choice();
    const runs = runsChosen();
    if (picked !== undefined && runs !== undefined) await ensembleView.start(picked.seed, runs);
  }),
);
ui.compare.addEventListener(
  'click',
  act(async () => {
    const picked = choice();
    const runs = runsChosen();
    if (picked !== undefined && runs !== undefined) await compareView.start(picked.seed, runs);
  }),
);
ui.compareCancel.addEventListener('click', () => compareView.cancel());
ui.cancel.addEventListener('click', () => ensembleView.cancel());
ui.download.addEventListener('click', () => download(`${scenario.info.name}.yaml`, editedScenarioText(session), 'text/yaml'));
ui.downloadData.addEventListener('click', () => {
  const files = runView.files();
  if (files !== undefined) download(`${scenario.info.name}-run.json`, JSON.stringify(files, null, 2), 'application/json');
});

panel.refresh();
refreshExports();
runView.invalidate();
ui.runStatus.textContent = 'Run shows the whole run; Step and Play show it day by day.';

/** What the browser tests read: the page's state as data. */
(window as unknown as { brinkExplore: unknown }).brinkExplore = {
  runFiles: () => runView.files(),
  day: () => runView.day,
  set: () => session.set,
  ensembleProbabilities: () => ensembleView.summary?.probabilities,
  comparisonRows: () => compareView.summary?.rows,
};

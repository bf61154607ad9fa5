/** The page's skeleton: header, parameter panel, and the Run, Ensemble and Export sections. */
import { el } from './dom.js';

export function buildLayout(title: string, subtitle: string) {
  const button = (id: string, text: string) => el('button', { id, type: 'button' }, text);
  const chart = (name: string) => el('div', { id: `chart-${name}`, class: 'vega-chart', 'data-chart': name });
  const speed = el('select', { id: 'speed', 'aria-label': 'days per frame' }, ...[1, 5, 20].map((n) => el('option', { value: String(n) }, `${n} day${n === 1 ? '' : 's'} per frame`)));
  const parts = {
    panel: el('aside', { id: 'panel' }),
    seed: el('input', { id: 'seed', type: 'text', 'aria-label': 'seed' }),
    runIndex: el('input', { id: 'run-index', type: 'number', min: '0', step: '1', 'aria-label': 'run index' }),
    choiceError: el('div', { id: 'choice-error', class: 'error', role: 'alert' }),
    run: button('run', 'Run'),
    step: button('step', 'Step'),
    play: button('play', 'Play'),
    speed,
    reset: button('reset', 'Reset'),
    runStatus: el('p', { id: 'run-status', class: 'status' }),
    runChart: chart('trajectory'),
    runs: el('input', { id: 'runs', type: 'number', min: '1', step: '1', 'aria-label': 'runs' }),
    ensemble: button('ensemble', 'Run ensemble'),
    cancel: button('cancel', 'Cancel'),
    progress: el('progress', { id: 'progress', value: '0', max: '1' }),
    ensembleStatus: el('p', { id: 'ensemble-status', class: 'status' }),
    ensembleTable: el('div', { id: 'ensemble-table' }),
    charts: { fan: chart('fan'), occupancy: chart('occupancy'), outcomes: chart('outcomes'), survival: chart('time-to-ceasefire') },
    compare: button('compare', 'Compare with the file'),
    compareCancel: button('compare-cancel', 'Cancel'),
    compareProgress: el('progress', { id: 'compare-progress', value: '0', max: '1' }),
    compareStatus: el('p', { id: 'compare-status', class: 'status' }),
    compareTable: el('div', { id: 'compare-table' }),
    compareCharts: { differences: chart('compare-differences'), fan: chart('compare-fan') },
    compareCommand: el('pre', { id: 'compare-command', class: 'command' }),
    runCommand: el('pre', { id: 'run-command', class: 'command' }),
    ensembleCommand: el('pre', { id: 'ensemble-command', class: 'command' }),
    yaml: el('textarea', { id: 'scenario-yaml', rows: '12', readonly: '', 'aria-label': 'edited scenario' }),
    download: button('download-yaml', 'Download YAML'),
    downloadData: button('download-data', 'Download the run’s data (JSON)'),
  };
  const main = el(
    'main',
    {},
    el(
      'section',
      { id: 'run-section' },
      el('h2', {}, 'One run'),
      el('div', { class: 'toolbar' }, el('label', { for: 'seed' }, 'seed'), parts.seed, el('label', { for: 'run-index' }, 'run index'), parts.runIndex, parts.run, parts.step, parts.play, speed, parts.reset),
      parts.choiceError,
      parts.runStatus,
      parts.runChart,
    ),
    el(
      'section',
      { id: 'ensemble-section' },
      el('h2', {}, 'Ensemble'),
      el('div', { class: 'toolbar' }, el('label', { for: 'runs' }, 'runs'), parts.runs, parts.ensemble, parts.cancel, parts.progress),
      parts.ensembleStatus,
      parts.ensembleTable,
      parts.charts.fan,
      parts.charts.occupancy,
      parts.charts.outcomes,
      parts.charts.survival,
    ),
    el(
      'section',
      { id: 'compare-section' },
      el('h2', {}, 'Compare'),
      el('p', {}, 'The edited parameters against the file’s, on common random numbers: run k of both shares the seed and run index, so each difference is paired. Runs as set under Ensemble.'),
      el('div', { class: 'toolbar' }, parts.compare, parts.compareCancel, parts.compareProgress),
      parts.compareStatus,
      parts.compareTable,
      parts.compareCharts.differences,
      parts.compareCharts.fan,
    ),
    el(
      'section',
      { id: 'export-section' },
      el('h2', {}, 'Reproduce and export'),
      el('p', {}, 'The run on screen, from the command line (outcome and every daily record identical):'),
      parts.runCommand,
      el('p', {}, 'The ensemble:'),
      parts.ensembleCommand,
      el('p', {}, 'The comparison:'),
      parts.compareCommand,
      el('p', {}, 'The edited scenario (brink validate accepts it):'),
      parts.yaml,
      el('div', { class: 'toolbar' }, parts.download, parts.downloadData),
    ),
  );
  document.body.append(el('header', {}, el('h1', {}, title), el('p', {}, subtitle)), el('div', { class: 'layout' }, parts.panel, main));
  return parts;
}

export type Layout = ReturnType<typeof buildLayout>;

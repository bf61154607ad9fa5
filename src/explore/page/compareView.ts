/**
 * Compare: the parameters on screen (B) against the file's (A) on common random numbers (run k
 * of both under the same seed and run index), with `brink compare`'s statistics
 * (`summarizeComparison`: paired differences with Newcombe or bootstrap intervals) and charts.
 * The CLI equivalent is `brink compare <file> <file> --set-b …` for every edit.
 */
import { comparisonFanChart, pairedDifferenceChart } from '../../charts/comparisonCharts.js';
import { RunOutcomeColumns } from '../../sim/runOutcomeColumns.js';
import type { ComparisonResult } from '../../sim/runComparison.js';
import { summarizeComparison, type ComparisonSummary } from '../../stats/summarizeComparison.js';
import { clear, draw } from './draw.js';
import { el } from './dom.js';
import { pageChartMeta } from './meta.js';
import type { ScenarioSession } from './session.js';
import { Cancelled, type WorkerPool } from './workers.js';

export interface CompareElements {
  readonly start: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLElement;
  readonly table: HTMLElement;
  readonly charts: Record<'differences' | 'fan', HTMLElement>;
}

const LABELS = ['file', 'edited'] as const;

const number = (value: number | null, unit: string) => (value === null ? '–' : unit === 'probability' ? `${(100 * value).toFixed(1)}%` : value.toFixed(2));
const difference = (value: number | null, unit: string) => (value === null ? '–' : unit === 'probability' ? `${(100 * value).toFixed(1)} pp` : value.toFixed(2));

export class CompareView {
  private controller: AbortController | undefined;
  summary: ComparisonSummary | undefined;

  constructor(
    private readonly elements: CompareElements,
    private readonly session: ScenarioSession,
    private readonly pool: WorkerPool,
    private readonly version: string,
  ) {
    elements.cancel.disabled = true;
  }

  async start(seed: string, runs: number): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const a = this.session.fileScenario;
    const b = this.session.scenario;
    const { progress, status, start, cancel } = this.elements;
    progress.max = 2 * runs;
    progress.value = 0;
    start.disabled = true;
    cancel.disabled = false;
    const workers = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
    const arm = async (offset: number, scenario: typeof a) => {
      const { tallies, rows } = await this.pool.ensemble(scenario.params, seed, runs, workers, (done) => {
        progress.value = offset + done;
        status.textContent = `${offset + done} of ${2 * runs} runs`;
      }, controller.signal);
      const outcomes = new RunOutcomeColumns(scenario.params);
      outcomes.addRows(rows);
      return { tallies, outcomes };
    };
    try {
      const result: ComparisonResult = { range: { from: 0, to: runs }, a: await arm(0, a), b: await arm(runs, b) };
      const summary = summarizeComparison(a.params, b.params, result, seed);
      this.summary = summary;
      status.textContent = `${runs} paired runs of seed ${seed}: the file (A) against the edited parameters (B); differences are B − A`;
      this.showTable(summary);
      const meta = { ...pageChartMeta(this.version, b, seed, runs), scenario: `${b.info.name}: file vs edited` };
      const probabilities = summary.rows
        .filter((row) => row.kind === 'probability' && row.difference !== null)
        .map((row) => ({ outcome: row.description, difference: row.difference! * 100, lower: row.lower! * 100, upper: row.upper! * 100 }));
      await Promise.all([
        draw(this.elements.charts.differences, pairedDifferenceChart(probabilities, LABELS, meta, { unit: 'percentage points', title: 'Outcome probabilities: edited minus file, run by run' })),
        draw(this.elements.charts.fan, comparisonFanChart(a.params, { label: LABELS[0], value: summary.a }, { label: LABELS[1], value: summary.b }, meta, { centre: 'mean' })),
      ]);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      status.textContent = `cancelled after ${progress.value} of ${2 * runs} runs`;
    } finally {
      if (this.controller === controller) {
        this.controller = undefined;
        start.disabled = false;
        cancel.disabled = true;
      }
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  invalidate(): void {
    this.cancel();
    this.summary = undefined;
    for (const chart of Object.values(this.elements.charts)) clear(chart);
    this.elements.table.replaceChildren();
    this.elements.status.textContent = '';
  }

  private showTable(summary: ComparisonSummary): void {
    const rows = summary.rows.map((row) =>
      el(
        'tr',
        { 'data-outcome': row.outcome },
        el('td', {}, row.description),
        el('td', { class: 'num' }, number(row.a, row.kind === 'probability' ? 'probability' : row.unit)),
        el('td', { class: 'num' }, number(row.b, row.kind === 'probability' ? 'probability' : row.unit)),
        el('td', { class: 'num' }, difference(row.difference, row.kind === 'probability' ? 'probability' : row.unit)),
        el('td', { class: 'num' }, `${difference(row.lower, row.kind === 'probability' ? 'probability' : row.unit)} – ${difference(row.upper, row.kind === 'probability' ? 'probability' : row.unit)}`),
      ),
    );
    this.elements.table.replaceChildren(
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'outcome'), el('th', {}, 'file (A)'), el('th', {}, 'edited (B)'), el('th', {}, 'B − A'), el('th', {}, '95% interval'))), el('tbody', {}, ...rows)),
    );
  }
}

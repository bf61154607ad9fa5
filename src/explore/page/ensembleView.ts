/**
 * An ensemble in the page: runs 0 … N−1 of the seed in workers, with progress and Cancel; then
 * the CLI's statistics (`summarizeEnsemble`: bands, Wilson intervals, Kaplan–Meier) and charts:
 * the fan chart, the rung-occupancy heatmap, outcome probabilities, time to ceasefire.
 */
import { ensembleFanChart, FAN_SAMPLES } from '../../charts/ensembleFan.js';
import { probabilityChart } from '../../charts/probabilityChart.js';
import { rungOccupancyChart } from '../../charts/rungOccupancyChart.js';
import { survivalChart } from '../../charts/survivalChart.js';
import type { RunResult } from '../../model/run.js';
import { summarizeEnsemble, type EnsembleSummary } from '../../stats/summarizeEnsemble.js';
import { clear, draw } from './draw.js';
import { el } from './dom.js';
import { pageChartMeta } from './meta.js';
import type { ScenarioSession } from './session.js';
import { Cancelled, type WorkerPool } from './workers.js';

export interface EnsembleElements {
  readonly start: HTMLButtonElement;
  readonly cancel: HTMLButtonElement;
  readonly progress: HTMLProgressElement;
  readonly status: HTMLElement;
  readonly table: HTMLElement;
  readonly charts: Record<'fan' | 'occupancy' | 'outcomes' | 'survival', HTMLElement>;
}

const percent = (p: number | null) => (p === null ? "–" : `${(100 * p).toFixed(1)}%`);

export class EnsembleView {
  private controller: AbortController | undefined;
  summary: EnsembleSummary | undefined;

  constructor(
    private readonly elements: EnsembleElements,
    private readonly session: ScenarioSession,
    private readonly pool: WorkerPool,
    private readonly version: string,
  ) {
    elements.cancel.disabled = true;
  }

  /** Runs the ensemble; resolves when it is drawn or cancelled. */
  async start(seed: string, runs: number): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const scenario = this.session.scenario;
    const { params } = scenario;
    const { progress, status, start, cancel } = this.elements;
    progress.max = runs;
    progress.value = 0;
    start.disabled = true;
    cancel.disabled = false;
    status.textContent = `0 of ${runs} runs`;
    // Two workers unless the machine has one core: the page shares it with the charts.
    const workers = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 8));
    try {
      const { tallies } = await this.pool.ensemble(params, seed, runs, workers, (done) => {
        progress.value = done;
        status.textContent = `${done} of ${runs} runs`;
      }, controller.signal);
      const summary = summarizeEnsemble(params, tallies);
      const samples: RunResult[] = [];
      for (let k = 0; k < Math.min(runs, FAN_SAMPLES); k += 1) samples.push(await this.pool.run(params, seed, k));
      if (controller.signal.aborted) return;
      this.summary = summary;
      const meta = pageChartMeta(this.version, scenario, seed, runs);
      status.textContent = `${runs} runs of seed ${seed}: done`;
      this.showTable(summary);
      await Promise.all([
        draw(this.elements.charts.fan, ensembleFanChart(params, summary, meta, samples)),
        draw(this.elements.charts.occupancy, rungOccupancyChart(params, tallies, meta)),
        draw(this.elements.charts.outcomes, probabilityChart(summary, meta, params.ladder)),
        draw(this.elements.charts.survival, survivalChart(summary, meta)),
      ]);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      status.textContent = `cancelled after ${progress.value} of ${runs} runs`;
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

  /** The parameters changed: the ensemble on screen is no longer theirs. */
  invalidate(): void {
    this.cancel();
    this.summary = undefined;
    for (const chart of Object.values(this.elements.charts)) clear(chart);
    this.elements.table.replaceChildren();
    this.elements.status.textContent = '';
  }

  private showTable(summary: EnsembleSummary): void {
    const rows = summary.probabilities.map((p) =>
      el('tr', { 'data-outcome': p.outcome }, el('td', {}, p.description), el('td', { class: 'num' }, percent(p.p)), el('td', { class: 'num' }, `${percent(p.lower)} – ${percent(p.upper)}`), el('td', { class: 'num' }, `${p.k} / ${p.n}`)),
    );
    const km = summary.survival;
    const median = km.median === null ? 'not reached' : `${km.median} days [${km.medianLower ?? '–'}, ${km.medianUpper ?? '–'}]`;
    this.elements.table.replaceChildren(
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'outcome'), el('th', {}, 'probability'), el('th', {}, '95% Wilson interval'), el('th', {}, 'runs'))), el('tbody', {}, ...rows)),
      el('p', { class: 'status' }, `Median time from the first kinetic day to a ceasefire (Kaplan–Meier): ${median}`),
    );
  }
}

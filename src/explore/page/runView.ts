/**
 * One run on screen: Run, Step (one day), Play/Pause at a chosen speed, Reset. The worker runs
 * the whole run once (the same `simulateRun` as `brink run`); Step and Play reveal it day by day,
 * so the days shown are always days of that very run. The trajectory chart, event strip and
 * deaths panel are the CLI's run chart, drawn on the days revealed so far.
 */
import { runTrajectoryChart } from '../../charts/runTrajectory.js';
import { runDataFiles } from '../../commands/run/files.js';
import type { RunResult } from '../../model/run.js';
import type { RunChoice } from './controls.js';
import { clear, draw } from './draw.js';
import { pageChartMeta } from './meta.js';
import type { ScenarioSession } from './session.js';
import type { WorkerPool } from './workers.js';

/** The run's first `days` days: the records' day count cut, the events after it left out. */
function firstDays(result: RunResult, days: number): RunResult {
  return { ...result, records: { ...result.records, days }, events: result.events.filter((event) => event.day < days) };
}

export interface RunViewElements {
  readonly chart: HTMLElement;
  readonly status: HTMLElement;
  readonly play: HTMLButtonElement;
  readonly speed: HTMLSelectElement;
}

export class RunView {
  private result: RunResult | undefined;
  private resultKey = '';
  private shown = 0;
  private playing = false;

  constructor(
    private readonly elements: RunViewElements,
    private readonly session: ScenarioSession,
    private readonly pool: WorkerPool,
    private readonly version: string,
    private readonly choice: () => RunChoice | undefined,
  ) {}

  /** The run on screen, when one is. */
  get current(): RunResult | undefined {
    return this.result;
  }

  get day(): number {
    return this.shown;
  }

  /** The data files `brink run` writes for this run, computed by the same functions. */
  files(): Record<string, string> | undefined {
    return this.result === undefined ? undefined : (Object.fromEntries(runDataFiles(this.session.scenario, this.result)) as Record<string, string>);
  }

  async run(): Promise<void> {
    this.pause();
    if (await this.ensure()) await this.reveal(this.result!.records.days);
  }

  async step(): Promise<void> {
    this.pause();
    if (await this.ensure()) await this.reveal(Math.min(this.result!.records.days, this.shown + 1));
  }

  async play(): Promise<void> {
    if (this.playing) return this.pause();
    if (!(await this.ensure())) return;
    if (this.shown >= this.result!.records.days) this.shown = 0;
    this.playing = true;
    this.elements.play.textContent = 'Pause';
    while (this.playing && this.shown < this.result!.records.days) {
      await this.reveal(Math.min(this.result!.records.days, this.shown + Number(this.elements.speed.value)));
      // Yield to the page between frames, so Pause and the other buttons stay responsive.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.pause();
  }

  pause(): void {
    this.playing = false;
    this.elements.play.textContent = 'Play';
  }

  /** Back to day 0 of the same run. */
  async reset(): Promise<void> {
    this.pause();
    this.shown = 0;
    if (this.result === undefined) return;
    await this.reveal(0);
  }

  /** The parameters, seed or run index changed: the run on screen is no longer theirs. */
  invalidate(): void {
    this.pause();
    this.result = undefined;
    this.resultKey = '';
    this.shown = 0;
    clear(this.elements.chart);
    this.elements.status.textContent = 'parameters changed: Run, Step or Play to see this run';
  }

  /** Runs the chosen run in the worker unless it is already on screen; false if the choice is invalid. */
  private async ensure(): Promise<boolean> {
    const choice = this.choice();
    if (choice === undefined) return false;
    const scenario = this.session.scenario;
    const key = `${scenario.paramsHash}/${choice.seed}/${choice.runIndex}`;
    if (this.result !== undefined && key === this.resultKey) return true;
    this.elements.status.textContent = `running ${scenario.info.name}, seed ${choice.seed}, run ${choice.runIndex}…`;
    this.result = await this.pool.run(scenario.params, choice.seed, choice.runIndex);
    this.resultKey = key;
    this.shown = 0;
    return true;
  }

  private async reveal(days: number): Promise<void> {
    const result = this.result!;
    this.shown = days;
    const { params } = this.session.scenario;
    const meta = pageChartMeta(this.version, this.session.scenario, result.seed, 1, result.runIndex);
    this.elements.status.textContent = this.describe(result, days);
    // Day 0 has no days to draw (vega warns on an empty symlog axis): the chart starts at Step.
    if (days === 0) return clear(this.elements.chart);
    await draw(this.elements.chart, runTrajectoryChart(params, firstDays(result, days), meta));
  }

  private describe(result: RunResult, days: number): string {
    const total = result.records.days;
    const head = `seed ${result.seed}, run ${result.runIndex}: day ${days} of ${total}`;
    if (days < total) return head;
    const o = result.outcome;
    const ladder = this.session.scenario.params.ladder;
    const peak = o.peakRung < 0 ? 'no rung' : `peak rung ${o.peakRung} (${ladder.name[o.peakRung]}) on day ${o.peakRungDay}`;
    const ceasefire = o.ceasefireDay === null ? 'no ceasefire' : `ceasefire on day ${o.ceasefireDay}`;
    return `${head} · ${peak} · ${ceasefire} · final state: ${o.finalState}`;
  }
}

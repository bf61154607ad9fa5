/** The progress bar of long commands: stderr, TTY only, with runs/s and ETA. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

export function progressBar(enabled: boolean, label: string): Progress {
  if (!enabled || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} {bar} {value}/{total} runs | {speed} runs/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let running = false;
  return {
    update(done, total) {
      const seconds = (performance.now() - started) / 1000;
      const speed = seconds > 0 ? Math.round(done / seconds) : 0;
      if (!running) {
        bar.start(total, done, { speed });
        running = true;
      } else {
        bar.update(done, { speed });
      }
    },
    stop() {
      if (running) bar.stop();
    },
  };
}

// A progress bar on stderr while the pipeline runs, only when stderr is a terminal.
import cliProgress from 'cli-progress';
import type { Stage } from '../core/pipeline.ts';

export interface Progress {
  update(stage: Stage, done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {stage} |{bar}| {count}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(stage, done, total) {
      // Stages that are one step show the bar alone; counted ones (papers analysed) show counts.
      const payload = { stage: stage.padEnd(10), count: total > 1 ? `${done}/${total}` : '' };
      if (!started) {
        bar.start(total, done, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

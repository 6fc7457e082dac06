import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { ProgressListener } from '../core/progress';

/**
 * Terminal progress for long commands: one bar per stage of the `ProgressListener`
 * events. Drawn on stderr and only on a terminal, so piped output and CI logs stay clean.
 */
export interface ProgressBars {
  readonly listener: ProgressListener;
  readonly stop: () => void;
}

export function progressBars(format = '{stage} [{bar}] {percentage}% {value}/{total}'): ProgressBars {
  if (!process.stderr.isTTY) return { listener: () => undefined, stop: () => undefined };
  const multi = new MultiBar(
    { format, hideCursor: true, clearOnComplete: false, stream: process.stderr },
    Presets.shades_classic,
  );
  const bars = new Map<string, SingleBar>();
  return {
    listener(event) {
      const total = event.total ?? Math.max(event.done, 1);
      let bar = bars.get(event.stage);
      if (!bar) {
        bar = multi.create(total, 0, { stage: event.stage.padEnd(28) });
        bars.set(event.stage, bar);
      }
      bar.setTotal(total);
      bar.update(Math.min(event.done, total));
    },
    stop: () => multi.stop(),
  };
}

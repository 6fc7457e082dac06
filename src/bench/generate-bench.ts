import { generateCity } from '../generate/generate-city';

/** The as_of of the cities the bench generates. */
export const BENCH_AS_OF = '2025-06-15';

export interface GenerateBenchResult {
  readonly persons: number;
  readonly seconds: number;
  readonly rowsWritten: number;
  readonly rowsPerSecond: number;
  readonly personsPerMinute: number;
  readonly peakRssMb: number;
}

/**
 * `npm run bench` part: generate a clean city of `persons` into `outDir` and print rows
 * per second and the peak resident memory (sampled every 100 ms), which must stay bounded
 * whatever the size because the generator streams household by household.
 */
export async function benchGenerate(options: {
  readonly persons: number;
  readonly outDir: string;
}): Promise<GenerateBenchResult> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 100);
  const started = process.hrtime.bigint();
  try {
    const summary = await generateCity({
      persons: options.persons,
      seed: 'bench',
      outDir: options.outDir,
      asOf: BENCH_AS_OF,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    const rowsWritten = Object.values(summary.files).reduce(
      (sum: number, f) => sum + ((f as { readonly rows?: number }).rows ?? 0),
      0,
    );
    const result: GenerateBenchResult = {
      persons: summary.persons,
      seconds,
      rowsWritten,
      rowsPerSecond: Math.round(rowsWritten / seconds),
      personsPerMinute: Math.round((summary.persons / seconds) * 60),
      peakRssMb: Math.round(peak / 1048576),
    };
    process.stdout.write(
      `generate: ${result.persons} persons, ${result.rowsWritten} rows in ${seconds.toFixed(1)} s — ` +
        `${result.rowsPerSecond} rows/s, ${result.personsPerMinute} persons/min, peak RSS ${result.peakRssMb} MB\n`,
    );
    return result;
  } finally {
    clearInterval(timer);
  }
}

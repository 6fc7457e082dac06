import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PARAMETERS, type Parameters } from '../core/params';
import { runVerify } from '../verify/run-verify';
import type { VerifySummary } from '../verify/verify-summary';
import { sqlString, withWorkspace } from '../workspace/workspace';

/**
 * Verify's cost against the floor: DuckDB's bare scan of the same CSV files (count(*) of
 * read_csv). The ratio says how much the pipeline adds over reading the bytes once. XLSX
 * files have no DuckDB bare scan here and are left out of the floor (said in the output).
 */
export interface VerifyBenchResult {
  readonly secondsTotal: number;
  readonly secondsPerStage: Readonly<Record<string, number>>;
  readonly peakRssMb: number;
  readonly bareScanSeconds: number;
  readonly ratioToBareScan: number | null;
  readonly csvFilesScanned: number;
  readonly summary: VerifySummary;
}

async function bareScanSeconds(snapshotDir: string): Promise<{ seconds: number; files: number }> {
  const files = readdirSync(snapshotDir).filter((f) => f.toLowerCase().endsWith('.csv'));
  const started = performance.now();
  await withWorkspace({ file: ':memory:' }, async (connection) => {
    for (const file of files) {
      await connection.run(
        `SELECT count(*) FROM read_csv(${sqlString(join(snapshotDir, file))}, all_varchar = true, ignore_errors = true)`,
      );
    }
  });
  return { seconds: (performance.now() - started) / 1000, files: files.length };
}

export async function benchVerify(options: {
  readonly snapshotDir: string;
  readonly workspaceFile: string;
  readonly asOf: string;
  readonly params?: Parameters;
  readonly outDir?: string;
}): Promise<VerifyBenchResult> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  let summary: VerifySummary;
  const started = performance.now();
  try {
    summary = await runVerify({
      snapshotDir: options.snapshotDir,
      workspaceFile: options.workspaceFile,
      ...(options.outDir ? { outDir: options.outDir } : {}),
      asOf: options.asOf,
      params: options.params ?? DEFAULT_PARAMETERS,
    });
  } finally {
    clearInterval(sampler);
  }
  const secondsTotal = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const bare = await bareScanSeconds(options.snapshotDir);
  const result: VerifyBenchResult = {
    secondsTotal,
    secondsPerStage: summary.seconds_per_stage,
    peakRssMb: Math.round(peak / 1024 / 1024),
    bareScanSeconds: bare.seconds,
    ratioToBareScan: bare.seconds > 0 ? secondsTotal / bare.seconds : null,
    csvFilesScanned: bare.files,
    summary,
  };
  const stages = Object.entries(result.secondsPerStage)
    .map(([stage, s]) => `${stage} ${s.toFixed(2)} s`)
    .join(', ');
  process.stdout.write(
    [
      `verify: ${secondsTotal.toFixed(2)} s total (${stages})`,
      `peak memory (process RSS, DuckDB included): ${result.peakRssMb} MB`,
      `bare DuckDB scan of ${bare.files} CSV files: ${bare.seconds.toFixed(2)} s; ratio ${
        result.ratioToBareScan === null ? '-' : result.ratioToBareScan.toFixed(1)
      }x (XLSX files not in the floor)`,
      `findings: ${summary.findings_total}`,
    ].join('\n') + '\n',
  );
  return result;
}

import { rmSync } from 'node:fs';
import { loadSnapshot } from '../ingest/load-snapshot';
import { listSnapshot } from '../ingest/snapshot-files';
import { openWorkspace, sqlString } from '../workspace/workspace';

/**
 * Ingest throughput against the floor DuckDB sets: the same CSV files read bare with
 * `read_csv` (auto-detected, all text, materialised). The ratio compares the CSV files
 * only; XLSX files and files DuckDB cannot read bare (cp1251) are left out of it.
 */
export interface BenchReport {
  readonly kind: 'ingest';
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMb: number;
  /** Ingest seconds of the files in the comparison. */
  readonly comparedIngestSeconds: number;
  readonly bareReadSeconds: number;
  /** Ingest time / bare read time over the compared files (target ≤ 2). */
  readonly ratioToBareRead: number | null;
  /** The same files read bare into a table of a DuckDB file, as the workspace is (for reference). */
  readonly bareReadPersistedSeconds: number;
  /**
   * The same files read with DuckDB's own type detection into a table of a DuckDB file: what a
   * load costs that stores typed rows and applies none of registries.md's rules (no dates in two
   * formats, no districts, no IIN checks, no quarantine, no line numbers). The part of the 2×
   * budget it leaves is what the rules may cost.
   */
  readonly typedPersistedSeconds: number;
  readonly comparedFiles: readonly string[];
}

/** Seconds per file DuckDB read bare; a file it cannot read bare (e.g. Windows-1251) is absent. */
async function bareRead(
  files: readonly string[],
  into: { readonly table: 'TEMP TABLE' | 'TABLE'; readonly database: string; readonly typed?: boolean },
): Promise<ReadonlyMap<string, number>> {
  rmSync(into.database, { force: true });
  // Opened as the workspace is, so that a file is written in the workspace's storage format.
  const instance = await openWorkspace({ file: into.database });
  const connection = await instance.connect();
  const seconds = new Map<string, number>();
  try {
    for (const path of files) {
      const started = performance.now();
      try {
        await connection.run(
          `CREATE OR REPLACE ${into.table} bare AS SELECT * FROM read_csv(${sqlString(path)}${into.typed ? '' : ', all_varchar = true'})`,
        );
        seconds.set(path, (performance.now() - started) / 1000);
      } catch {
        // Not readable bare: not part of the comparison.
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
    if (into.database !== ':memory:') rmSync(into.database, { force: true });
  }
  return seconds;
}

/** Total seconds of `read` over `paths` (a file it could not read counts nothing). */
const sumOver = (read: ReadonlyMap<string, number>, paths: Iterable<string>): number =>
  [...paths].reduce((sum, path) => sum + (read.get(path) ?? 0), 0);

export async function benchIngest(options: {
  readonly snapshotDir: string;
  readonly workspaceFile: string;
}): Promise<BenchReport> {
  rmSync(options.workspaceFile, { force: true });
  rmSync(`${options.workspaceFile}.wal`, { force: true });
  const csvFiles = listSnapshot(options.snapshotDir).files.filter((f) => f.format === 'csv');
  const started = performance.now();
  const summary = await loadSnapshot({
    snapshotDir: options.snapshotDir,
    workspaceFile: options.workspaceFile,
  });
  const seconds = (performance.now() - started) / 1000;
  const bare = await bareRead(
    csvFiles.map((f) => f.path),
    { table: 'TEMP TABLE', database: ':memory:' },
  );
  // The comparison covers the files read bare into memory; the references below read only those.
  const comparedPaths = [...bare.keys()];
  const bareSeconds = sumOver(bare, comparedPaths);
  // A floor closer to what ingest must do: the text written to a table of a database file.
  const persisted = sumOver(
    await bareRead(comparedPaths, { table: 'TABLE', database: `${options.workspaceFile}.bare.duckdb` }),
    comparedPaths,
  );
  const typed = await bareRead(comparedPaths, {
    table: 'TABLE',
    database: `${options.workspaceFile}.bare.duckdb`,
    typed: true,
  });
  const typedPersisted = sumOver(typed, comparedPaths);
  // Its ratio over the files the typed read managed too (type detection can refuse one).
  const typedRatio = typed.size > 0 ? typedPersisted / sumOver(bare, typed.keys()) : null;
  const compared = csvFiles.filter((f) => bare.has(f.path)).map((f) => f.fileName);
  const comparedIngestSeconds = summary.files
    .filter((f) => compared.includes(f.file))
    .reduce((s, f) => s + f.ms / 1000, 0);
  const report: BenchReport = {
    kind: 'ingest',
    rows: summary.totals.rowsRead,
    seconds,
    rowsPerSecond: Math.round(summary.totals.rowsRead / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    comparedIngestSeconds,
    bareReadSeconds: bareSeconds,
    ratioToBareRead: bareSeconds > 0 ? comparedIngestSeconds / bareSeconds : null,
    bareReadPersistedSeconds: persisted,
    typedPersistedSeconds: typedPersisted,
    comparedFiles: compared,
  };
  const phase = (pick: (f: (typeof summary.files)[number]) => number): string =>
    (summary.files.reduce((sum, f) => sum + pick(f), 0) / 1000).toFixed(1);
  const filesSeconds = summary.files.reduce((sum, f) => sum + f.ms, 0) / 1000;
  process.stdout.write(
    `ingest: ${report.rows} rows in ${seconds.toFixed(1)} s (${report.rowsPerSecond} rows/s), peak RSS ${report.peakRssMb} MB, ` +
      `${report.ratioToBareRead === null ? 'no bare-read comparison' : `${report.ratioToBareRead.toFixed(2)}× DuckDB bare read_csv (target ≤ 2×)`}\n` +
      `ingest: compared files ${comparedIngestSeconds.toFixed(1)} s; bare read_csv into memory ${bareSeconds.toFixed(1)} s, ` +
      `into a table of a database file ${persisted.toFixed(1)} s (${persisted > 0 ? (comparedIngestSeconds / persisted).toFixed(2) : '—'}×)\n` +
      `ingest: floor without any rule: DuckDB's typed read into a table of a database file ${typedPersisted.toFixed(1)} s` +
      `${typedRatio === null ? '' : ` = ${typedRatio.toFixed(2)}× the bare read into memory of the same files`}\n`,
  );
  process.stdout.write(
    `ingest: by phase: waiting for staging ${phase((f) => f.phaseMs.staging)} s, parse (read + check every value) ` +
      `${phase((f) => f.phaseMs.parse)} s, write into the workspace ${phase((f) => f.phaseMs.write)} s, ` +
      `the rest (headers, swap, close) ${(seconds - filesSeconds).toFixed(1)} s\n`,
  );
  return report;
}

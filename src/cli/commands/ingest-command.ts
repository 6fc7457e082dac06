import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadSnapshot } from '../../ingest/load-snapshot';
import type { LoadSummary } from '../../ingest/load-summary';
import { progressBars } from '../progress-bars';
import { action } from '../run-command';

/**
 * `birtizim ingest SNAPSHOT_DIR`: parse arguments, draw one progress bar per file, write
 * the load summary (default: `loads/<snapshot id>/summary.json` beside the workspace,
 * one per load, so earlier loads keep theirs) and print a table.
 */
export const DEFAULT_WORKSPACE = 'birtizim-data/workspace.duckdb';

interface IngestOptions {
  readonly workspace: string;
  readonly mapping?: string;
  readonly summary?: string;
}

export function summaryTable(summary: LoadSummary): string {
  const rows = summary.files.map((f) =>
    [
      f.file,
      f.encoding,
      f.delimiter === '\t' ? 'tab' : (f.delimiter ?? '-'),
      f.rowsRead,
      f.rowsLoaded,
      f.rowsQuarantined,
      f.iinsRestored,
      `${f.ms} ms`,
    ].map(String),
  );
  const header = ['file', 'encoding', 'delim', 'read', 'loaded', 'quarantined', 'restored', 'time'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const lines = all.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
  const t = summary.totals;
  lines.push(
    `total: ${t.rowsRead} read, ${t.rowsLoaded} loaded, ${t.rowsQuarantined} quarantined, ${t.iinsRestored} IINs restored in ${summary.totalMs} ms`,
  );
  if (summary.absent.length > 0) lines.push(`absent registries: ${summary.absent.join(', ')}`);
  if (summary.ignoredFiles.length > 0) lines.push(`ignored files: ${summary.ignoredFiles.join(', ')}`);
  return lines.join('\n');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'load a snapshot folder of registry extracts into the DuckDB workspace; bad rows go to quarantine',
    )
    .argument('<snapshot-dir>', 'folder with one file per registry (population.csv, asp_cases.xlsx, ...)')
    .option('--workspace <file>', 'DuckDB workspace file', DEFAULT_WORKSPACE)
    .option('--mapping <file>', 'header mapping merged over config/header-mapping.json')
    .option(
      '--summary <file>',
      'where to write the load summary JSON (default: loads/<snapshot id>/summary.json beside the workspace)',
    )
    .action(
      action(async (snapshotDir: string, options: IngestOptions) => {
        const bars = progressBars();
        let summary: LoadSummary;
        try {
          summary = await loadSnapshot({
            snapshotDir,
            workspaceFile: options.workspace,
            mappingFile: options.mapping ?? null,
            onProgress: bars.listener,
          });
        } finally {
          bars.stop();
        }
        const summaryFile = resolve(
          options.summary ??
            join(dirname(resolve(options.workspace)), 'loads', summary.snapshotId, 'summary.json'),
        );
        mkdirSync(dirname(summaryFile), { recursive: true });
        writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
        process.stdout.write(`${summaryTable(summary)}\nsummary: ${summaryFile}\n`);
      }),
    );
}

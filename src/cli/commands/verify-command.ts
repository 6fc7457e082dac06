import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadParameters } from '../../core/params';
import { runVerify } from '../../verify/run-verify';
import type { VerifySummary } from '../../verify/verify-summary';
import { progressBars } from '../progress-bars';
import { action } from '../run-command';

/**
 * `birtizim verify SNAPSHOT_DIR --out OUT_DIR`: parse arguments, draw progress bars, print
 * a short table of findings per rule and the rules not run. Exit 0 whatever was found.
 */
const DEFAULT_WORKSPACE = 'birtizim-data/workspace.duckdb';

interface VerifyCliOptions {
  readonly out: string;
  readonly asOf?: string;
  readonly params?: string;
  readonly workspace: string;
  readonly mapping?: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function verifyReport(summary: VerifySummary, outDir: string): string {
  const lines = summary.rules_run
    .filter((r) => r.findings > 0)
    .map(
      (r) =>
        `  ${r.rule_id.padEnd(8)} ${String(r.findings).padStart(8)} findings  ${r.amount_kzt.toFixed(2).padStart(16)} KZT  ${r.title}`,
    );
  const clean = summary.rules_run.filter((r) => r.findings === 0).map((r) => r.rule_id);
  return [
    `run ${summary.run_id} (as of ${summary.as_of}): ${summary.findings_total} findings, ${summary.amount_total_kzt.toFixed(2)} KZT at stake`,
    ...lines,
    clean.length > 0 ? `  no findings: ${clean.join(', ')}` : '',
    ...summary.rules_not_run.map((r) => `  not run ${r.rule_id}: ${r.reason}`),
    `indicators for ${summary.indicators.period}: ${summary.indicators.computed.length} computed`,
    `outputs: ${outDir} (${summary.seconds_total} s)`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('load a snapshot, link persons, compute indicators, run every check and write the findings')
    .argument(
      '[snapshot-dir]',
      'folder of registry extracts (omit to verify the snapshot already in the workspace)',
    )
    .requiredOption(
      '--out <dir>',
      'folder for findings.csv, indicators.csv, quarantine.csv, links.csv, summary.json',
    )
    .option('--as-of <date>', 'verification date YYYY-MM-DD (default: today)')
    .option('--params <file>', 'parameters JSON merged over config/parameters.json')
    .option('--workspace <file>', 'DuckDB workspace file', DEFAULT_WORKSPACE)
    .option('--mapping <file>', 'header mapping merged over config/header-mapping.json')
    .action(
      action(async (snapshotDir: string | undefined, options: VerifyCliOptions) => {
        const params = loadParameters(options.params);
        const workspaceFile = resolve(options.workspace);
        mkdirSync(dirname(workspaceFile), { recursive: true });
        const outDir = resolve(options.out);
        const bars = progressBars();
        let summary: VerifySummary;
        try {
          summary = await runVerify({
            ...(snapshotDir ? { snapshotDir: resolve(snapshotDir) } : {}),
            workspaceFile,
            outDir,
            asOf: options.asOf ?? today(),
            params,
            ...(options.mapping ? { mappingFile: options.mapping } : {}),
            onProgress: bars.listener,
          });
        } finally {
          bars.stop();
        }
        process.stdout.write(`${verifyReport(summary, join(outDir, ''))}\n`);
        return 0;
      }),
    );
}

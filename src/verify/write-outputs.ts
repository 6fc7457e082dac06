import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '../workspace/workspace';
import type { VerifySummary } from './verify-summary';

/**
 * The output files of checks.md (Output contract), written by DuckDB's COPY so that
 * millions of findings or quarantined rows stream to disk without passing through JS.
 */
export const OUTPUT_FILES = [
  'findings.csv',
  'indicators.csv',
  'quarantine.csv',
  'links.csv',
  'summary.json',
] as const;

function outputQueries(runId: string): Record<string, string> {
  const run = sqlString(runId);
  return {
    'findings.csv': `SELECT finding_id, rule_id, severity, district, subject_id, period, amount_kzt,
                            linked_by_name, evidence::VARCHAR AS evidence
                     FROM findings WHERE run_id = ${run} ORDER BY rule_id, subject_id, period`,
    'indicators.csv': `SELECT district, indicator, period, computed, reported
                       FROM indicators WHERE run_id = ${run} ORDER BY period, district, indicator`,
    'quarantine.csv': `SELECT registry, file, line, "column", value, reason FROM _quarantine ORDER BY registry, line`,
    'links.csv': `SELECT registry, line, iin, score, decision FROM _links WHERE run_id = ${run} ORDER BY registry, line`,
  };
}

export async function writeCsvOutputs(
  connection: DuckDBConnection,
  runId: string,
  outDir: string,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [file, query] of Object.entries(outputQueries(runId))) {
    const path = join(outDir, file);
    await connection.run(`COPY (${query}) TO ${sqlString(path)} (FORMAT csv, HEADER true, DELIMITER ',')`);
    written.push(path);
  }
  return written;
}

export function writeSummary(outDir: string, summary: VerifySummary): string {
  const path = join(outDir, 'summary.json');
  writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`);
  return path;
}

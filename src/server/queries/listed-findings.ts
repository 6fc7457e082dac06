import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../workspace/workspace';

/**
 * `_listed_findings`: the findings list of each run, materialised once per run, with its
 * status against the run before (new / persisting from the run itself, resolved from the
 * previous one). Server-owned and derived from `findings` and `_runs`, so it can be rebuilt
 * any time; it turns every list, count and export into a filter on one table instead of
 * an anti-join at each request (the list stays fast at millions of findings).
 */
export const LISTED_FINDINGS_DDL = `CREATE TABLE IF NOT EXISTS _listed_findings (list_run_id VARCHAR, run_id VARCHAR,
  finding_id VARCHAR, rule_id VARCHAR, rule_version INTEGER, severity VARCHAR, district VARCHAR, subject_id VARCHAR,
  period VARCHAR, amount_kzt DECIMAL(18,2), linked_by_name BOOLEAN, evidence JSON, status VARCHAR)`;

const COLUMNS =
  'run_id, finding_id, rule_id, rule_version, severity, district, subject_id, period, amount_kzt, linked_by_name, evidence';

/** Materialise the runs not yet listed; returns how many were added. */
export async function materializeListedFindings(connection: DuckDBConnection): Promise<number> {
  await connection.run(LISTED_FINDINGS_DDL);
  const reader = await connection.runAndReadAll(
    `SELECT run_id, prev FROM (SELECT run_id, lag(run_id) OVER (ORDER BY started_at, run_id) AS prev FROM _runs)
     WHERE run_id NOT IN (SELECT DISTINCT list_run_id FROM _listed_findings)`,
  );
  const pending = reader.getRowObjectsJson() as { run_id: string; prev: string | null }[];
  for (const { run_id: run, prev } of pending) {
    const r = sqlString(run);
    if (prev === null) {
      await connection.run(
        `INSERT INTO _listed_findings SELECT ${r}, ${COLUMNS}, 'new' FROM findings WHERE run_id = ${r}`,
      );
      continue;
    }
    const p = sqlString(prev);
    await connection.run(`INSERT INTO _listed_findings
      SELECT ${r}, ${COLUMNS.split(', ')
        .map((c) => `f.${c}`)
        .join(', ')},
        CASE WHEN old.finding_id IS NULL THEN 'new' ELSE 'persisting' END
      FROM findings f LEFT JOIN (SELECT DISTINCT finding_id FROM findings WHERE run_id = ${p}) old USING (finding_id)
      WHERE f.run_id = ${r}
      UNION ALL
      SELECT ${r}, ${COLUMNS}, 'resolved' FROM findings
      WHERE run_id = ${p} AND finding_id NOT IN (SELECT finding_id FROM findings WHERE run_id = ${r})`);
  }
  return pending.length;
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../workspace/workspace';

/**
 * `_listed_findings`: the findings list of each run, materialised once per run, with its
 * status against the run before (new / persisting from the run itself, resolved from the
 * previous one). Server-owned and derived from `findings` and `_runs`, so it can be rebuilt
 * any time; it turns every list, count and export into a filter on one table instead of
 * an anti-join at each request (the list stays fast at millions of findings).
 *
 * Each run's rows are stored in the list's default order (amount, largest first), with
 * their position in it: `list_pos` among the run's listed (new and persisting) findings,
 * `district_pos` among those of their district (both NULL for resolved ones). A page of
 * the default list is then a range of positions, read from one row group, instead of a
 * sort of the whole run at every page turn.
 */
export const LISTED_FINDINGS_DDL = `CREATE TABLE IF NOT EXISTS _listed_findings (list_run_id VARCHAR, run_id VARCHAR,
  finding_id VARCHAR, rule_id VARCHAR, rule_version INTEGER, severity VARCHAR, district VARCHAR, subject_id VARCHAR,
  period VARCHAR, amount_kzt DECIMAL(18,2), linked_by_name BOOLEAN, evidence JSON, status VARCHAR,
  list_pos BIGINT, district_pos BIGINT)`;

const COLUMNS =
  'run_id, finding_id, rule_id, rule_version, severity, district, subject_id, period, amount_kzt, linked_by_name, evidence';

/** The default order of the list (findings-query sorts the same way when asked for it). */
export const DEFAULT_LIST_ORDER = 'amount_kzt DESC NULLS LAST, finding_id';

/** The run's rows with their status, as a SELECT over `findings` (prev: the run before, if any). */
function statusRowsSql(r: string, prev: string | null): string {
  if (prev === null) return `SELECT ${COLUMNS}, 'new' AS status FROM findings WHERE run_id = ${r}`;
  const p = sqlString(prev);
  return `SELECT ${COLUMNS.split(', ')
    .map((c) => `f.${c}`)
    .join(', ')},
      CASE WHEN old.finding_id IS NULL THEN 'new' ELSE 'persisting' END AS status
    FROM findings f LEFT JOIN (SELECT DISTINCT finding_id FROM findings WHERE run_id = ${p}) old USING (finding_id)
    WHERE f.run_id = ${r}
    UNION ALL
    SELECT ${COLUMNS}, 'resolved' FROM findings
    WHERE run_id = ${p} AND finding_id NOT IN (SELECT finding_id FROM findings WHERE run_id = ${r})`;
}

/** Materialise the runs not yet listed; returns how many were added. */
export async function materializeListedFindings(connection: DuckDBConnection): Promise<number> {
  // A table from before the positions were stored is rebuilt (it is derived data).
  const layout = await connection.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM duckdb_columns() WHERE table_name = '_listed_findings' AND column_name = 'district_pos'`,
  );
  const tables = await connection.runAndReadAll(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = '_listed_findings'`,
  );
  if (Number(tables.getRows()[0]?.[0]) > 0 && Number(layout.getRows()[0]?.[0]) === 0)
    await connection.run('DROP TABLE _listed_findings');
  await connection.run(LISTED_FINDINGS_DDL);
  const reader = await connection.runAndReadAll(
    `SELECT run_id, prev FROM (SELECT run_id, lag(run_id) OVER (ORDER BY started_at, run_id) AS prev FROM _runs)
     WHERE run_id NOT IN (SELECT DISTINCT list_run_id FROM _listed_findings)`,
  );
  const pending = reader.getRowObjectsJson() as { run_id: string; prev: string | null }[];
  for (const { run_id: run, prev } of pending) {
    const r = sqlString(run);
    const listed = "status <> 'resolved'";
    await connection.run(`INSERT INTO _listed_findings
      SELECT ${r}, ${COLUMNS}, status,
        CASE WHEN ${listed} THEN row_number() OVER (PARTITION BY ${listed} ORDER BY ${DEFAULT_LIST_ORDER}) END,
        CASE WHEN ${listed} THEN row_number() OVER (PARTITION BY ${listed}, district ORDER BY ${DEFAULT_LIST_ORDER}) END
      FROM (${statusRowsSql(r, prev)})
      ORDER BY ${listed} DESC, ${DEFAULT_LIST_ORDER}`);
  }
  return pending.length;
}

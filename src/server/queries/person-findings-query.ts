import type { WorkspaceAccess } from '../workspace-access';
import { statusUnionSql } from './findings-query';
import { SUMMARY_COLUMNS, type SummaryRow } from './summary-row';
import type { RunRef } from './runs-query';
import { SqlParams, scopeSql } from './sql-params';

/** Findings of a run (and those resolved since the previous) whose subject is the person, alone or as `org/iin`. */
export async function personFindings(
  ws: WorkspaceAccess,
  run: RunRef,
  iin: string,
  scope: readonly string[] | null,
): Promise<SummaryRow[]> {
  const p = new SqlParams();
  const source = statusUnionSql(run, p, ['new', 'persisting', 'resolved']);
  const v = p.add(iin);
  return ws.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${source} WHERE (subject_id = ${v} OR ends_with(subject_id, '/' || ${v}))
     AND ${scopeSql(scope)} ORDER BY rule_id, period`,
    p.values,
  );
}

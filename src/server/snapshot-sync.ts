import { listValue } from '@duckdb/node-api';
import type { Store } from '../store/open-store';
import { runCounts } from './queries/findings-query';
import { materializeListedFindings } from './queries/listed-findings';
import { listRuns } from './queries/runs-query';
import type { WorkspaceAccess } from './workspace-access';

/**
 * Record every verify run of the workspace in the store's snapshot history (with new /
 * persisting / resolved counts against the run before), and carry open cases over to
 * the latest run wherever their finding persists. Run at start and after each import.
 */
export async function syncSnapshots(
  store: Store,
  workspace: WorkspaceAccess,
): Promise<{ latest: string | null }> {
  await workspace.withConnection((connection) => materializeListedFindings(connection));
  const runs = await listRuns(workspace);
  for (const run of runs) {
    const counts = await runCounts(workspace, run);
    await store.snapshots.upsert({
      runId: run.runId,
      snapshotId: run.snapshotId,
      asOf: run.asOf,
      startedAt: run.startedAt,
      previousRunId: run.previousRunId,
      findings: counts.findings,
      newCount: counts.new,
      persistingCount: counts.persisting,
      resolvedCount: counts.resolved,
    });
  }
  const latest = runs[runs.length - 1];
  if (!latest) return { latest: null };
  const caseFindings = await store.sql.query<{ finding_id: string }>('SELECT finding_id FROM cases');
  if (caseFindings.length > 0) {
    const present = await workspace.query<{ finding_id: string }>(
      'SELECT DISTINCT finding_id FROM findings WHERE run_id = $1 AND list_contains($2, finding_id)',
      [latest.runId, listValue(caseFindings.map((c) => c.finding_id))],
    );
    await store.cases.carryOver(
      present.map((r) => r.finding_id),
      latest.runId,
    );
  }
  return { latest: latest.runId };
}

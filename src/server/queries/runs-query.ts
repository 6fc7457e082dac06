import type { WorkspaceAccess } from '../workspace-access';

export interface RunRef {
  readonly runId: string;
  readonly previousRunId: string | null;
  readonly asOf: string | null;
  readonly snapshotId: string | null;
  readonly startedAt: string | null;
}

/**
 * The runs of each workspace generation: runs only arrive with an import, which swaps the
 * file and bumps the generation, so every request does not ask DuckDB again.
 */
const runsCaches = new WeakMap<WorkspaceAccess, { generation: number; runs: Promise<readonly RunRef[]> }>();

/** Runs oldest first; "previous" is the run before in start order (snapshots over time). */
export async function listRuns(ws: WorkspaceAccess): Promise<RunRef[]> {
  const cached = runsCaches.get(ws);
  if (cached && cached.generation === ws.generation) return [...(await cached.runs)];
  const entry = { generation: ws.generation, runs: readRuns(ws) };
  runsCaches.set(ws, entry);
  entry.runs.catch(() => {
    if (runsCaches.get(ws) === entry) runsCaches.delete(ws);
  });
  return [...(await entry.runs)];
}

async function readRuns(ws: WorkspaceAccess): Promise<RunRef[]> {
  const rows = await ws.query<{
    run_id: string;
    prev: string | null;
    as_of: string | null;
    snapshot_id: string | null;
    started_at: string | null;
  }>(
    `SELECT run_id, lag(run_id) OVER (ORDER BY started_at, run_id) AS prev, CAST(as_of AS VARCHAR) AS as_of,
       snapshot_id, CAST(started_at AS VARCHAR) AS started_at FROM _runs ORDER BY started_at, run_id`,
  );
  return rows.map((r) => ({
    runId: r.run_id,
    previousRunId: r.prev,
    asOf: r.as_of,
    snapshotId: r.snapshot_id,
    startedAt: r.started_at,
  }));
}

/** The named run, or the latest; null when the workspace has none (or no such run). */
export async function resolveRun(ws: WorkspaceAccess, runId?: string): Promise<RunRef | null> {
  const runs = await listRuns(ws);
  if (runId === undefined) return runs[runs.length - 1] ?? null;
  return runs.find((r) => r.runId === runId) ?? null;
}

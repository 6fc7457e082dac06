import type { SqlExecutor } from './sql-client';

/** A verify run as recorded in the store's history, with its comparison to the run before. */
export interface SnapshotRecord {
  readonly runId: string;
  readonly snapshotId: string | null;
  readonly asOf: string | null;
  readonly startedAt: string | null;
  readonly previousRunId: string | null;
  readonly findings: number;
  readonly newCount: number;
  readonly persistingCount: number;
  readonly resolvedCount: number;
}

interface SnapshotRow {
  run_id: string;
  snapshot_id: string | null;
  as_of: string | null;
  started_at: string | null;
  previous_run_id: string | null;
  findings: number;
  new_count: number;
  persisting_count: number;
  resolved_count: number;
}

const toRecord = (r: SnapshotRow): SnapshotRecord => ({
  runId: r.run_id,
  snapshotId: r.snapshot_id,
  asOf: r.as_of,
  startedAt: r.started_at,
  previousRunId: r.previous_run_id,
  findings: r.findings,
  newCount: r.new_count,
  persistingCount: r.persisting_count,
  resolvedCount: r.resolved_count,
});

export function snapshotRepository(db: SqlExecutor) {
  return {
    async upsert(s: SnapshotRecord): Promise<void> {
      await db.query(
        `INSERT INTO snapshots (run_id, snapshot_id, as_of, started_at, previous_run_id, findings, new_count,
           persisting_count, resolved_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (run_id) DO UPDATE SET snapshot_id = $2, as_of = $3, started_at = $4, previous_run_id = $5,
           findings = $6, new_count = $7, persisting_count = $8, resolved_count = $9`,
        [
          s.runId,
          s.snapshotId,
          s.asOf,
          s.startedAt,
          s.previousRunId,
          s.findings,
          s.newCount,
          s.persistingCount,
          s.resolvedCount,
        ],
      );
    },
    async list(): Promise<SnapshotRecord[]> {
      const rows = await db.query<SnapshotRow>(
        'SELECT * FROM snapshots ORDER BY started_at DESC NULLS LAST, run_id DESC',
      );
      return rows.map(toRecord);
    },
  };
}
export type SnapshotRepository = ReturnType<typeof snapshotRepository>;

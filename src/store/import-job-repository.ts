import type { SqlExecutor } from './sql-client';

export type ImportJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ImportJobRecord {
  readonly id: string;
  readonly status: ImportJobStatus;
  readonly startedBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly files: readonly string[];
  readonly runId: string | null;
  readonly error: { code: string; message: string; fix: string } | null;
}

interface JobRow {
  id: string;
  status: ImportJobStatus;
  started_by: string;
  created_at: Date | string;
  finished_at: Date | string | null;
  files: string[];
  run_id: string | null;
  error: { code: string; message: string; fix: string } | null;
}

/** The summary and proposals are read only by their own routes: lists stay small. */
const JOB_COLUMNS = 'id, status, started_by, created_at, finished_at, files, run_id, error';

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());
const toRecord = (r: JobRow): ImportJobRecord => ({
  id: r.id,
  status: r.status,
  startedBy: r.started_by,
  createdAt: iso(r.created_at) ?? '',
  finishedAt: iso(r.finished_at),
  files: r.files,
  runId: r.run_id,
  error: r.error,
});

/** Import jobs outlive the process in the store; their live progress is kept in memory by the job runner. */
export function importJobRepository(db: SqlExecutor) {
  return {
    async create(id: string, startedBy: string, files: readonly string[]): Promise<void> {
      await db.query(
        "INSERT INTO import_jobs (id, status, started_by, files) VALUES ($1, 'queued', $2, $3)",
        [id, startedBy, [...files]],
      );
    },
    async setStatus(
      id: string,
      status: ImportJobStatus,
      extra: { runId?: string; error?: ImportJobRecord['error'] } = {},
    ) {
      const finished = status === 'succeeded' || status === 'failed';
      await db.query(
        `UPDATE import_jobs SET status = $2, run_id = COALESCE($3, run_id), error = $4,
           finished_at = CASE WHEN $5 THEN now() ELSE finished_at END WHERE id = $1`,
        [id, status, extra.runId ?? null, extra.error ? JSON.stringify(extra.error) : null, finished],
      );
    },
    async find(id: string): Promise<ImportJobRecord | null> {
      const rows = await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM import_jobs WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async list(): Promise<ImportJobRecord[]> {
      const rows = await db.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM import_jobs ORDER BY created_at DESC LIMIT 100`,
      );
      return rows.map(toRecord);
    },
    /** What the job's load produced (a LoadSummary), kept as JSON: the store does not interpret it. */
    async setLoadSummary(id: string, summary: unknown): Promise<void> {
      await db.query('UPDATE import_jobs SET load_summary = $2 WHERE id = $1', [id, JSON.stringify(summary)]);
    },
    async loadSummary(id: string): Promise<unknown> {
      const rows = await db.query<{ s: unknown }>('SELECT load_summary AS s FROM import_jobs WHERE id = $1', [
        id,
      ]);
      return rows[0]?.s ?? null;
    },
    /** How the uploaded files' headers were read, when the load refused them. */
    async setHeaderProposals(id: string, proposals: unknown): Promise<void> {
      await db.query('UPDATE import_jobs SET header_proposals = $2 WHERE id = $1', [
        id,
        JSON.stringify(proposals),
      ]);
    },
    async headerProposals(id: string): Promise<unknown> {
      const rows = await db.query<{ p: unknown }>(
        'SELECT header_proposals AS p FROM import_jobs WHERE id = $1',
        [id],
      );
      return rows[0]?.p ?? null;
    },
    /** Jobs a crash left running are failed at start: their staging workspace is gone. */
    async failInterrupted(): Promise<void> {
      await db.query(
        `UPDATE import_jobs SET status = 'failed', finished_at = now(),
           error = '{"code":"BZ_INTERNAL","message":"interrupted by a server restart","fix":"Upload again."}'
         WHERE status IN ('queued', 'running')`,
      );
    },
  };
}
export type ImportJobRepository = ReturnType<typeof importJobRepository>;

import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BirtizimError, isBirtizimError } from '../../core/errors/birtizim-error';
import { DEFAULT_PARAMETERS } from '../../core/params';
import type { ProgressEvent } from '../../core/progress';
import type { Store } from '../../store/open-store';
import { sqlString, withWorkspace } from '../../workspace/workspace';
import { materializeListedFindings } from '../queries/listed-findings';
import type { ImportJob, LoadSummaryBody } from '../schemas/imports-schemas';
import { syncSnapshots } from '../snapshot-sync';
import type { WorkspaceAccess } from '../workspace-access';
import { dataMappingFile } from './header-mapping-store';
import { headerProposalsFor, KEEP_RESULTS, pruneResults, saveQuarantine } from './import-results';
import type { SnapshotPipeline } from './snapshot-pipeline';

/** The schema's type with every level readonly: ingest's LoadSummary must fit it (checked by tsc). */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Background imports: the upload is loaded and verified into a staging copy of the
 * workspace; only a successful run is swapped in. A failure leaves the previous snapshot
 * serving, untouched. One import at a time.
 */
export interface ImportJobRunner {
  /** Folder where the route writes an upload before `start`. */
  newJobDir(): { id: string; dir: string };
  start(id: string, dir: string, files: readonly string[], startedBy: string, asOf: string): Promise<void>;
  get(id: string): Promise<ImportJob | null>;
  list(): Promise<ImportJob[]>;
  /** Resolves when no job is running (tests, shutdown). */
  idle(): Promise<void>;
}

export function importJobRunner(
  store: Store,
  workspace: WorkspaceAccess,
  pipeline: SnapshotPipeline,
  dataDir: string,
): ImportJobRunner {
  const progress = new Map<string, ProgressEvent>();
  let running: { id: string; done: Promise<void> } | null = null;
  const jobsDir = join(dataDir, 'imports');

  async function run(id: string, dir: string, asOf: string): Promise<void> {
    const staging = join(dir, 'workspace.duckdb');
    const onProgress = (event: ProgressEvent): void => void progress.set(id, event);
    const mappingFile = existsSync(dataMappingFile(dataDir)) ? dataMappingFile(dataDir) : null;
    try {
      await store.importJobs.setStatus(id, 'running');
      // Copy the serving workspace (earlier runs are needed to mark new/persisting/resolved).
      await workspace.withConnection(async (connection) => {
        const [db] = (
          await connection.runAndReadAll('SELECT current_database() AS name')
        ).getRowObjectsJson();
        await connection.run(`ATTACH ${sqlString(staging)} AS bz_staging`);
        try {
          await connection.run(`COPY FROM DATABASE "${String(db?.name)}" TO bz_staging`);
        } finally {
          await connection.run('DETACH bz_staging');
        }
      });
      const snapshotDir = join(dir, 'snapshot');
      const loaded = await pipeline
        .load({ snapshotDir, workspaceFile: staging, mappingFile, onProgress })
        .catch(async (cause: unknown) => {
          const proposals = await headerProposalsFor(cause, snapshotDir, mappingFile);
          if (proposals) await store.importJobs.setHeaderProposals(id, proposals);
          throw cause;
        });
      // Kept with the job as soon as the load committed: a verify failure does not hide them.
      if (loaded) {
        const summary: DeepReadonly<LoadSummaryBody> = loaded;
        await store.importJobs.setLoadSummary(id, summary);
      }
      await saveQuarantine(dataDir, id, staging);
      await pipeline.verify({ workspaceFile: staging, asOf, params: DEFAULT_PARAMETERS, onProgress });
      // List tables are built before the swap: the new run is fast from its first request.
      await withWorkspace({ file: staging }, (connection) => materializeListedFindings(connection));
      await workspace.swap(async () => {
        for (const suffix of ['', '.wal']) {
          if (existsSync(`${workspace.file}${suffix}`)) rmSync(`${workspace.file}${suffix}`);
        }
        renameSync(staging, workspace.file);
        if (existsSync(`${staging}.wal`)) renameSync(`${staging}.wal`, `${workspace.file}.wal`);
      });
      const runs = await syncSnapshots(store, workspace);
      await store.importJobs.setStatus(id, 'succeeded', runs.latest ? { runId: runs.latest } : {});
    } catch (cause) {
      const failure = isBirtizimError(cause)
        ? cause
        : new BirtizimError('BZ_INTERNAL', {
            detail: cause instanceof Error ? cause.message : String(cause),
          });
      await store.importJobs.setStatus(id, 'failed', {
        error: {
          code: failure.code,
          message: failure.localizedMessage('en'),
          fix: failure.localizedFix('en'),
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      const recent = await store.importJobs.list().catch(() => null);
      if (recent)
        pruneResults(
          dataDir,
          recent.slice(0, KEEP_RESULTS).map((j) => j.id),
        );
    }
  }

  const toJob = (record: Awaited<ReturnType<Store['importJobs']['find']>>): ImportJob | null =>
    record && {
      ...record,
      files: [...record.files],
      progress: progress.get(record.id) ?? null,
    };

  return {
    newJobDir() {
      if (running) throw new BirtizimError('BZ_SERVER_IMPORT_BUSY', { jobId: running.id });
      const id = randomUUID();
      const dir = join(jobsDir, id);
      mkdirSync(join(dir, 'snapshot'), { recursive: true });
      return { id, dir };
    },
    async start(id, dir, files, startedBy, asOf) {
      if (running) throw new BirtizimError('BZ_SERVER_IMPORT_BUSY', { jobId: running.id });
      await store.importJobs.create(id, startedBy, files);
      const done = run(id, dir, asOf).finally(() => {
        running = null;
      });
      running = { id, done };
    },
    async get(id) {
      return toJob(await store.importJobs.find(id));
    },
    async list() {
      return (await store.importJobs.list()).map((r) => toJob(r) as ImportJob);
    },
    async idle() {
      while (running) await running.done;
    },
  };
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ProgressListener } from '../core/progress';
import { silentProgress } from '../core/progress';
import { REGISTRIES, REGISTRY_NAMES } from '../registries/catalog';
import { createRegistryTableSql, LOAD_METADATA_DDL, VERIFY_OUTPUT_DDL } from '../workspace/registry-tables';
import { sqlString, withWorkspace, WORKSPACE_MEMORY_LIMIT } from '../workspace/workspace';
import { assertHeadersUsable } from './headers/header-problems';
import { DEFAULT_MAPPING_FILE, loadHeaderMapping } from './headers/header-mapping-file';
import { inspectWithMapping } from './inspect-file';
import { loadFile, stageFile } from './load-file';
import type { FileLoadSummary, LoadSummary } from './load-summary';
import type { StagedFile } from './readers/staged-file';
import { listSnapshot, type SnapshotFile } from './snapshot-files';
import { districtMacros } from './sql/district-sql';
import { ID_NUMBER_MACROS } from './sql/id-number-sql';

/**
 * `birtizim ingest`: replace the registries of the workspace with a snapshot folder.
 * Every header is checked before anything is touched; then the whole replacement (all
 * registry tables, quarantine, load metadata) runs in one DuckDB transaction, so a failed
 * or killed load leaves the previous snapshot intact. Verify outputs are kept.
 */
export interface LoadIntoOptions {
  readonly snapshotDir: string;
  /** A mapping file merged over config/header-mapping.json. */
  readonly mappingFile?: string | null;
  readonly onProgress?: ProgressListener;
  /** Where staged UTF-8 copies are written (default: the OS temp folder). */
  readonly tempDir?: string;
}

export interface LoadSnapshotOptions extends LoadIntoOptions {
  readonly workspaceFile: string;
}

function snapshotId(files: readonly SnapshotFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    const stat = statSync(f.path);
    hash.update(`${f.fileName}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function createTables(connection: DuckDBConnection): Promise<void> {
  for (const sql of [...ID_NUMBER_MACROS, ...districtMacros()]) await connection.run(sql);
  for (const spec of REGISTRIES) await connection.run(createRegistryTableSql(spec));
  for (const ddl of LOAD_METADATA_DDL) await connection.run(ddl);
  for (const ddl of VERIFY_OUTPUT_DDL) await connection.run(ddl);
}

async function writeMetadata(connection: DuckDBConnection, summary: LoadSummary): Promise<void> {
  await connection.run(
    `INSERT INTO _snapshot VALUES (${sqlString(summary.snapshotId)}, ${sqlString(summary.sourceDir)}, TIMESTAMP ${sqlString(summary.loadedAt.replace('T', ' ').replace('Z', ''))})`,
  );
  for (const f of summary.files) {
    await connection.run(
      `INSERT INTO _load_files VALUES (${[
        sqlString(f.registry),
        sqlString(f.file),
        sqlString(f.format),
        sqlString(f.encoding),
        f.delimiter === null ? 'NULL' : sqlString(f.delimiter),
        f.rowsRead,
        f.rowsLoaded,
        f.rowsQuarantined,
        f.iinsRestored,
        sqlString(JSON.stringify(f.headerMapping)),
      ].join(', ')})`,
    );
  }
}

/** Load into an open connection (verify and the server call this). The connection must not be inside a transaction. */
export async function loadSnapshotInto(
  connection: DuckDBConnection,
  options: LoadIntoOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  const onProgress = options.onProgress ?? silentProgress;
  const sourceDir = resolve(options.snapshotDir);
  const mapping = loadHeaderMapping(options.mappingFile);
  const listing = listSnapshot(sourceDir);
  const proposals = [];
  for (const file of listing.files)
    proposals.push(await inspectWithMapping(file.path, file.registry, file.format, mapping));
  assertHeadersUsable(proposals, options.mappingFile ?? DEFAULT_MAPPING_FILE);

  const workDir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'birtizim-ingest-'));
  const loadedAt = new Date().toISOString();
  try {
    await connection.run('BEGIN TRANSACTION');
    try {
      await createTables(connection);
      const files: FileLoadSummary[] = [];
      // The next file is staged while DuckDB loads this one (see stageFile).
      let staging = listing.files[0] ? stageFile(listing.files[0], workDir, onProgress) : null;
      for (const [i, file] of listing.files.entries()) {
        const current = staging as Promise<StagedFile>;
        const next = listing.files[i + 1];
        staging = next ? stageFile(next, workDir, onProgress) : null;
        // A failed staging of the next file is reported when its turn comes, not as unhandled.
        staging?.catch(() => undefined);
        files.push(
          await loadFile(connection, file, proposals[i]?.headers ?? [], workDir, onProgress, current),
        );
      }
      const present = new Set(files.map((f) => f.registry));
      const sum = (pick: (f: FileLoadSummary) => number): number => files.reduce((s, f) => s + pick(f), 0);
      const summary: LoadSummary = {
        snapshotId: snapshotId(listing.files),
        sourceDir,
        loadedAt,
        files,
        absent: REGISTRY_NAMES.filter((name) => !present.has(name)),
        ignoredFiles: listing.ignored,
        mappingFiles: mapping.files,
        totals: {
          rowsRead: sum((f) => f.rowsRead),
          rowsLoaded: sum((f) => f.rowsLoaded),
          rowsQuarantined: sum((f) => f.rowsQuarantined),
          iinsRestored: sum((f) => f.iinsRestored),
        },
        totalMs: Math.round(performance.now() - started),
      };
      await writeMetadata(connection, summary);
      onProgress({ stage: 'ingest:commit', done: 0, total: 1 });
      await connection.run('COMMIT');
      onProgress({ stage: 'ingest:commit', done: 1, total: 1 });
      return { ...summary, totalMs: Math.round(performance.now() - started) };
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Open the workspace file, load the snapshot into it, close it. */
export async function loadSnapshot(options: LoadSnapshotOptions): Promise<LoadSummary> {
  const onDisk = options.workspaceFile !== ':memory:';
  if (onDisk) mkdirSync(dirname(resolve(options.workspaceFile)), { recursive: true });
  return withWorkspace({ file: options.workspaceFile, memoryLimit: WORKSPACE_MEMORY_LIMIT }, (connection) =>
    loadSnapshotInto(connection, {
      ...options,
      tempDir: options.tempDir ?? (onDisk ? dirname(resolve(options.workspaceFile)) : undefined),
    }),
  );
}

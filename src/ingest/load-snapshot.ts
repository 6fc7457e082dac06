import type { DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ProgressListener } from '../core/progress';
import { silentProgress } from '../core/progress';
import { REGISTRY_NAMES } from '../registries/catalog';
import { createLoadedTables, LOADED_TABLES, VERIFY_OUTPUT_DDL } from '../workspace/registry-tables';
import {
  sqlIdent,
  sqlString,
  withWorkspace,
  workspaceTables,
  WORKSPACE_MEMORY_LIMIT,
} from '../workspace/workspace';
import { assertHeadersUsable } from './headers/header-problems';
import { DEFAULT_MAPPING_FILE, loadHeaderMapping } from './headers/header-mapping-file';
import { inspectWithMapping } from './inspect-file';
import { loadFile, stageFile } from './load-file';
import type { FileLoadSummary, LoadSummary } from './load-summary';
import { listSnapshot, type SnapshotFile } from './snapshot-files';
import { districtMacros } from './sql/district-sql';
import { ID_NUMBER_MACROS } from './sql/id-number-sql';

/**
 * `birtizim ingest`: replace the registries of the workspace with a snapshot folder.
 * Every header is checked before anything is touched. The load then writes every table
 * it replaces (all registries, quarantine, load metadata) under a shadow name beside the
 * live one, and swaps them all in with one short transaction at the end: a failed or
 * killed load leaves the previous snapshot intact and live (its shadow tables are
 * dropped by the next load). Verify outputs are kept.
 *
 * Why not one transaction around the whole load: DuckDB scans a table created inside an
 * open transaction on one thread only, and each file's parsed rows are such a table, so
 * half of the load ran single-threaded. Outside a transaction each statement commits and
 * its table is scanned by every thread.
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

/** Prefix of the tables a load writes before they replace the live ones. */
const SHADOW_PREFIX = '_bz_load_';
const shadow = (table: string): string => `${SHADOW_PREFIX}${table}`;

/** Drop the shadow tables of a load that did not finish (killed, or failed). */
async function dropShadowTables(connection: DuckDBConnection): Promise<void> {
  for (const table of await workspaceTables(connection)) {
    if (table.startsWith(SHADOW_PREFIX)) await connection.run(`DROP TABLE IF EXISTS ${sqlIdent(table)}`);
  }
}

async function createShadowTables(connection: DuckDBConnection): Promise<void> {
  for (const sql of [...ID_NUMBER_MACROS, ...districtMacros()]) await connection.run(sql);
  await createLoadedTables(connection, shadow);
}

/** The one transaction that makes a load live: readers see the old tables or the new, never a mix. */
async function swapInShadowTables(connection: DuckDBConnection): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    for (const ddl of VERIFY_OUTPUT_DDL) await connection.run(ddl);
    for (const table of LOADED_TABLES) {
      await connection.run(`DROP TABLE IF EXISTS ${sqlIdent(table)}`);
      await connection.run(`ALTER TABLE ${sqlIdent(shadow(table))} RENAME TO ${sqlIdent(table)}`);
    }
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function writeMetadata(connection: DuckDBConnection, summary: LoadSummary): Promise<void> {
  await connection.run(
    `INSERT INTO ${shadow('_snapshot')} VALUES (${sqlString(summary.snapshotId)}, ${sqlString(summary.sourceDir)}, TIMESTAMP ${sqlString(summary.loadedAt.replace('T', ' ').replace('Z', ''))})`,
  );
  for (const f of summary.files) {
    await connection.run(
      `INSERT INTO ${shadow('_load_files')} VALUES (${[
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

/**
 * How many files are staged ahead of the one DuckDB loads. One is not enough: a small file
 * (organizations) loads in a blink, and the large one after it (contributions) would then
 * be staged while DuckDB waits.
 */
const STAGE_AHEAD = 2;

/**
 * `staging(i)`: the staging of file i, started when first asked for, and the next `ahead`
 * files' after it. A staging that fails is reported when its file's turn comes, not as
 * unhandled.
 */
function stagingAhead<F, S>(
  files: readonly F[],
  ahead: number,
  stage: (file: F) => Promise<S>,
): (i: number) => Promise<S> {
  const started = new Map<number, Promise<S>>();
  const start = (j: number, after: Promise<unknown> | null): void => {
    if (j >= files.length || started.has(j)) return;
    const run = (): Promise<S> => stage(files[j] as F);
    const staged = after ? after.then(run, run) : run();
    staged.catch(() => undefined);
    started.set(j, staged);
  };
  return (i) => {
    start(i, null);
    const current = started.get(i) as Promise<S>;
    started.delete(i);
    // The files ahead start once this one is staged, not beside it: DuckDB waits for this one.
    for (let j = i + 1; j <= i + ahead; j++) start(j, current);
    return current;
  };
}

/** Load into an open connection. The connection must not be inside a transaction. */
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
    await dropShadowTables(connection);
    await createShadowTables(connection);
    const files: FileLoadSummary[] = [];
    // The next files are staged while DuckDB loads this one (see stageFile).
    const staging = stagingAhead(listing.files, STAGE_AHEAD, (file) => stageFile(file, workDir, onProgress));
    for (const [i, file] of listing.files.entries()) {
      const current = staging(i);
      const target = { registryTable: shadow(file.registry), quarantineTable: shadow('_quarantine') };
      files.push(
        await loadFile(connection, file, proposals[i]?.headers ?? [], target, workDir, onProgress, current),
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
    await swapInShadowTables(connection);
    onProgress({ stage: 'ingest:commit', done: 1, total: 1 });
    return { ...summary, totalMs: Math.round(performance.now() - started) };
  } catch (error) {
    await dropShadowTables(connection).catch(() => undefined);
    throw error;
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

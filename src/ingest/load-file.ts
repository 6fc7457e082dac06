import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { BirtizimError, isBirtizimError } from '../core/errors/birtizim-error';
import type { ProgressListener } from '../core/progress';
import { registrySpec, type RegistrySpec } from '../registries/catalog';
import { queryRows } from '../workspace/workspace';
import { checkIdColumns } from './check-id-columns';
import type { HeaderAssignment } from './headers/resolve-headers';
import type { FileLoadSummary } from './load-summary';
import { stageCsv } from './readers/stage-csv';
import { stageXlsx } from './readers/stage-xlsx';
import type { StagedFile } from './readers/staged-file';
import type { SnapshotFile } from './snapshot-files';
import {
  insertLoadedSql,
  insertQuarantinedSql,
  insertRejectsSql,
  type LoadTarget,
  PARSED_COUNTS_SQL,
  PARSED_TABLE,
  parseFileSql,
} from './sql/file-load-sql';
import { planKeepsOrder } from './sql/plan-keeps-order';

interface ParsedCounts {
  readonly loaded: number;
  readonly quarantined: number;
  readonly restored: number;
  readonly firstRowid: bigint;
  readonly consecutive: boolean;
}

async function parsedCounts(connection: DuckDBConnection): Promise<ParsedCounts> {
  const [counts] = await queryRows<{
    loaded: bigint;
    quarantined: bigint;
    restored: bigint | number;
    first_rowid: bigint | number;
    consecutive: boolean;
  }>(connection, PARSED_COUNTS_SQL);
  return {
    loaded: Number(counts?.loaded ?? 0),
    quarantined: Number(counts?.quarantined ?? 0),
    restored: Number(counts?.restored ?? 0),
    firstRowid: BigInt(counts?.first_rowid ?? 0),
    consecutive: counts?.consecutive ?? false,
  };
}

/**
 * Run a parse, then check its IIN and BIN columns (check-id-columns.ts): the parsed rows are
 * final only after that.
 */
async function parse(
  connection: DuckDBConnection,
  spec: RegistrySpec,
  parseSql: string,
): Promise<ParsedCounts> {
  await connection.run(parseSql);
  await checkIdColumns(connection, spec);
  return parsedCounts(connection);
}

/** Whether DuckDB read every record of a file read in place, giving each its line. */
function readInPlace(staged: StagedFile, counts: ParsedCounts): boolean {
  return counts.consecutive && counts.loaded + counts.quarantined === staged.rowsRead;
}

function stagingPaths(file: SnapshotFile, workDir: string): { dataPath: string; rejectsPath: string } {
  return {
    dataPath: join(workDir, `${file.registry}.data.csv`),
    rejectsPath: join(workDir, `${file.registry}.rejects.csv`),
  };
}

const bytesListener =
  (file: SnapshotFile, onProgress: ProgressListener) =>
  (done: number, total: number | null): void =>
    onProgress({ stage: `ingest:${file.registry}`, done, total });

/**
 * The pass over a file's bytes before DuckDB reads it: the plain-file check, or a UTF-8 copy
 * with line numbers (CSV that is not plain, XLSX). The loader starts it for the next file
 * while DuckDB loads the current one, so the JavaScript pass and DuckDB overlap.
 */
export function stageFile(
  file: SnapshotFile,
  workDir: string,
  onProgress: ProgressListener,
): Promise<StagedFile> {
  const paths = stagingPaths(file, workDir);
  const onBytes = bytesListener(file, onProgress);
  return file.format === 'xlsx' ? stageXlsx(file.path, paths, onBytes) : stageCsv(file.path, paths, onBytes);
}

/**
 * Load one file into its (freshly created, empty) registry table and the quarantine of
 * `target`, from its staging (stageFile). Checks that every data row is accounted for.
 */
export async function loadFile(
  connection: DuckDBConnection,
  file: SnapshotFile,
  headers: readonly HeaderAssignment[],
  target: LoadTarget,
  workDir: string,
  onProgress: ProgressListener,
  staging: Promise<StagedFile> = stageFile(file, workDir, onProgress),
): Promise<FileLoadSummary> {
  const started = performance.now();
  const stage = `ingest:${file.registry}`;
  const paths = stagingPaths(file, workDir);
  const onBytes = bytesListener(file, onProgress);
  let staged: StagedFile = await staging;
  const stagedAt = performance.now();
  const spec = registrySpec(file.registry);
  try {
    let parseSql = parseFileSql(spec, staged, headers);
    if (staged.lines === 'in_order' && !(await planKeepsOrder(connection, parseSql))) {
      // Line numbers would come from a row order DuckDB does not promise (plan-keeps-order.ts).
      staged = await stageCsv(file.path, paths, onBytes, { copy: true });
      parseSql = parseFileSql(spec, staged, headers);
    }
    let counts = await parse(connection, spec, parseSql);
    if (staged.lines === 'in_order' && !readInPlace(staged, counts)) {
      // DuckDB dropped records of the file read in place (wrong field counts): stage it.
      await connection.run(`DROP TABLE ${PARSED_TABLE}`);
      staged = await stageCsv(file.path, paths, onBytes, { copy: true });
      counts = await parse(connection, spec, parseFileSql(spec, staged, headers));
    }
    const parsedAt = performance.now();
    await connection.run(insertLoadedSql(spec, staged, counts.firstRowid, target));
    await connection.run(insertQuarantinedSql(spec, file.fileName, staged, counts.firstRowid, target));
    if (staged.rowsRejected > 0) await connection.run(insertRejectsSql(spec, file.fileName, staged, target));
    await connection.run(`DROP TABLE ${PARSED_TABLE}`);
    const writtenAt = performance.now();
    const rowsLoaded = counts.loaded;
    const rowsQuarantined = counts.quarantined + staged.rowsRejected;
    if (rowsLoaded + rowsQuarantined !== staged.rowsRead) {
      throw new BirtizimError('BZ_INTERNAL', {
        detail: `${file.fileName}: ${staged.rowsRead} rows read but ${rowsLoaded} loaded + ${rowsQuarantined} quarantined`,
      });
    }
    const summary: FileLoadSummary = {
      registry: file.registry,
      file: file.fileName,
      format: staged.format,
      encoding: staged.encoding,
      delimiter: staged.sourceDelimiter,
      rowsRead: staged.rowsRead,
      rowsLoaded,
      rowsQuarantined,
      iinsRestored: counts.restored,
      lineNumbers: staged.lines === 'in_order' ? 'read_in_place' : 'staged_copy',
      headerMapping: headers,
      ms: Math.round(performance.now() - started),
      phaseMs: {
        staging: Math.round(stagedAt - started),
        parse: Math.round(parsedAt - stagedAt),
        write: Math.round(writtenAt - parsedAt),
      },
    };
    onProgress({ stage, done: 1, total: 1 });
    return summary;
  } catch (error) {
    if (isBirtizimError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BirtizimError('BZ_INGEST_READ_FAILED', { file: file.path, detail }, { cause: error });
  }
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { BirtizimError, isBirtizimError } from '../core/errors/birtizim-error';
import type { ProgressListener } from '../core/progress';
import { registrySpec } from '../registries/catalog';
import { queryRows } from '../workspace/workspace';
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
  PARSED_COUNTS_SQL,
  PARSED_TABLE,
  parseFileSql,
} from './sql/file-load-sql';

/**
 * Load one file into its (freshly created, empty) registry table and the quarantine,
 * inside the caller's transaction. Checks that every data row is accounted for.
 */
export async function loadFile(
  connection: DuckDBConnection,
  file: SnapshotFile,
  headers: readonly HeaderAssignment[],
  workDir: string,
  onProgress: ProgressListener,
): Promise<FileLoadSummary> {
  const started = performance.now();
  const stage = `ingest:${file.registry}`;
  const paths = {
    dataPath: join(workDir, `${file.registry}.data.csv`),
    rejectsPath: join(workDir, `${file.registry}.rejects.csv`),
  };
  const onBytes = (done: number, total: number | null): void => onProgress({ stage, done, total });
  const staged: StagedFile =
    file.format === 'xlsx'
      ? await stageXlsx(file.path, paths, onBytes)
      : await stageCsv(file.path, paths, onBytes);
  const spec = registrySpec(file.registry);
  try {
    await connection.run(parseFileSql(spec, staged, headers));
    await connection.run(insertLoadedSql(spec));
    await connection.run(insertQuarantinedSql(spec, file.fileName));
    if (staged.rowsRejected > 0) await connection.run(insertRejectsSql(spec, file.fileName, staged));
    const [counts] = await queryRows<{ loaded: bigint; quarantined: bigint; restored: bigint | number }>(
      connection,
      PARSED_COUNTS_SQL,
    );
    await connection.run(`DROP TABLE ${PARSED_TABLE}`);
    const rowsLoaded = Number(counts?.loaded ?? 0);
    const rowsQuarantined = Number(counts?.quarantined ?? 0) + staged.rowsRejected;
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
      iinsRestored: Number(counts?.restored ?? 0),
      headerMapping: headers,
      ms: Math.round(performance.now() - started),
    };
    onProgress({ stage, done: 1, total: 1 });
    return summary;
  } catch (error) {
    if (isBirtizimError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BirtizimError('BZ_INGEST_READ_FAILED', { file: file.path, detail }, { cause: error });
  }
}

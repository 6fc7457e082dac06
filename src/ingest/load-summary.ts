import type { RegistryName } from '../registries/catalog';
import type { HeaderAssignment } from './headers/resolve-headers';
import type { FileFormat } from './snapshot-files';

/** What one load did, per file; returned by loadSnapshot and written as the summary JSON. */
export interface FileLoadSummary {
  readonly registry: RegistryName;
  readonly file: string;
  readonly format: FileFormat;
  /** `utf-8`, `utf-8-bom`, `windows-1251`, `utf-16le`, or `xlsx`. */
  readonly encoding: string;
  /** `,` `;` or a tab; null for XLSX. */
  readonly delimiter: string | null;
  /** Data records in the file (the header and blank lines excluded). */
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rowsQuarantined: number;
  /** IIN/BIN values restored from 11 digits (lost leading zero), over all rows read. */
  readonly iinsRestored: number;
  /**
   * Where the rows' line numbers came from: `read_in_place`, the file read as it is and
   * each row numbered by its place (plain-csv-check.ts, plan-keeps-order.ts), or
   * `staged_copy`, a copy written with each record's line (XLSX, other encodings, quotes
   * over lines, or a file DuckDB could not read in place in order).
   */
  readonly lineNumbers: 'read_in_place' | 'staged_copy';
  readonly headerMapping: readonly HeaderAssignment[];
  readonly ms: number;
  /**
   * Where `ms` went: waiting for the file's staging (the part not overlapped with the file
   * before), DuckDB reading the file and checking every value (parse), and writing the
   * rows into the workspace and the quarantine (write).
   */
  readonly phaseMs: { readonly staging: number; readonly parse: number; readonly write: number };
}

export interface LoadSummary {
  readonly snapshotId: string;
  readonly sourceDir: string;
  /** ISO timestamp (UTC). */
  readonly loadedAt: string;
  readonly files: readonly FileLoadSummary[];
  /** Registries with no file in the snapshot (their tables are empty). */
  readonly absent: readonly RegistryName[];
  /** Files in the folder that name no registry. */
  readonly ignoredFiles: readonly string[];
  readonly mappingFiles: readonly string[];
  readonly totals: {
    readonly rowsRead: number;
    readonly rowsLoaded: number;
    readonly rowsQuarantined: number;
    readonly iinsRestored: number;
  };
  readonly totalMs: number;
}

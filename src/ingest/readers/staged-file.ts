import type { Delimiter } from './csv-text';
import type { TextEncoding } from './text-encoding';

/**
 * A source file rewritten for DuckDB: UTF-8, every data record prefixed with its source
 * line number (`_line`), the header removed, and records that cannot be split into the
 * header's number of fields moved to a rejects file (`line,reason,value`).
 */
export interface StagedFile {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: TextEncoding | 'xlsx';
  /** Delimiter of the source file (null for XLSX). */
  readonly sourceDelimiter: Delimiter | null;
  readonly headers: readonly string[];
  /**
   * `prefixed`: `dataPath` is a UTF-8 copy whose records start with `_line`, header removed.
   * `in_order`: `dataPath` is the source itself (see plain-csv-check.ts), header on line 1
   * and record n on line n + 1; DuckDB must then read exactly `rowsRead` records from it.
   */
  readonly lines: 'prefixed' | 'in_order';
  readonly dataPath: string;
  readonly dataDelimiter: Delimiter;
  readonly rejectsPath: string;
  /** Data records in the file (blank lines are not records). */
  readonly rowsRead: number;
  readonly rowsRejected: number;
  /** False only when no value can start or end with whitespace, so the loader need not trim. */
  readonly edgeSpaces: boolean;
}

/** How much of a file has been read, for progress bars. */
export type BytesListener = (done: number, total: number | null) => void;

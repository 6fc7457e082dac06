/**
 * The value kinds that agency extracts carry, and the DuckDB type each is stored as in
 * the workspace. Months and quarters are stored as the DATE of their first day so that
 * checks can do calendar arithmetic; they are printed back as `YYYY-MM` / `YYYY-Qn`.
 * IINs and BINs are stored as numbers and printed back with their zeros (src/workspace/id-text.ts).
 */
export const COLUMN_KINDS = {
  iin: 'BIGINT',
  bin: 'BIGINT',
  text: 'VARCHAR',
  enum: 'VARCHAR',
  district: 'VARCHAR',
  date: 'DATE',
  month: 'DATE',
  quarter: 'DATE',
  money: 'DECIMAL(18,2)',
  number: 'DOUBLE',
  int: 'INTEGER',
  bool: 'BOOLEAN',
} as const;

export type ColumnKind = keyof typeof COLUMN_KINDS;

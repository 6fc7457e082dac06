import { isIdColumn, type RegistrySpec } from '../../registries/catalog';
import { sqlIdent, sqlString } from '../../workspace/workspace';
import type { HeaderAssignment } from '../headers/resolve-headers';
import type { StagedFile } from '../readers/staged-file';
import { columnRefs, columnSql, helperLayerCtes, idParseSql } from './column-sql';
import { SPACE_CHARS, sqlText } from './sql-literals';

/**
 * The SQL that loads one staged file: DuckDB reads it all as text, every column is typed
 * and checked by the expressions of column-sql.ts, and each row gets the first failing
 * column (in catalog order) with its reason. The parsed rows land in a temp table once;
 * the registry table and the quarantine are then filled from it by two INSERT…SELECTs.
 * Each statement commits on its own (load-snapshot.ts says why and how the load stays
 * atomic): DuckDB scans a table created inside an open transaction on one thread only.
 */
export const PARSED_TABLE = '_bz_parsed';

const q = sqlIdent;
const raw = (column: string): string => columnRefs(column).r;
const typedRef = (column: string): string => columnRefs(column).t;

function readStaged(staged: StagedFile): string {
  const fields = staged.headers.map((_, i) => `'c${i + 1}': 'VARCHAR'`);
  const options = `auto_detect = false, delim = ${sqlString(staged.dataDelimiter)}, quote = '"', escape = '"', new_line = '\\n', max_line_size = 16777216`;
  if (staged.lines === 'in_order') {
    // The source itself: a record with the wrong number of fields is dropped, and the
    // loader, finding fewer rows than records, stages the file the slow way instead.
    return `read_csv(${sqlString(staged.dataPath)}, header = false, skip = 1, ${options}, strict_mode = true,
      ignore_errors = true, null_padding = false, columns = {${fields.join(', ')}})`;
  }
  const columns = [`'_line': 'BIGINT'`, ...fields].join(', ');
  return `read_csv(${sqlString(staged.dataPath)}, header = false, ${options}, columns = {${columns}})`;
}

/**
 * The `_line` of a parsed row. For an in-order file it is the row's place in the parsed
 * table: the parse is projections only, and DuckDB keeps insertion order (the default
 * preserve_insertion_order) from the CSV reader to the table, so the row with the n-th
 * rowid (0-based; `firstRowid` is the least, PARSED_COUNTS_SQL checks they are
 * consecutive) is on line n + 2.
 */
export function parsedLineSql(staged: StagedFile, firstRowid: bigint): string {
  return staged.lines === 'in_order' ? `(rowid - ${firstRowid} + 2)` : '_line';
}

/**
 * The value without surrounding spaces, NULL when empty. Trimming every value costs more
 * than reading it, so only values that start or end with a space character are trimmed.
 */
function trimmedSql(c: string): string {
  const edges = [' ', '\u00a0', '\t'].flatMap((ch) => [
    `prefix(${c}, ${sqlString(ch)})`,
    `suffix(${c}, ${sqlString(ch)})`,
  ]);
  return `NULLIF(CASE WHEN ${edges.join(' OR ')} THEN trim(${c}, ${sqlString(SPACE_CHARS)}) ELSE ${c} END, '')`;
}

export function parseFileSql(
  spec: RegistrySpec,
  staged: StagedFile,
  headers: readonly HeaderAssignment[],
): string {
  const indexOf = new Map(headers.filter((h) => h.column !== null).map((h) => [h.column as string, h.index]));
  const present = (name: string): boolean => indexOf.has(name);
  const src = spec.columns.map((c) => {
    const index = indexOf.get(c.name);
    if (index === undefined) return `NULL::VARCHAR AS ${raw(c.name)}`;
    const cell = q(`c${index + 1}`);
    // Trimming is skipped for a file whose values cannot have whitespace at their edges (plain-csv-check.ts).
    const value = staged.edgeSpaces ? trimmedSql(cell) : `NULLIF(${cell}, '')`;
    return `${value} AS ${raw(c.name)}`;
  });
  // IDs are read as text here and checked per distinct value after the parse (id-values-sql.ts).
  const sqls = spec.columns.map((c) => ({
    column: c,
    sql: isIdColumn(c) ? idParseSql(c, columnRefs(c.name)) : columnSql(c, columnRefs(c.name)),
  }));
  const depth = Math.max(0, ...sqls.map(({ sql }) => sql.helpers.length));
  const helperLayers = Array.from({ length: depth }, (_, k) =>
    sqls.flatMap(({ column, sql }) =>
      (sql.helpers[k] ?? []).map(([name, expr]) => `${expr} AS ${columnRefs(column.name).h(name)}`),
    ),
  );
  const typed = sqls.map(({ column, sql }) => `${sql.typed} AS ${typedRef(column.name)}`);
  const byName = new Map(sqls.map(({ column, sql }) => [column.name, sql]));
  const sqlOf = (name: string): (typeof sqls)[number]['sql'] =>
    byName.get(name) as (typeof sqls)[number]['sql'];

  const person = spec.personColumn;
  // A person row without a usable IIN is kept for linkage by name when it carries the name and birth date.
  const namesOk = ['last_name', 'first_name', 'birth_date'].every(present)
    ? namesForLinkSql(raw('last_name'), raw('first_name'), typedRef('birth_date'))
    : 'false';
  const reasonOf = (name: string): string =>
    name === person ? `CASE WHEN ${namesOk} THEN NULL ELSE ${sqlOf(name).reason} END` : sqlOf(name).reason;
  const okOf = (name: string): string =>
    name === person ? `(${namesOk} OR ${sqlOf(name).ok})` : sqlOf(name).ok;
  const names = spec.columns.map((c) => c.name);
  // Reasons are computed only for rows failing the cheap `ok` tests (CASE evaluates ELSE for those alone).
  const failCase = (then: (name: string) => string): string =>
    `CASE WHEN _ok THEN NULL ${names.map((n) => `WHEN ${reasonOf(n)} IS NOT NULL THEN ${then(n)}`).join(' ')} END`;

  const finalColumns = [
    ...(staged.lines === 'in_order' ? [] : ['_line']),
    ...names.map((n) => `${typedRef(n)} AS ${q(n)}`),
    ...(person
      ? [`CASE WHEN ${typedRef(person)} IS NULL THEN coalesce(${raw(person)}, '') END AS _iin_raw`]
      : []),
    `${failCase((n) => sqlText(n))} AS _fail_column`,
    `${failCase((n) => reasonOf(n))} AS _fail_reason`,
    `${failCase((n) => raw(n))} AS _fail_value`,
    // IDs, the only values restored, are checked after the parse (id-values-sql.ts adds to this).
    `CAST(0 AS INTEGER) AS _restored`,
  ];
  const layers = helperLayerCtes('src', helperLayers);
  const lineColumn = staged.lines === 'in_order' ? '' : '_line, ';
  return `CREATE OR REPLACE TEMP TABLE ${PARSED_TABLE} AS
    WITH ${[`src AS (SELECT ${lineColumn}${src.join(', ')} FROM ${readStaged(staged)})`, ...layers.ctes].join(',\n    ')},
    typed AS (SELECT *, ${typed.join(', ')} FROM ${layers.last}),
    checked AS (SELECT *, (${names.map(okOf).join(' AND ')}) AS _ok FROM typed)
    SELECT ${finalColumns.join(', ')} FROM checked`;
}

/**
 * Whether a person row carries what linkage by name needs (last and first name, birth date),
 * so that it is kept when its IIN is missing or unusable.
 */
export function namesForLinkSql(lastName: string, firstName: string, birthDate: string): string {
  return `(${lastName} IS NOT NULL AND ${firstName} IS NOT NULL AND ${birthDate} IS NOT NULL)`;
}

/** Where a file's rows go: its registry table and the quarantine, under the names the load writes to. */
export interface LoadTarget {
  readonly registryTable: string;
  readonly quarantineTable: string;
}

export function insertLoadedSql(
  spec: RegistrySpec,
  staged: StagedFile,
  firstRowid: bigint,
  target: LoadTarget,
): string {
  const columns = [
    ...spec.columns.map((c) => q(c.name)),
    '_line',
    ...(spec.personColumn ? ['_iin_raw'] : []),
  ];
  // IDs are checked 12-digit text here; the workspace stores them as numbers (id-text.ts).
  const ids = new Set(spec.columns.filter(isIdColumn).map((c) => q(c.name)));
  const values = columns.map((c) =>
    c === '_line' ? `${parsedLineSql(staged, firstRowid)} AS _line` : ids.has(c) ? `CAST(${c} AS BIGINT)` : c,
  );
  return `INSERT INTO ${q(target.registryTable)} (${columns.join(', ')})
    SELECT ${values.join(', ')} FROM ${PARSED_TABLE} WHERE _fail_reason IS NULL`;
}

export function insertQuarantinedSql(
  spec: RegistrySpec,
  fileName: string,
  staged: StagedFile,
  firstRowid: bigint,
  target: LoadTarget,
): string {
  return `INSERT INTO ${q(target.quarantineTable)} (registry, file, line, "column", value, reason)
    SELECT ${sqlString(spec.name)}, ${sqlString(fileName)}, ${parsedLineSql(staged, firstRowid)}, _fail_column, _fail_value, _fail_reason
    FROM ${PARSED_TABLE} WHERE _fail_reason IS NOT NULL`;
}

export function insertRejectsSql(
  spec: RegistrySpec,
  fileName: string,
  staged: StagedFile,
  target: LoadTarget,
): string {
  return `INSERT INTO ${q(target.quarantineTable)} (registry, file, line, "column", value, reason)
    SELECT ${sqlString(spec.name)}, ${sqlString(fileName)}, line, NULL, value, reason
    FROM read_csv(${sqlString(staged.rejectsPath)}, header = false, auto_detect = false, delim = ',', quote = '"',
      escape = '"', new_line = '\\n', max_line_size = 16777216,
      columns = {'line': 'BIGINT', 'reason': 'VARCHAR', 'value': 'VARCHAR'})`;
}

export const PARSED_COUNTS_SQL = `SELECT count(*) FILTER (WHERE _fail_reason IS NULL) AS loaded,
  count(*) FILTER (WHERE _fail_reason IS NOT NULL) AS quarantined, coalesce(sum(_restored), 0) AS restored,
  coalesce(min(rowid), 0) AS first_rowid, coalesce(max(rowid) - min(rowid) + 1, 0) = count(*) AS consecutive
  FROM ${PARSED_TABLE}`;

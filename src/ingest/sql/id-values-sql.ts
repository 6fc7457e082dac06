import { isIdColumn, type ColumnSpec, type RegistrySpec } from '../../registries/catalog';
import { sqlIdent } from '../../workspace/workspace';
import { columnRefs, columnSql, helperLayerCtes } from './column-sql';
import { namesForLinkSql, PARSED_TABLE } from './file-load-sql';
import { sqlText } from './sql-literals';

/**
 * The IIN and BIN columns of a parsed file, checked once per distinct value instead of once
 * per row (see IdGathering for the exception). The parse (parseFileSql) keeps each ID's trimmed
 * text; afterwards, for each ID column, the distinct values go through the same rules as every
 * other column (columnSql: normalising, lost zeros, check digit, decoding), and only the values
 * that do not come out as they went in (invalid, restored, normalised) are written back to the
 * parsed rows. On the
 * 2.5 M-person city contributions' 17 M rows hold under a million distinct IINs and ten
 * thousand BINs: checked per row, the two columns took 9 of the file's 20 s of parse.
 *
 * Written back, a failing ID takes the row's quarantine reason when no column before it (in
 * catalog order, as the parse decides) has failed; a person column is let through, without
 * its IIN, when the row carries the names linkage needs, exactly as the parse would.
 */
export const ID_VALUES_TABLE = '_bz_id_values';

const q = sqlIdent;

export function idColumns(spec: RegistrySpec): readonly ColumnSpec[] {
  return spec.columns.filter(isIdColumn);
}

/**
 * How the values of an ID column are gathered for checking. `distinct_first`: the distinct
 * values, then the rules over them (a column whose values repeat: contributions' IINs, any
 * BIN). `rows_first`: the rules over every row, then the distinct changed values: cheaper
 * for a column of nearly unique values (population's IINs, one per person), where gathering
 * the distinct values costs more than the rules themselves (2.5 M values: 0.8 s against 0.4 s).
 * The result is the same either way.
 */
export type IdGathering = 'distinct_first' | 'rows_first';

/** The rows sampled from the start of the parsed table to choose an IdGathering. */
const SAMPLE_ROWS = 65536;

/** `(distinct, rows)` of the non-empty values among the first SAMPLE_ROWS parsed rows. */
export function idSampleSql(column: ColumnSpec): string {
  return `SELECT count(DISTINCT v) AS distinct_values, count(v) AS rows FROM
    (SELECT ${q(column.name)} AS v FROM ${PARSED_TABLE} LIMIT ${SAMPLE_ROWS})`;
}

export function idGathering(sample: { readonly distinctValues: number; readonly rows: number }): IdGathering {
  return sample.distinctValues * 2 > sample.rows ? 'rows_first' : 'distinct_first';
}

/**
 * The distinct values of one ID column of the parsed rows that its rules change:
 * `(raw, value, reason, ok, restored)`, `value` NULL when the ID is not usable.
 */
export function idValuesSql(column: ColumnSpec, gathering: IdGathering): string {
  const refs = columnRefs(column.name);
  const sql = columnSql(column, refs);
  const layers = helperLayerCtes(
    'v',
    sql.helpers.map((layer) => layer.map(([name, expr]) => `${expr} AS ${refs.h(name)}`)),
  );
  const distinct = gathering === 'distinct_first' ? 'DISTINCT ' : '';
  const changed = `SELECT ${refs.r} AS raw, ${refs.t} AS value, ${sql.reason} AS reason, ${sql.ok} AS ok,
      CAST(${sql.restored ?? 'false'} AS INTEGER) AS restored
    FROM typed WHERE ${refs.t} IS DISTINCT FROM ${refs.r}`;
  return `CREATE OR REPLACE TEMP TABLE ${ID_VALUES_TABLE} AS
    WITH ${[`v AS (SELECT ${distinct}${q(column.name)} AS ${refs.r} FROM ${PARSED_TABLE} WHERE ${q(column.name)} IS NOT NULL)`, ...layers.ctes].join(',\n    ')},
    typed AS (SELECT *, ${sql.typed} AS ${refs.t} FROM ${layers.last})
    ${gathering === 'distinct_first' ? changed : `SELECT DISTINCT * FROM (${changed})`}`;
}

/** What the changed values of a column (ID_VALUES_TABLE) hold, to write back only what changes. */
export interface IdChanges {
  readonly failing: boolean;
  readonly restored: boolean;
  readonly unusable: boolean;
}

export const ID_CHANGES_SQL = `SELECT count(*) AS "values", coalesce(bool_or(NOT ok), false) AS failing,
  coalesce(bool_or(restored > 0), false) AS restored, coalesce(bool_or(value IS NULL), false) AS unusable
  FROM ${ID_VALUES_TABLE}`;

/**
 * The UPDATEs writing the changed values of `column` back to the parsed rows, in order. DuckDB's
 * UPDATE costs by the cells it writes (six columns of 42 k rows scattered over 17 M: 1.3 s, one
 * column: 0.4 s), so the quarantine columns are written only for the rows an ID fails, and each
 * column only when some value changes it. The reasons go first: they find their rows by the
 * value before it is replaced.
 */
export function applyIdValuesSql(spec: RegistrySpec, column: ColumnSpec, changes: IdChanges): string[] {
  const names = spec.columns.map((c) => c.name);
  const position = names.indexOf(column.name) + 1;
  const isPerson = spec.personColumn === column.name;
  const hasNames = ['last_name', 'first_name', 'birth_date'].every((n) => names.includes(n));
  const keptForLink =
    isPerson && hasNames ? namesForLinkSql('p.last_name', 'p.first_name', 'p.birth_date') : 'false';
  const earlierFailed = `list_position([${names.map(sqlText).join(', ')}], p._fail_column) < ${position}`;
  const update = (sets: readonly string[], where = 'true'): string =>
    `UPDATE ${PARSED_TABLE} AS p SET ${sets.join(', ')}
    FROM ${ID_VALUES_TABLE} AS d WHERE p.${q(column.name)} = d.raw AND ${where}`;
  const statements: string[] = [];
  if (changes.failing) {
    statements.push(
      update(
        [`_fail_column = ${sqlText(column.name)}`, '_fail_reason = d.reason', '_fail_value = d.raw'],
        `NOT d.ok AND NOT ${keptForLink} AND coalesce(NOT (${earlierFailed}), true)`,
      ),
    );
  }
  if (changes.restored) statements.push(update(['_restored = p._restored + d.restored'], 'd.restored > 0'));
  // The parse keeps a person row's IIN text when it reads no IIN from it (linkage by name shows it).
  // Written with the value, in one pass: most changed person IINs are unusable ones kept for linkage.
  const rawKept = isPerson && changes.unusable;
  statements.push(
    update([
      `${q(column.name)} = d.value`,
      ...(rawKept ? ['_iin_raw = CASE WHEN d.value IS NULL THEN d.raw ELSE p._iin_raw END'] : []),
    ]),
  );
  return statements;
}

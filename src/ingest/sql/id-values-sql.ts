import type { ColumnSpec, RegistrySpec } from '../../registries/catalog';
import { sqlIdent } from '../../workspace/workspace';
import { columnSql, isIdColumn } from './column-sql';
import { namesForLinkSql, PARSED_TABLE } from './file-load-sql';
import { sqlText } from './sql-literals';

/**
 * The IIN and BIN columns of a parsed file, checked once per distinct value instead of once
 * per row. The parse (parseFileSql) keeps each ID's trimmed text; afterwards, for each ID
 * column, the distinct values go through the same rules as every other column (columnSql:
 * normalising, lost zeros, check digit, decoding), and only the values that do not come out
 * as they went in (invalid, restored, normalised) are written back to the parsed rows. On the
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
 * The distinct values of one ID column of the parsed rows that its rules change:
 * `(raw, value, reason, ok, restored)`, `value` NULL when the ID is not usable.
 */
export function idValuesSql(column: ColumnSpec): string {
  const refs = {
    r: q(`r.${column.name}`),
    h: (helper: string) => q(`h.${column.name}.${helper}`),
    t: q(`t.${column.name}`),
  };
  const sql = columnSql(column, refs);
  // Each helper layer is a CTE over the one before, as in the parse, so each is computed once.
  const layers = sql.helpers.map(
    (layer, k) =>
      `h${k + 1} AS (SELECT *${layer.map(([name, expr]) => `, ${expr} AS ${refs.h(name)}`).join('')} FROM ${k === 0 ? 'v' : `h${k}`})`,
  );
  const last = layers.length === 0 ? 'v' : `h${layers.length}`;
  return `CREATE OR REPLACE TEMP TABLE ${ID_VALUES_TABLE} AS
    WITH ${[`v AS (SELECT DISTINCT ${q(column.name)} AS ${refs.r} FROM ${PARSED_TABLE} WHERE ${q(column.name)} IS NOT NULL)`, ...layers].join(',\n    ')},
    typed AS (SELECT *, ${sql.typed} AS ${refs.t} FROM ${last})
    SELECT ${refs.r} AS raw, ${refs.t} AS value, ${sql.reason} AS reason, ${sql.ok} AS ok,
      CAST(${sql.restored ?? 'false'} AS INTEGER) AS restored
    FROM typed WHERE ${refs.t} IS DISTINCT FROM ${refs.r}`;
}

/** Write the changed values of `column` (ID_VALUES_TABLE) back to the parsed rows. */
export function applyIdValuesSql(spec: RegistrySpec, column: ColumnSpec): string {
  const names = spec.columns.map((c) => c.name);
  const position = names.indexOf(column.name) + 1;
  const isPerson = spec.personColumn === column.name;
  const hasNames = ['last_name', 'first_name', 'birth_date'].every((n) => names.includes(n));
  const keptForLink =
    isPerson && hasNames ? namesForLinkSql('p.last_name', 'p.first_name', 'p.birth_date') : 'false';
  const earlierFailed = `list_position([${names.map(sqlText).join(', ')}], p._fail_column) < ${position}`;
  const takes = `(NOT d.ok AND NOT ${keptForLink} AND coalesce(NOT (${earlierFailed}), true))`;
  const sets = [
    `${q(column.name)} = d.value`,
    `_restored = p._restored + d.restored`,
    `_fail_column = CASE WHEN ${takes} THEN ${sqlText(column.name)} ELSE p._fail_column END`,
    `_fail_reason = CASE WHEN ${takes} THEN d.reason ELSE p._fail_reason END`,
    `_fail_value = CASE WHEN ${takes} THEN d.raw ELSE p._fail_value END`,
    // The parse keeps a person row's IIN text when it reads no IIN from it (linkage by name shows it).
    ...(isPerson ? [`_iin_raw = CASE WHEN d.value IS NULL THEN d.raw ELSE p._iin_raw END`] : []),
  ];
  return `UPDATE ${PARSED_TABLE} AS p SET ${sets.join(', ')}
    FROM ${ID_VALUES_TABLE} AS d WHERE p.${q(column.name)} = d.raw`;
}

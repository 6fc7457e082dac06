import type { ColumnSpec } from '../../registries/catalog';
import { QUARANTINE_REASONS as R, idReasons } from '../quarantine-reasons';
import { checkDigitOkSql, idDecodesSql, idNumberSql, normaliseIdSql, weightedSumSql } from './id-number-sql';
import { sqlIdent } from '../../workspace/workspace';
import { SPACE_CLASS, sqlText } from './sql-literals';

/**
 * The SQL that reads one canonical column from its trimmed raw text (NULL when empty):
 * helper values, the typed value, and the quarantine reason (NULL when fine). Every value
 * rule of registries.md is here, as SQL, so DuckDB applies it to all rows at once.
 * Expressions come in layers so each is computed once per row: helpers over the raw text,
 * then second helpers over the first, then the typed value, then the reason, which may
 * use the typed value (a column by then). `ok` is a cheap test that the value passes (it
 * implies a NULL reason), so the loader computes reasons only for the rare rows failing it.
 */
export interface ColumnRefs {
  /** Trimmed raw text. */
  readonly r: string;
  /** A helper column by name. */
  readonly h: (name: string) => string;
  /** The typed value column. */
  readonly t: string;
}

/** Named helper expressions; layer k may use the helpers of layers before it. */
export type HelperLayer = readonly (readonly [string, string])[];

/** The refs of column `name` in the layered SELECTs: text `r.name`, helpers `h.name.x`, typed `t.name`. */
export function columnRefs(name: string): ColumnRefs {
  return {
    r: sqlIdent(`r.${name}`),
    h: (helper) => sqlIdent(`h.${name}.${helper}`),
    t: sqlIdent(`t.${name}`),
  };
}

/**
 * Helper layers over `source` as CTEs (`items AS name` per layer), each a SELECT over the one
 * before, so that every expression is computed once; `last` names the last (`source` if none).
 */
export function helperLayerCtes(
  source: string,
  layers: readonly (readonly string[])[],
): { readonly ctes: readonly string[]; readonly last: string } {
  const name = (k: number): string => (k === 0 ? source : `helpers${k}`);
  const ctes = layers.map(
    (items, k) => `helpers${k + 1} AS (SELECT *${items.map((item) => `, ${item}`).join('')} FROM ${name(k)})`,
  );
  return { ctes, last: name(layers.length) };
}

export interface ColumnSql {
  readonly helpers: readonly HelperLayer[];
  readonly typed: string;
  readonly reason: string;
  /** Cheap, over the typed value: true only when `reason` is NULL. */
  readonly ok: string;
  /** True when an IIN/BIN lost its leading zero and was restored. */
  readonly restored: string | null;
}

const TRUE_WORDS = ['true', '1', 'да', 'иә', 'yes', 'y', 'д'];
const FALSE_WORDS = ['false', '0', 'нет', 'жоқ', 'no', 'n', 'н'];
const SEX_WORDS: Readonly<Record<string, readonly string[]>> = {
  M: ['m', 'м', 'male', 'муж', 'мужской', 'ер', 'еркек'],
  F: ['f', 'ж', 'female', 'жен', 'женский', 'әйел'],
};

/**
 * `value` is one of `words`. Not `IN (…)`: DuckDB rewrites a long IN list into a hash join,
 * and a join gives up the row order that in-order files take their line numbers from
 * (see planKeepsOrder).
 */
const oneOf = (value: string, words: readonly string[]): string =>
  `list_contains([${words.map((w) => sqlText(w)).join(', ')}], ${value})`;

function caseWhen(conditions: readonly (readonly [string, string])[]): string {
  return `CASE ${conditions.map(([when, then]) => `WHEN ${when} THEN ${then}`).join(' ')} END`;
}

function enumTyped(r: string, column: ColumnSpec): string {
  const values = column.values ?? [];
  const isSex = values.length === 2 && values.includes('M') && values.includes('F');
  return caseWhen([
    // Most extracts write the canonical value itself: one test instead of a lower() and a list
    // per value. The WHENs after it give a canonical value the same result.
    [oneOf(r, values), r],
    ...values.map((value): [string, string] => {
      const words = isSex ? [value.toLowerCase(), ...(SEX_WORDS[value] ?? [])] : [value.toLowerCase()];
      return [oneOf(`lower(${r})`, words), sqlText(value)];
    }),
  ]);
}

const missing = (column: ColumnSpec): string =>
  column.required ? sqlText(R.missingRequired) : 'NULL::VARCHAR';

/** The usual reason: missing when empty, `bad` when present but not typed. */
function simpleReason(column: ColumnSpec, refs: ColumnRefs, bad: string): string {
  return `CASE WHEN ${refs.r} IS NULL THEN ${missing(column)} WHEN ${refs.t} IS NULL THEN ${bad} END`;
}

/**
 * Whether a column with typed value `t` passes: typed, or empty and optional. Every typed
 * expression here is NULL for an empty value, so a non-NULL typed value means the value
 * was present and read (the reasons below are then all NULL).
 */
const okSql = (column: ColumnSpec, t: string, empty: string): string =>
  column.required ? `(${t} IS NOT NULL)` : `(${t} IS NOT NULL OR ${empty})`;

const simple = (
  column: ColumnSpec,
  refs: ColumnRefs,
  typed: string,
  reason: string,
  helpers: readonly HelperLayer[] = [],
): ColumnSql => ({
  helpers,
  typed,
  reason,
  ok: okSql(column, refs.t, `${refs.r} IS NULL`),
  restored: null,
});

function idColumn(column: ColumnSpec & { kind: 'iin' | 'bin' }, refs: ColumnRefs): ColumnSql {
  const { r, h, t } = refs;
  const fast = h('fast');
  const n = h('id');
  const num = h('num');
  const reasons = idReasons(column.kind);
  // The usual value is exactly 12 digits. Such a value casts to a BIGINT whose text, padded to 12
  // digits, is the value itself; the round trip is far cheaper than normalising and a regular
  // expression, and refuses what the cast alone accepts (signs, spaces, '_', '0x', exponents).
  // Padding only below 10^11: the IINs of people born 2000-2009 start with 0 (15 % of a city),
  // and most values need no lpad.
  const x12 = `CASE WHEN strlen(${r}) = 12 THEN TRY_CAST(${r} AS BIGINT) END`;
  const fastTest = `coalesce(CASE WHEN ${h('x12')} >= 100000000000 THEN CAST(${h('x12')} AS VARCHAR) = ${r}
    WHEN ${h('x12')} >= 0 THEN lpad(CAST(${h('x12')} AS VARCHAR), 12, '0') = ${r} END, false)`;
  return {
    helpers: [
      [['x12', x12]],
      [['fast', fastTest]],
      [
        ['id', `CASE WHEN ${fast} THEN ${r} ELSE ${normaliseIdSql(r)} END`],
        ['num', `CASE WHEN ${fast} THEN ${h('x12')} ELSE ${idNumberSql(normaliseIdSql(r))} END`],
      ],
      [['s1', weightedSumSql(num, 'first')]],
    ],
    // The usual value (12 plain digits, first pass decides) is settled by the first WHEN; CASE evaluates
    // the second only for the rest. The second weighted sum only matters when the first gives 10: inline,
    // so CASE computes it for those alone.
    typed: `CASE WHEN ${fast} AND ${h('s1')} <> 10 AND ${h('s1')} = ${num} % 10 THEN ${r}
              WHEN ${num} IS NOT NULL AND ${checkDigitOkSql(num, h('s1'), weightedSumSql(num, 'second'))}
                   AND (${fast} OR ${idDecodesSql(n, num, column.kind)})
              THEN CASE WHEN ${fast} THEN ${r} ELSE lpad(${n}, 12, '0') END END`,
    reason: caseWhen([
      [`${r} IS NULL OR ${n} = ''`, missing(column)],
      [`${t} IS NOT NULL`, 'NULL::VARCHAR'],
      [`NOT regexp_full_match(${n}, '[0-9]+')`, sqlText(reasons.notDigits)],
      [`length(${n}) <> 11 AND length(${n}) <> 12`, sqlText(reasons.length)],
      ['true', sqlText(reasons.checksum)],
    ]),
    ok: okSql(column, t, `(${r} IS NULL OR ${n} = '')`),
    // 9-11 digits: leading zeros lost in a spreadsheet (readIdNumber says when they are restored).
    restored: `(${t} IS NOT NULL AND NOT ${fast} AND length(${n}) < 12)`,
  };
}

/**
 * An IIN/BIN column as the parse reads it: its text, with only an empty value judged here.
 * Every other value is checked afterwards once per distinct value (id-values-sql.ts), with
 * the full rules of columnSql: a city's IDs repeat (a person's contributions every month, an
 * employer's BIN on every payslip), and the check digit is the costliest expression of a load.
 */
export function idParseSql(column: ColumnSpec, refs: ColumnRefs): ColumnSql {
  return simple(column, refs, refs.r, `CASE WHEN ${refs.r} IS NULL THEN ${missing(column)} END`);
}

export function columnSql(column: ColumnSpec, refs: ColumnRefs): ColumnSql {
  const { r, t } = refs;
  const spaced = [' ', '\u00a0', '\u2009', '\u202f']
    .map((ch) => `contains(${r}, ${sqlText(ch)})`)
    .join(' OR ');
  // The value without inner spaces (1 000 000). Inlined where used rather than a helper column:
  // it is only needed off the fast path of plain digits, which most amounts and counts take.
  const num = `(CASE WHEN ${spaced} THEN regexp_replace(${r}, '[${SPACE_CLASS}]', '', 'g') ELSE ${r} END)`;
  // Most amounts and counts are plain integers: such a value casts to a BIGINT whose text is the
  // value itself. The round trip is cheaper than a regular expression and the cast of a number is
  // cheaper than parsing the text again; everything else takes the full path below.
  const integer = refs.h('int');
  const integerHelpers: readonly HelperLayer[] = [[['int', `TRY_CAST(${r} AS BIGINT)`]]];
  const plainInteger = `CAST(${integer} AS VARCHAR) = ${r}`;
  switch (column.kind) {
    case 'text':
      return simple(column, refs, r, `CASE WHEN ${r} IS NULL THEN ${missing(column)} END`);
    case 'iin':
    case 'bin':
      return idColumn({ ...column, kind: column.kind }, refs);
    case 'date': {
      const iso = `regexp_full_match(${r}, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}')`;
      const dotted = `regexp_full_match(${r}, '[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}')`;
      // Cheap LIKE shapes first; regular expressions only for the rare one-digit day or month.
      const typed = caseWhen([
        [`${r} LIKE '____-__-__'`, `TRY_CAST(${r} AS DATE)`],
        [`${r} LIKE '__.__.____'`, `CAST(try_strptime(${r}, '%d.%m.%Y') AS DATE)`],
        [iso, `TRY_CAST(${r} AS DATE)`],
        [dotted, `CAST(try_strptime(${r}, '%d.%m.%Y') AS DATE)`],
      ]);
      const reason = caseWhen([
        [`${r} IS NULL`, missing(column)],
        [`${t} IS NOT NULL`, 'NULL::VARCHAR'],
        [`NOT (${iso} OR ${dotted})`, sqlText(R.dateFormat)],
        ['true', sqlText(R.impossibleDate)],
      ]);
      return simple(column, refs, typed, reason);
    }
    case 'month': {
      const typed = caseWhen([
        [`${r} LIKE '____-__'`, `TRY_CAST(${r} || '-01' AS DATE)`],
        [`regexp_full_match(${r}, '[0-9]{4}-[0-9]{1,2}')`, `TRY_CAST(${r} || '-01' AS DATE)`],
        [
          `regexp_full_match(${r}, '[0-9]{1,2}\\.[0-9]{4}')`,
          `CAST(try_strptime('01.' || ${r}, '%d.%m.%Y') AS DATE)`,
        ],
      ]);
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.month)));
    }
    case 'quarter': {
      const pattern = `'^([0-9]{4})\\s*-?\\s*[QqКк]([1-4])$'`;
      const typed = `CASE WHEN regexp_matches(${r}, ${pattern}) THEN make_date(
        CAST(regexp_extract(${r}, ${pattern}, 1) AS INTEGER), CAST(regexp_extract(${r}, ${pattern}, 2) AS INTEGER) * 3 - 2, 1) END`;
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.quarter)));
    }
    case 'money': {
      // DuckDB's DECIMAL cast already rejects letters other than an exponent, and is far cheaper than a
      // regular expression on every amount; exponents and thousands groupings with dots are refused here.
      // Plain digits (most amounts) cast directly; the rest take the full path on their spaceless form.
      const typed = `CASE WHEN ${plainInteger} THEN TRY_CAST(${integer} AS DECIMAL(18,2))
        WHEN NOT (contains(${num}, 'e') OR contains(${num}, 'E') OR contains(${num}, '_'))
        AND (NOT contains(${num}, ',') OR NOT contains(${num}, '.'))
        THEN TRY_CAST(CASE WHEN contains(${num}, ',') THEN replace(${num}, ',', '.') ELSE ${num} END AS DECIMAL(18,2)) END`;
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.money)), integerHelpers);
    }
    case 'number': {
      const typed = `CASE WHEN ${plainInteger} THEN CAST(${integer} AS DOUBLE)
        WHEN regexp_full_match(${num}, '-?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?') THEN TRY_CAST(replace(${num}, ',', '.') AS DOUBLE) END`;
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.number)), integerHelpers);
    }
    case 'int': {
      const typed = `CASE WHEN ${plainInteger} THEN TRY_CAST(${integer} AS INTEGER)
        WHEN regexp_full_match(${num}, '-?[0-9]+([.,]0+)?') THEN TRY_CAST(regexp_extract(${num}, '^-?[0-9]+') AS INTEGER) END`;
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.int)), integerHelpers);
    }
    case 'bool': {
      // The canonical words first, as written (see enumTyped).
      const typed = caseWhen([
        [`${r} = 'true'`, 'true'],
        [`${r} = 'false'`, 'false'],
        [oneOf(`lower(${r})`, TRUE_WORDS), 'true'],
        [oneOf(`lower(${r})`, FALSE_WORDS), 'false'],
      ]);
      return simple(column, refs, typed, simpleReason(column, refs, sqlText(R.bool)));
    }
    case 'enum':
      return simple(column, refs, enumTyped(r, column), simpleReason(column, refs, sqlText(R.enumValue)));
    case 'district':
      return simple(column, refs, `bz_district_code(${r})`, simpleReason(column, refs, sqlText(R.district)));
  }
}

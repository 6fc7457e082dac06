import type { ColumnSpec } from '../../registries/catalog';
import { QUARANTINE_REASONS as R, idReasons } from '../quarantine-reasons';
import { SPACE_CLASS, sqlText } from './sql-literals';

/**
 * The SQL that reads one canonical column from its trimmed raw text `r` (NULL when empty):
 * the typed value and the quarantine reason (NULL when the value is fine). Every kind of
 * value rule of registries.md is here, as SQL, so DuckDB applies it to all rows at once.
 */
export interface ColumnSql {
  /** Helper expressions computed from the raw text first (name → SQL over `r`). */
  readonly helpers: readonly (readonly [string, string])[];
  readonly typed: string;
  readonly reason: string;
  /** True when an IIN/BIN lost its leading zero and was restored. */
  readonly restored: string | null;
}

const TRUE_WORDS = ['true', '1', 'да', 'иә', 'yes', 'y', 'д'];
const FALSE_WORDS = ['false', '0', 'нет', 'жоқ', 'no', 'n', 'н'];
const SEX_WORDS: Readonly<Record<string, readonly string[]>> = {
  M: ['m', 'м', 'male', 'муж', 'мужской', 'ер', 'еркек'],
  F: ['f', 'ж', 'female', 'жен', 'женский', 'әйел'],
};

const list = (words: readonly string[]): string => words.map((w) => sqlText(w)).join(', ');

function caseWhen(conditions: readonly (readonly [string, string])[]): string {
  return `CASE ${conditions.map(([when, then]) => `WHEN ${when} THEN ${then}`).join(' ')} END`;
}

function enumTyped(r: string, column: ColumnSpec): string {
  const values = column.values ?? [];
  const isSex = values.length === 2 && values.includes('M') && values.includes('F');
  const branches = values.map((value): [string, string] => {
    const words = isSex ? [value.toLowerCase(), ...(SEX_WORDS[value] ?? [])] : [value.toLowerCase()];
    return [`lower(${r}) IN (${list(words)})`, sqlText(value)];
  });
  return caseWhen(branches);
}

/** Reason when the value is present but `typed` came out NULL. */
function reasonFor(r: string, column: ColumnSpec, typed: string, badValue: string): string {
  const missing = column.required ? sqlText(R.missingRequired) : 'NULL::VARCHAR';
  return `CASE WHEN ${r} IS NULL THEN ${missing} WHEN (${typed}) IS NULL THEN ${badValue} END`;
}

export function columnSql(column: ColumnSpec, r: string, helper: (name: string) => string): ColumnSql {
  const noHelpers: readonly (readonly [string, string])[] = [];
  const numeric = helper('num');
  const numberHelper: readonly (readonly [string, string])[] = [['num', `regexp_replace(${r}, '[${SPACE_CLASS}]', '', 'g')`]];
  switch (column.kind) {
    case 'text':
      return { helpers: noHelpers, typed: r, reason: reasonFor(r, column, r, 'NULL'), restored: null };
    case 'iin':
    case 'bin': {
      const n = helper('id');
      const reasons = idReasons(column.kind);
      const typed = `bz_id_value(${n})`;
      const reason = caseWhen([
        [`${r} IS NULL OR ${n} = ''`, column.required ? sqlText(R.missingRequired) : 'NULL::VARCHAR'],
        [`NOT regexp_full_match(${n}, '[0-9]+')`, sqlText(reasons.notDigits)],
        [`length(${n}) NOT IN (11, 12)`, sqlText(reasons.length)],
        [`${typed} IS NULL`, sqlText(reasons.checksum)],
      ]);
      return {
        helpers: [['id', `bz_id_norm(${r})`]],
        typed,
        reason,
        restored: `(length(${n}) = 11 AND ${typed} IS NOT NULL)`,
      };
    }
    case 'date': {
      const iso = `regexp_full_match(${r}, '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}')`;
      const dotted = `regexp_full_match(${r}, '[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}')`;
      const typed = caseWhen([
        [iso, `TRY_CAST(${r} AS DATE)`],
        [dotted, `CAST(try_strptime(${r}, '%d.%m.%Y') AS DATE)`],
      ]);
      const reason = caseWhen([
        [`${r} IS NULL`, column.required ? sqlText(R.missingRequired) : 'NULL::VARCHAR'],
        [`NOT (${iso} OR ${dotted})`, sqlText(R.dateFormat)],
        [`(${typed}) IS NULL`, sqlText(R.impossibleDate)],
      ]);
      return { helpers: noHelpers, typed, reason, restored: null };
    }
    case 'month': {
      const typed = caseWhen([
        [`regexp_full_match(${r}, '[0-9]{4}-[0-9]{1,2}')`, `TRY_CAST(${r} || '-01' AS DATE)`],
        [`regexp_full_match(${r}, '[0-9]{1,2}\\.[0-9]{4}')`, `CAST(try_strptime('01.' || ${r}, '%d.%m.%Y') AS DATE)`],
      ]);
      return { helpers: noHelpers, typed, reason: reasonFor(r, column, typed, sqlText(R.month)), restored: null };
    }
    case 'quarter': {
      const pattern = `'^([0-9]{4})\\s*-?\\s*[QqКк]([1-4])$'`;
      const typed = `CASE WHEN regexp_matches(${r}, ${pattern}) THEN make_date(
        CAST(regexp_extract(${r}, ${pattern}, 1) AS INTEGER), CAST(regexp_extract(${r}, ${pattern}, 2) AS INTEGER) * 3 - 2, 1) END`;
      return { helpers: noHelpers, typed, reason: reasonFor(r, column, typed, sqlText(R.quarter)), restored: null };
    }
    case 'money': {
      const typed = `CASE WHEN regexp_full_match(${numeric}, '-?[0-9]+([.,][0-9]+)?') THEN TRY_CAST(replace(${numeric}, ',', '.') AS DECIMAL(18,2)) END`;
      return { helpers: numberHelper, typed, reason: reasonFor(r, column, typed, sqlText(R.money)), restored: null };
    }
    case 'number': {
      const typed = `CASE WHEN regexp_full_match(${numeric}, '-?[0-9]+([.,][0-9]+)?([eE][-+]?[0-9]+)?') THEN TRY_CAST(replace(${numeric}, ',', '.') AS DOUBLE) END`;
      return { helpers: numberHelper, typed, reason: reasonFor(r, column, typed, sqlText(R.number)), restored: null };
    }
    case 'int': {
      const typed = `CASE WHEN regexp_full_match(${numeric}, '-?[0-9]+([.,]0+)?') THEN TRY_CAST(regexp_extract(${numeric}, '^-?[0-9]+') AS INTEGER) END`;
      return { helpers: numberHelper, typed, reason: reasonFor(r, column, typed, sqlText(R.int)), restored: null };
    }
    case 'bool': {
      const typed = caseWhen([
        [`lower(${r}) IN (${list(TRUE_WORDS)})`, 'true'],
        [`lower(${r}) IN (${list(FALSE_WORDS)})`, 'false'],
      ]);
      return { helpers: noHelpers, typed, reason: reasonFor(r, column, typed, sqlText(R.bool)), restored: null };
    }
    case 'enum': {
      const typed = enumTyped(r, column);
      return { helpers: noHelpers, typed, reason: reasonFor(r, column, typed, sqlText(R.enumValue)), restored: null };
    }
    case 'district': {
      const typed = `bz_district_code(${r})`;
      return { helpers: noHelpers, typed, reason: reasonFor(r, column, typed, sqlText(R.district)), restored: null };
    }
  }
}

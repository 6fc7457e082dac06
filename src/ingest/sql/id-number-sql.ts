/**
 * The IIN/BIN check digit of domain.md as a DuckDB macro, so that millions of numbers
 * are validated inside the engine: first pass weights 1..11; if that gives 10, weights
 * 3..11,1,2; a second 10 means the number is never issued.
 */
const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

const weighted = (weights: readonly number[]): string =>
  `(${weights.map((w, i) => `(ord(substr(p, ${i + 1}, 1)) - 48) * ${w}`).join(' + ')}) % 11`;

export const ID_NUMBER_MACROS: readonly string[] = [
  `CREATE OR REPLACE TEMP MACRO bz_id_first(p) AS (${weighted(FIRST)})`,
  `CREATE OR REPLACE TEMP MACRO bz_id_second(p) AS (${weighted(SECOND)})`,
  // p: exactly 12 digits.
  `CREATE OR REPLACE TEMP MACRO bz_id_ok(p) AS (CASE
     WHEN bz_id_first(p) <> 10 THEN bz_id_first(p) = ord(substr(p, 12, 1)) - 48
     ELSE bz_id_second(p) <> 10 AND bz_id_second(p) = ord(substr(p, 12, 1)) - 48 END)`,
  // readIdNumber's tolerance: whitespace anywhere and a trailing ".0" from numeric cells.
  `CREATE OR REPLACE TEMP MACRO bz_id_norm(s) AS (regexp_replace(regexp_replace(s, '\\s', '', 'g'), '\\.0+$', ''))`,
  // The 12-digit number, restoring a lost leading zero; NULL when not a valid number.
  `CREATE OR REPLACE TEMP MACRO bz_id_value(n) AS (CASE
     WHEN regexp_full_match(n, '[0-9]{11,12}') AND bz_id_ok(lpad(n, 12, '0')) THEN lpad(n, 12, '0') END)`,
];

/**
 * The IIN/BIN check digit of domain.md in SQL, so that millions of numbers are checked
 * inside DuckDB: first pass weights 1..11; if that gives 10, weights 3..11,1,2; a second
 * 10 means the number is never issued. Digits are taken from the number as a BIGINT by
 * integer arithmetic (much cheaper than 22 substrings per value).
 */
const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Digit i (1-based, from the left) of the 12-digit zero-padded form of `num`. */
const digit = (num: string, i: number): string => `((${num} // ${10n ** BigInt(12 - i)}) % 10)`;

/** `((Σ w·d) mod 11)` over the first 11 digits of `num` (a BIGINT column). */
export function weightedSumSql(num: string, pass: 'first' | 'second'): string {
  const weights = pass === 'first' ? FIRST : SECOND;
  return `((${weights.map((w, i) => `${w} * ${digit(num, i + 1)}`).join(' + ')}) % 11)`;
}

/** True when the check digit of `num` matches, given its two weighted sums. */
export function checkDigitOkSql(num: string, first: string, second: string): string {
  return `(CASE WHEN ${first} <> 10 THEN ${first} = ${num} % 10 ELSE ${second} <> 10 AND ${second} = ${num} % 10 END)`;
}

/** readIdNumber's tolerance: whitespace anywhere and a trailing ".0" from numeric cells. */
export function normaliseIdSql(raw: string): string {
  // Most values need nothing: pay for the regular expressions only when a space or dot is there.
  return `CASE WHEN contains(${raw}, ' ') OR contains(${raw}, '.') OR contains(${raw}, '\u00a0') OR contains(${raw}, '\t')
    THEN regexp_replace(regexp_replace(${raw}, '[\\s\\x{00a0}]', '', 'g'), '\\.0+$', '') ELSE ${raw} END`;
}

/** The number as a BIGINT when it has 11 or 12 digits (11: a lost leading zero). */
export function idNumberSql(normalised: string): string {
  return `CASE WHEN regexp_full_match(${normalised}, '[0-9]{11,12}') THEN CAST(${normalised} AS BIGINT) END`;
}

/** Macros over the same SQL, for ad-hoc use (tests, the link stage): bz_id_value(text) → 12 digits or NULL. */
export const ID_NUMBER_MACROS: readonly string[] = [
  `CREATE OR REPLACE TEMP MACRO bz_id_norm(s) AS (${normaliseIdSql('s')})`,
  `CREATE OR REPLACE TEMP MACRO bz_id_num_ok(num) AS (${checkDigitOkSql('num', weightedSumSql('num', 'first'), weightedSumSql('num', 'second'))})`,
  `CREATE OR REPLACE TEMP MACRO bz_id_value(n) AS (CASE WHEN regexp_full_match(n, '[0-9]{11,12}') AND bz_id_num_ok(CAST(n AS BIGINT)) THEN lpad(n, 12, '0') END)`,
];

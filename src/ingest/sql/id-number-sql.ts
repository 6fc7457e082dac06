/**
 * The IIN/BIN check digit of domain.md in SQL, so that millions of numbers are checked
 * inside DuckDB: first pass weights 1..11 (digit k has weight k); if that gives 10, weights 3..11,1,2; a second
 * 10 means the number is never issued. Digits are taken from the number as a BIGINT by
 * integer arithmetic (much cheaper than 22 substrings per value).
 */
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** Digit i (1-based, from the left) of the 12-digit zero-padded form of `num`. */
const digit = (num: string, i: number): string => `((${num} // ${10n ** BigInt(12 - i)}) % 10)`;

/** The first k digits of the 12-digit zero-padded form of `num`, as a number. */
const prefix = (num: string, k: number): string => `(${num} // ${10n ** BigInt(12 - k)})`;

/**
 * Coefficients c_k of the first pass written over prefixes P_k (the first k digits) instead
 * of digits: with d_k = P_k - 10·P_(k-1), Σ k·d_k (k = 1..11) = 11·P_11 - Σ (9k + 10)·P_k
 * (k = 1..10), so mod 11 it is -Σ c_k·P_k with c_k = (9k + 10) mod 11 (c_5 = 0). Nine
 * integer divisions instead of eleven divisions and eleven remainders: the checksum is the
 * costliest expression of the whole load, computed for every IIN and BIN of every row.
 */
const FIRST_PASS_PREFIX_COEFFICIENTS = Array.from({ length: 10 }, (_, i) => i + 1)
  .map((k) => [k, (9 * k + 10) % 11] as const)
  .filter(([, c]) => c !== 0);

/** `((Σ w·d) mod 11)` over the first 11 digits of `num` (a BIGINT column). */
export function weightedSumSql(num: string, pass: 'first' | 'second'): string {
  if (pass === 'first') {
    const negated = FIRST_PASS_PREFIX_COEFFICIENTS.map(([k, c]) => `${c} * ${prefix(num, k)}`).join(' + ');
    return `((11 - (${negated}) % 11) % 11)`;
  }
  return `((${SECOND.map((w, i) => `${w} * ${digit(num, i + 1)}`).join(' + ')}) % 11)`;
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

/** The number as a BIGINT when it has 9 to 12 digits (9-11: lost leading zeros, see readIdNumber). */
export function idNumberSql(normalised: string): string {
  return `CASE WHEN regexp_full_match(${normalised}, '[0-9]{9,12}') THEN CAST(${normalised} AS BIGINT) END`;
}

/**
 * readIdNumber's extra condition for a 9-10-digit value (two or three lost zeros): its
 * padded form must decode. IIN: century digit 1-6 and a real birth date; BIN: month 01-12.
 * 11 and 12 digits need only the checksum.
 */
export function idDecodesSql(normalised: string, num: string, kind: 'iin' | 'bin'): string {
  const part = (divisor: number, modulo: number): string => `((${num} // ${10 ** divisor}) % ${modulo})`;
  const decodes =
    kind === 'bin'
      ? `(${part(8, 100)} BETWEEN 1 AND 12)`
      : `(${part(5, 10)} BETWEEN 1 AND 6 AND try_strptime(
           CAST(1800 + (${part(5, 10)} - 1) // 2 * 100 + ${num} // ${10 ** 10} AS VARCHAR)
             || lpad(CAST(${part(6, 10000)} AS VARCHAR), 4, '0'), '%Y%m%d') IS NOT NULL)`;
  return `(CASE WHEN length(${normalised}) >= 11 THEN true ELSE ${decodes} END)`;
}

/** The 12-digit value of a normalised IIN/BIN text, or NULL when it is not a valid one. */
function idValueSql(n: string, kind: 'iin' | 'bin'): string {
  return `CASE WHEN regexp_full_match(${n}, '[0-9]{9,12}')
    AND bz_id_num_ok(CAST(${n} AS BIGINT)) AND ${idDecodesSql(n, `CAST(${n} AS BIGINT)`, kind)}
    THEN lpad(${n}, 12, '0') END`;
}

/**
 * Macros over the same SQL, for ad-hoc use (tests, the link stage): bz_id_value(text) → 12
 * digits or NULL, reading an IIN; bz_bin_value(text) the same for a BIN.
 */
export const ID_NUMBER_MACROS: readonly string[] = [
  `CREATE OR REPLACE TEMP MACRO bz_id_norm(s) AS (${normaliseIdSql('s')})`,
  `CREATE OR REPLACE TEMP MACRO bz_id_num_ok(num) AS (${checkDigitOkSql('num', weightedSumSql('num', 'first'), weightedSumSql('num', 'second'))})`,
  `CREATE OR REPLACE TEMP MACRO bz_id_value(n) AS (${idValueSql('n', 'iin')})`,
  `CREATE OR REPLACE TEMP MACRO bz_bin_value(n) AS (${idValueSql('n', 'bin')})`,
];

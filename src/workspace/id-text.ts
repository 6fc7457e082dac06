/**
 * IINs and BINs are stored as BIGINT (src/registries/column-types.ts): an integer key writes
 * to the workspace in two thirds of the time of its 12-character text and joins and groups
 * faster in every check. A stored ID is always a valid 12-digit number (ingest quarantines the
 * rest), so its number orders and compares exactly as its text did; only the leading zeros
 * are not kept. Wherever an ID leaves SQL as text (a finding's subject, evidence, a link, a
 * person card, an export), it is written back with `idTextSql`.
 */

/** SQL: the 12-digit text of a stored IIN or BIN expression (NULL stays NULL). */
export function idTextSql(expression: string): string {
  return `lpad(CAST(${expression} AS VARCHAR), 12, '0')`;
}

/** The 12-digit text of a stored ID read from DuckDB (a bigint, or its digits as JSON text). */
export function idText(value: bigint | number | string): string {
  return String(value).padStart(12, '0');
}

/**
 * SQL: whether a stored ID's 12-digit text starts with `digits` (1 to 12 digits), as a range
 * of numbers, so that DuckDB can skip row groups by their min/max instead of printing every ID.
 */
export function idStartsWithSql(expression: string, digits: string): string {
  if (!/^\d{1,12}$/.test(digits)) return 'false';
  const scale = 10n ** BigInt(12 - digits.length);
  const low = BigInt(digits) * scale;
  return `${expression} BETWEEN ${low} AND ${low + scale - 1n}`;
}

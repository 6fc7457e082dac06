import { nameKeySql } from './name-key';

/**
 * The fields linkage knows, and how each is prepared once per record before any pair is
 * compared (keys in SQL, so that a million records never leave DuckDB). Any other column
 * is compared as plain text.
 */
export const KNOWN_FIELDS = [
  'last_name',
  'first_name',
  'middle_name',
  'full_name',
  'birth_date',
  'sex',
  'iin',
  'address',
  'postcode',
  'place',
] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export function isKnownField(name: string): name is KnownField {
  return (KNOWN_FIELDS as readonly string[]).includes(name);
}

/** A field taking part in a link job: one of ours, or an extra column compared as text. */
export type LinkField =
  { readonly kind: 'known'; readonly name: KnownField } | { readonly kind: 'text'; readonly name: string };

/** Prepared columns use safe identifiers: extra columns become `x_<n>`. */
export function fieldColumn(field: LinkField, index: number): string {
  return field.kind === 'known' ? field.name : `x_${index}`;
}

/** Text with case, outer spaces and emptiness folded: '' and '  ' are missing values. */
export function cleanTextSql(expr: string): string {
  return `nullif(lower(trim(CAST(${expr} AS VARCHAR))), '')`;
}

/**
 * A date as `YYYYMMDD` text from `YYYY-MM-DD`, `YYYYMMDD` or `DD.MM.YYYY` (a DATE casts to the
 * first). Other text is kept as it is: a junk date still agrees with the same junk.
 */
export function dateTextSql(expr: string): string {
  const t = `trim(CAST(${expr} AS VARCHAR))`;
  return `CASE
    WHEN ${t} = '' THEN NULL
    WHEN regexp_full_match(${t}, '\\d{4}-\\d{2}-\\d{2}') THEN replace(${t}, '-', '')
    WHEN regexp_full_match(${t}, '\\d{2}\\.\\d{2}\\.\\d{4}') THEN substr(${t}, 7, 4) || substr(${t}, 4, 2) || substr(${t}, 1, 2)
    ELSE ${t} END`;
}

/** Patronymic endings after the key (Ержанович, Ержанұлы, Erzhanuly all keep `erjan`). */
export const PATRONYMIC_SUFFIX = '(ovich|evich|ovna|evna|ichna|uli|kizi)$';

export function patronymicStemSql(keyExpr: string): string {
  return `CASE WHEN length(regexp_replace(${keyExpr}, '${PATRONYMIC_SUFFIX}', '')) >= 3
    THEN regexp_replace(${keyExpr}, '${PATRONYMIC_SUFFIX}', '') ELSE ${keyExpr} END`;
}

/** The words of a full name as keys, sorted, so that word order does not matter. */
export function fullNameKeySql(expr: string): string {
  return `nullif(array_to_string(list_sort(list_filter(list_transform(
    string_split_regex(lower(trim(CAST(${expr} AS VARCHAR))), '[\\s,]+'), w -> ${nameKeySql('w')}), w -> w IS NOT NULL)), ' '), '')`;
}

/**
 * Fields whose values repeat across records (names, dates, sexes, places) are prepared once
 * per distinct value and joined back: a name key is dozens of string passes, and a million
 * records hold a few thousand names. Identifier-like fields are prepared row by row.
 */
export function preparedPerValue(field: LinkField): boolean {
  return field.kind === 'known' && !['iin', 'address'].includes(field.name);
}

/** SELECT items preparing one field from column `source` of the input relation. */
export function preparedColumnsSql(field: LinkField, column: string, source: string): string[] {
  if (field.kind === 'text') return [`${cleanTextSql(source)} AS ${column}`];
  switch (field.name) {
    case 'last_name':
    case 'first_name':
      return [`${cleanTextSql(source)} AS ${column}`, `${nameKeySql(source)} AS ${column}_key`];
    case 'middle_name':
      // The stem refers to the key by its alias (DuckDB allows that within one SELECT).
      return [
        `${nameKeySql(source)} AS ${column}_key`,
        `${patronymicStemSql(`${column}_key`)} AS ${column}_stem`,
      ];
    case 'full_name':
      return [`${fullNameKeySql(source)} AS ${column}_key`];
    case 'birth_date':
      return [`${dateTextSql(source)} AS ${column}`];
    case 'sex':
      return [`upper(left(${cleanTextSql(source)}, 1)) AS ${column}`];
    case 'iin':
    case 'postcode':
      return [`nullif(regexp_replace(CAST(${source} AS VARCHAR), '[^0-9A-Za-z]', '', 'g'), '') AS ${column}`];
    case 'address':
    case 'place':
      return [`${cleanTextSql(source)} AS ${column}`];
  }
}

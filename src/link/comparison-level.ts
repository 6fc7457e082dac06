/**
 * Comparison levels in the Fellegi-Sunter sense, declared as data (after Splink's
 * comparison_level_library): each level is a human label plus an SQL condition over the
 * pair `l`, `r`, with prior m (share of true matches at this level) and u (share of random
 * non-matching pairs at this level). Levels are tried in order; the first that holds wins.
 */
export interface ComparisonLevel {
  readonly label: string;
  readonly sql: string;
  readonly m: number;
  readonly u: number;
}

export interface Comparison {
  /** The field compared, as reported in the agreement JSON. */
  readonly name: string;
  /** When this holds, the field is missing on a side and says nothing (weight 0). */
  readonly nullSql: string;
  /** Strongest first; the last is the catch-all `different`. */
  readonly levels: readonly ComparisonLevel[];
}

export const level = (label: string, sql: string, m: number, u: number): ComparisonLevel => ({
  label,
  sql,
  m,
  u,
});

export const exactLevel = (column: string, m: number, u: number): ComparisonLevel =>
  level('exact', `l.${column} = r.${column}`, m, u);

export const jaroWinklerLevel = (column: string, threshold: number, m: number, u: number): ComparisonLevel =>
  level(
    `jaro-winkler >= ${threshold}`,
    `jaro_winkler_similarity(l.${column}, r.${column}) >= ${threshold}`,
    m,
    u,
  );

/** Edit distance by levenshtein: DuckDB's damerau_levenshtein is ten times slower. */
export const editDistanceLevel = (column: string, distance: number, m: number, u: number): ComparisonLevel =>
  level(
    distance === 1 ? 'one edit' : `${distance} edits`,
    `levenshtein(l.${column}, r.${column}) <= ${distance}`,
    m,
    u,
  );

export const differentLevel = (m: number, u: number): ComparisonLevel => level('different', 'TRUE', m, u);

export const nullWhen = (...columns: readonly string[]): string =>
  columns.map((c) => `l.${c} IS NULL OR r.${c} IS NULL`).join(' OR ');

/** `CASE` giving the level index of a pair (-1 when missing). */
export function gammaSql(comparison: Comparison): string {
  const whens = comparison.levels.map((lv, i) => `WHEN ${lv.sql} THEN ${i}`).join(' ');
  return `CASE WHEN ${comparison.nullSql} THEN -1 ${whens} END`;
}

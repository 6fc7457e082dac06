import { defineFact } from '../fact';

/**
 * Person and organisation facts rules join to: one row per IIN of `population` (the first
 * row by line when an extract repeats an IIN) and one per BIN of `organizations`.
 * `gone_date` is the earlier of death and emigration (DuckDB's least ignores NULLs) and
 * `gone_event` says which it was.
 *
 * Persons is a shared fact (one TEMP table per run, see fact-session.ts): as a CTE it was
 * deduplicated again in each of some twenty rules. Only the rows of repeated IINs other than
 * their first are dropped, by an anti join on a small list, which costs far less than
 * DISTINCT ON (an arg_min of every column per IIN, plus a sort).
 */
export const PERSONS_FACT = defineFact({
  table: 'check_persons',
  description: 'one row per IIN of population (its first row by line), with full_name, gone_date, gone_event',
  sql: () => `
    SELECT p.iin, p.district, p.birth_date, p.death_date, p.emigration_date, p._line,
           concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS full_name,
           least(p.death_date, p.emigration_date) AS gone_date,
           CASE WHEN p.death_date IS NOT NULL AND (p.emigration_date IS NULL OR p.death_date <= p.emigration_date)
                THEN 'death' WHEN p.emigration_date IS NOT NULL THEN 'emigration' END AS gone_event
    FROM population p
    ANTI JOIN (SELECT iin, min(_line) AS first_line FROM population WHERE iin IS NOT NULL
               GROUP BY iin HAVING count(*) > 1) repeated
      ON repeated.iin = p.iin AND repeated.first_line <> p._line
    WHERE p.iin IS NOT NULL`,
});

export const ORGS_CTE = `orgs AS (
    SELECT DISTINCT ON (bin) bin, name, kind, district, capacity, _line
    FROM organizations WHERE bin IS NOT NULL ORDER BY bin, _line)`;

/** The evidence object of a person's `population` row (`alias` = a `check_persons` alias), NULL if absent. */
export function personEvidenceSql(alias: string): string {
  return `CASE WHEN ${alias}.iin IS NULL THEN NULL ELSE json_object('registry', 'population', 'line', ${alias}._line,
    'name', ${alias}.full_name, 'birth_date', ${alias}.birth_date, 'district', ${alias}.district,
    'death_date', ${alias}.death_date, 'emigration_date', ${alias}.emigration_date) END`;
}

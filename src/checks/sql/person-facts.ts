/**
 * Person and organisation facts rules join to: one row per IIN of `population` (the first
 * row by line when an extract repeats an IIN) and one per BIN of `organizations`.
 * `gone_date` is the earlier of death and emigration (DuckDB's least ignores NULLs) and
 * `gone_event` says which it was.
 */
export const PERSONS_CTE = `persons AS (
    SELECT DISTINCT ON (iin) iin, district, birth_date, death_date, emigration_date, _line,
           concat_ws(' ', last_name, first_name, middle_name) AS full_name,
           least(death_date, emigration_date) AS gone_date,
           CASE WHEN death_date IS NOT NULL AND (emigration_date IS NULL OR death_date <= emigration_date)
                THEN 'death' WHEN emigration_date IS NOT NULL THEN 'emigration' END AS gone_event
    FROM population WHERE iin IS NOT NULL ORDER BY iin, _line)`;

export const ORGS_CTE = `orgs AS (
    SELECT DISTINCT ON (bin) bin, name, kind, district, capacity, _line
    FROM organizations WHERE bin IS NOT NULL ORDER BY bin, _line)`;

/** The evidence object of a person's `population` row (`alias` = a `persons` alias), NULL if absent. */
export function personEvidenceSql(alias: string): string {
  return `CASE WHEN ${alias}.iin IS NULL THEN NULL ELSE json_object('registry', 'population', 'line', ${alias}._line,
    'name', ${alias}.full_name, 'birth_date', ${alias}.birth_date, 'district', ${alias}.district,
    'death_date', ${alias}.death_date, 'emigration_date', ${alias}.emigration_date) END`;
}

/**
 * The OSMS status of a person is the latest `osms_status` row of that IIN (by its own
 * `as_of`, then by line): older rows are history, not the status the fund applies now.
 */
export const LATEST_OSMS_STATUS_CTE = `
  osms_latest AS (
    SELECT * FROM osms_status WHERE iin IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY iin ORDER BY as_of DESC NULLS LAST, _line DESC) = 1
  )`;

/** True when a registry table has rows: sub-checks needing an absent registry are skipped, never guessed. */
export function hasRowsSql(table: string): string {
  return `(EXISTS (SELECT 1 FROM ${table}))`;
}

import { defineFact } from '../fact';

/**
 * The OSMS status of a person is the latest `osms_status` row of that IIN (by its own
 * `as_of`, then by line): older rows are history, not the status the fund applies now.
 * A shared fact (fact-session.ts): three OSMS rules and three indicators read it.
 */
export const LATEST_OSMS_STATUS_FACT = defineFact({
  table: 'check_osms_latest',
  description: 'the latest osms_status row of each IIN: iin, category, insured, as_of, _line, linked_by_name',
  // Only IINs with several rows need ranking: their older rows are dropped by line (unique per
  // table), which spares a window over the whole register.
  sql: () => `
    SELECT s.iin, s.category, s.insured, s.as_of, s._line, s.linked_by_name
    FROM osms_status s
    ANTI JOIN (
      SELECT o._line FROM osms_status o
      SEMI JOIN (SELECT iin FROM osms_status WHERE iin IS NOT NULL GROUP BY iin HAVING count(*) > 1) repeated
        ON repeated.iin = o.iin
      QUALIFY row_number() OVER (PARTITION BY o.iin ORDER BY o.as_of DESC NULLS LAST, o._line DESC) > 1
    ) older ON older._line = s._line
    WHERE s.iin IS NOT NULL`,
});

/** True when a registry table has rows: sub-checks needing an absent registry are skipped, never guessed. */
export function hasRowsSql(table: string): string {
  return `(EXISTS (SELECT 1 FROM ${table}))`;
}

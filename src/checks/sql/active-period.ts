import { dateSql } from './sql-fragments';

/**
 * Month-level activity of checks.md "Precise reading", as SQL fragments complementing
 * sql-fragments.ts (day-level) and periods.ts (as_of arithmetic in TypeScript): a record
 * is active in a month when it is active on any day of it, and amounts count whole
 * calendar months.
 */

/** First day of the month of a DATE expression, as DATE (date_trunc alone gives a TIMESTAMP). */
export function monthOfSql(dateExpr: string): string {
  return `date_trunc('month', ${dateExpr})::DATE`;
}

/** A month number (year * 12 + month): month differences become plain subtraction. */
export function monthIndexSql(dateExpr: string): string {
  return `(year(${dateExpr}) * 12 + month(${dateExpr}))`;
}

/** Active on any day of the month starting at `monthExpr` (a first-of-month DATE). */
export function activeInMonthSql(startExpr: string, endExpr: string, monthExpr: string): string {
  return `(${startExpr} <= last_day(${monthExpr}) AND (${endExpr} IS NULL OR ${endExpr} >= ${monthExpr}))`;
}

/** A one-column table `month DATE` of the month starts from `firstMonth` to `lastMonth` (ISO first days). */
export function monthsTableSql(firstMonth: string, lastMonth: string): string {
  return `(SELECT unnest(generate_series(${dateSql(firstMonth)}, ${dateSql(lastMonth)}, INTERVAL 1 MONTH))::DATE AS month)`;
}

/** How many months m satisfy `firstMonthExpr <= m <= lastMonthExpr` (first-of-month DATEs); 0 if none. */
export function monthsInRangeSql(firstMonthExpr: string, lastMonthExpr: string): string {
  return `greatest(${monthIndexSql(lastMonthExpr)} - ${monthIndexSql(firstMonthExpr)} + 1, 0)`;
}

/**
 * Months in which a record [start, end] is active within [fromMonth, toMonth] (first-of-month
 * DATE expressions): its months run from the month of its start to the month of its end.
 */
export function activeMonthsWithinSql(
  startExpr: string,
  endExpr: string,
  fromMonthExpr: string,
  toMonthExpr: string,
): string {
  const first = `greatest(${monthOfSql(startExpr)}, ${fromMonthExpr})`;
  const last = `CASE WHEN ${endExpr} IS NULL THEN ${toMonthExpr} ELSE least(${monthOfSql(endExpr)}, ${toMonthExpr}) END`;
  return monthsInRangeSql(first, last);
}

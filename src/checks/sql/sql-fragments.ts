import type { Parameters } from '../../core/params';
import { yearlyParameters, povertyLine } from '../../core/params';
import { sqlString } from '../../workspace/workspace';

/**
 * Small SQL expressions shared by rules and indicators, so that "living", "active",
 * "age" and period labels mean the same thing everywhere (checks.md, Precise reading).
 */

export function dateSql(date: string): string {
  return `DATE ${sqlString(date)}`;
}

/** `YYYY-Qn` of a DATE expression (quarters are stored as their first day). */
export function quarterLabelSql(expr: string): string {
  return `(strftime(${expr}, '%Y') || '-Q' || quarter(${expr})::VARCHAR)`;
}

/** `YYYY-MM` of a DATE expression. */
export function monthLabelSql(expr: string): string {
  return `strftime(${expr}, '%Y-%m')`;
}

/** Full years between a birth date and a day (DuckDB counts whole year boundaries passed). */
export function ageSql(birthExpr: string, atExpr: string): string {
  return `date_sub('year', ${birthExpr}, ${atExpr})`;
}

/** A person is dead from `death_date` and gone from `emigration_date`: living on a day means neither yet. */
export function livingOnSql(alias: string, dayExpr: string): string {
  return `((${alias}.death_date IS NULL OR ${alias}.death_date > ${dayExpr})
     AND (${alias}.emigration_date IS NULL OR ${alias}.emigration_date > ${dayExpr}))`;
}

/** Active on a day: start <= d <= end, no end = still active. */
export function activeOnSql(startExpr: string, endExpr: string, dayExpr: string): string {
  return `(${startExpr} <= ${dayExpr} AND (${endExpr} IS NULL OR ${endExpr} >= ${dayExpr}))`;
}

/** Active on any day of [from, to]. */
export function overlapsSql(startExpr: string, endExpr: string, fromExpr: string, toExpr: string): string {
  return `(${startExpr} <= ${toExpr} AND (${endExpr} IS NULL OR ${endExpr} >= ${fromExpr}))`;
}

/** Pension age by sex (domain.md parameter): women one value, men the other. */
export function pensionAgeSql(sexExpr: string, params: Parameters): string {
  return `(CASE WHEN ${sexExpr} = 'F' THEN ${params.pension_age_women} ELSE ${params.pension_age_men} END)`;
}

/**
 * The yearly amounts as a table `(year, mrp, pl)` for every year a snapshot may hold.
 * Built through yearlyParameters so the latest known year stands in for later ones, exactly
 * as in TypeScript. The poverty line is money: it is rounded to whole tiyn here (70 % of PM
 * is not exact in binary floating point), as the generator's formula does.
 */
export function yearlyTableSql(params: Parameters, fromYear = 1990, toYear = 2100): string {
  const rows: string[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    rows.push(`(${year}, ${yearlyParameters(params, year).mrp}, ${moneyLiteral(povertyLine(params, year))})`);
  }
  return `(SELECT * FROM (VALUES ${rows.join(', ')}) AS t(year, mrp, pl))`;
}

/** A tenge amount as a SQL literal rounded to 2 decimals (whole tiyn). */
export function moneyLiteral(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}

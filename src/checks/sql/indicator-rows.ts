import { sqlString } from '../../workspace/workspace';

/** The `indicators` rows of the run a rule is part of (computed by the indicators stage before the checks). */
export function runIndicatorsSql(runId: string | undefined): string {
  return `(SELECT district, indicator, period, computed, reported FROM indicators
           WHERE run_id = ${sqlString(runId ?? '')} AND district IS NOT NULL)`;
}

/** The first day of a `YYYY-Qn` label as a DATE. */
export function quarterStartFromLabelSql(labelExpr: string): string {
  return `make_date(CAST(left(${labelExpr}, 4) AS INTEGER), (CAST(right(${labelExpr}, 1) AS INTEGER) - 1) * 3 + 1, 1)`;
}

/** The `reported` rows behind one indicator row, with their lines: the evidence a reviewer opens. */
export function reportedRowsSql(alias: string): string {
  return `(SELECT list(json_object('value', r.value, 'source', r.source, 'reported_line', r._line) ORDER BY r._line)
           FROM reported r WHERE r.district = ${alias}.district AND r.indicator = ${alias}.indicator
             AND strftime(r.period, '%Y') || '-Q' || quarter(r.period)::VARCHAR = ${alias}.period)`;
}

/** `district/indicator/period`, the subject of every IND finding. */
export function indicatorSubjectSql(alias: string): string {
  return `(${alias}.district || '/' || ${alias}.indicator || '/' || ${alias}.period)`;
}

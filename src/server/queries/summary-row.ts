import type { FindingStatus, FindingSummary } from '../schemas/findings-schemas';

/** The fields of a finding in a list and their SQL, as `_listed_findings` and the status union give them. */
const SUMMARY_FIELDS: readonly (readonly [string, string])[] = [
  ['finding_id', 'finding_id'],
  ['run_id', 'run_id'],
  ['rule_id', 'rule_id'],
  ['rule_version', 'rule_version'],
  ['severity', 'severity'],
  ['district', 'district'],
  ['subject_id', 'subject_id'],
  ['period', 'period'],
  ['amount_kzt', 'CAST(amount_kzt AS DOUBLE)'],
  ['linked_by_name', 'COALESCE(linked_by_name, false)'],
  ['status', 'status'],
];

/** The summary fields as select-list columns. */
export const SUMMARY_COLUMNS = SUMMARY_FIELDS.map(([name, sql]) =>
  name === sql ? name : `${sql} AS ${name}`,
).join(', ');

/** The summary fields as one DuckDB struct per row (for rows read as JSON). */
export const SUMMARY_STRUCT = `{${SUMMARY_FIELDS.map(([name, sql]) => `'${name}': ${sql}`).join(', ')}}`;

export interface SummaryRow {
  finding_id: string;
  run_id: string;
  rule_id: string;
  rule_version: number | null;
  severity: string;
  district: string | null;
  subject_id: string;
  period: string | null;
  amount_kzt: number | null;
  linked_by_name: boolean;
  status: FindingStatus;
}

export function toSummary(r: SummaryRow): Omit<FindingSummary, 'caseId' | 'caseStatus'> {
  return {
    findingId: r.finding_id,
    runId: r.run_id,
    ruleId: r.rule_id,
    ruleVersion: r.rule_version ?? 1,
    severity: r.severity,
    district: r.district,
    subjectId: r.subject_id,
    period: r.period,
    amountKzt: r.amount_kzt,
    linkedByName: r.linked_by_name,
    status: r.status,
  };
}

import type { FindingStatus, FindingSummary } from '../schemas/findings-schemas';

/** The columns of a finding in a list, as `_listed_findings` and the status union give them. */
export const SUMMARY_COLUMNS = `finding_id, run_id, rule_id, rule_version, severity, district, subject_id, period,
  CAST(amount_kzt AS DOUBLE) AS amount_kzt, COALESCE(linked_by_name, false) AS linked_by_name, status`;

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

/**
 * One expected finding of the truth (`truth/findings.csv`): a `positive` the rule must
 * report (with this amount when given), or a `near_miss` just inside the threshold
 * that it must not report.
 */
export interface TruthFinding {
  readonly ruleId: string;
  readonly subjectId: string;
  /** `YYYY-MM`, `YYYY-Qn`, or '' when the rule has no period. */
  readonly period: string;
  /** Tenge, or null when the rule defines no amount. */
  readonly amountKzt: number | null;
  readonly expect: 'positive' | 'near_miss';
}

export function positive(
  ruleId: string,
  subjectId: string,
  period = '',
  amountKzt: number | null = null,
): TruthFinding {
  return { ruleId, subjectId, period, amountKzt, expect: 'positive' };
}

export function nearMiss(ruleId: string, subjectId: string, period = ''): TruthFinding {
  return { ruleId, subjectId, period, amountKzt: null, expect: 'near_miss' };
}

/** Every rule of checks.md that the truth covers. */
export const RULE_IDS = [
  'REG-02',
  'REG-03',
  'REG-04',
  'ASP-01',
  'ASP-02',
  'ASP-03',
  'ASP-04',
  'ASP-06',
  'ASP-07',
  'ASP-08',
  'OUT-01',
  'OSMS-01',
  'OSMS-02',
  'OSMS-03',
  'EDU-01',
  'EDU-02',
  'EDU-03',
  'EDU-04',
  'EDU-05',
  'EDU-06',
  'EDU-07',
  'EDU-08',
  'HLT-01',
  'HLT-02',
  'HLT-03',
  'HLT-04',
  'EMP-01',
  'EMP-02',
  'BEN-01',
  'BEN-02',
  'BEN-03',
  'IND-01',
  'IND-02',
  'IND-03',
  'IND-04',
] as const;

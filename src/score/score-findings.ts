/**
 * `birtizim score`: how well a findings.csv recovers the generator's planted truth, per
 * rule. A finding matches a truth row by rule, subject and period; when either side has no
 * period, by rule and subject. Near-misses are planted just inside a threshold: a finding
 * on one is a false positive and is also counted apart, because it shows a threshold read
 * the wrong way.
 */
export interface TruthRow {
  readonly rule_id: string;
  readonly subject_id: string;
  readonly period: string | null;
  readonly amount_kzt: number | null;
  readonly expect: 'positive' | 'near_miss';
}

export interface FoundRow {
  readonly rule_id: string;
  readonly subject_id: string;
  readonly period: string | null;
  readonly amount_kzt: number | null;
}

export interface RuleScore {
  readonly rule_id: string;
  readonly planted: number;
  readonly found: number;
  readonly missed: number;
  readonly false_positives: number;
  readonly near_misses_hit: number;
  readonly recall: number | null;
  readonly precision: number | null;
  /** Found positives whose truth gives an amount, and how many of those are within 1 ₸. */
  readonly amounts_checked: number;
  readonly amounts_right: number;
}

const key = (rule: string, subject: string, period: string | null): string =>
  `${rule}|${subject}|${period ?? ''}`;

function matches(truth: TruthRow, found: FoundRow): boolean {
  if (truth.rule_id !== found.rule_id || truth.subject_id !== found.subject_id) return false;
  return !truth.period || !found.period || truth.period === found.period;
}

export function scoreFindings(truth: readonly TruthRow[], findings: readonly FoundRow[]): RuleScore[] {
  const rules = [...new Set([...truth.map((t) => t.rule_id), ...findings.map((f) => f.rule_id)])].sort(
    (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  );
  return rules.map((ruleId) => {
    const planted = truth.filter((t) => t.rule_id === ruleId && t.expect === 'positive');
    const nearMisses = truth.filter((t) => t.rule_id === ruleId && t.expect === 'near_miss');
    const mine = findings.filter((f) => f.rule_id === ruleId);
    const exact = new Map(mine.map((f) => [key(f.rule_id, f.subject_id, f.period), f]));
    const findMatch = (t: TruthRow): FoundRow | undefined =>
      exact.get(key(t.rule_id, t.subject_id, t.period)) ?? mine.find((f) => matches(t, f));
    let found = 0;
    let amountsChecked = 0;
    let amountsRight = 0;
    const matched = new Set<FoundRow>();
    for (const t of planted) {
      const f = findMatch(t);
      if (!f) continue;
      found++;
      matched.add(f);
      if (t.amount_kzt !== null) {
        amountsChecked++;
        if (f.amount_kzt !== null && Math.abs(f.amount_kzt - t.amount_kzt) <= 1) amountsRight++;
      }
    }
    const nearMissesHit = nearMisses.filter((t) => findMatch(t) !== undefined).length;
    const falsePositives = mine.filter((f) => !matched.has(f)).length;
    return {
      rule_id: ruleId,
      planted: planted.length,
      found,
      missed: planted.length - found,
      false_positives: falsePositives,
      near_misses_hit: nearMissesHit,
      recall: planted.length === 0 ? null : found / planted.length,
      precision: found + falsePositives === 0 ? null : found / (found + falsePositives),
      amounts_checked: amountsChecked,
      amounts_right: amountsRight,
    };
  });
}

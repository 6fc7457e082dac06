import type { RuleScore } from './score-findings';

const pct = (value: number | null): string => (value === null ? '-' : `${(100 * value).toFixed(1)}%`);

/** The score as a fixed-width table for the terminal, with a total line. */
export function formatScore(scores: readonly RuleScore[]): string {
  const header = [
    'rule',
    'planted',
    'found',
    'missed',
    'false+',
    'near-miss hit',
    'recall',
    'precision',
    'amounts right',
  ];
  const total = scores.reduce(
    (t, s) => ({
      planted: t.planted + s.planted,
      found: t.found + s.found,
      fp: t.fp + s.false_positives,
      near: t.near + s.near_misses_hit,
      checked: t.checked + s.amounts_checked,
      right: t.right + s.amounts_right,
    }),
    { planted: 0, found: 0, fp: 0, near: 0, checked: 0, right: 0 },
  );
  const rows = [
    ...scores.map((s) => [
      s.rule_id,
      String(s.planted),
      String(s.found),
      String(s.missed),
      String(s.false_positives),
      String(s.near_misses_hit),
      pct(s.recall),
      pct(s.precision),
      `${s.amounts_right}/${s.amounts_checked}`,
    ]),
    [
      'total',
      String(total.planted),
      String(total.found),
      String(total.planted - total.found),
      String(total.fp),
      String(total.near),
      pct(total.planted ? total.found / total.planted : null),
      pct(total.found + total.fp ? total.found / (total.found + total.fp) : null),
      `${total.right}/${total.checked}`,
    ],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

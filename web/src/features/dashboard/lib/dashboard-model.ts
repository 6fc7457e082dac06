import type { Dashboard, IndicatorRow } from '../../../../../src/server/schemas/dashboard-schemas';
import { CHECKS_MD_INDICATORS } from '../../../../../src/indicators/indicator-codes';

/** IND-01's default: a reported figure more than 5 % away from the computed one is a gap. */
export const GAP_THRESHOLD_PCT = 5;

export function isGap(row: Pick<IndicatorRow, 'gapPct'>, thresholdPct = GAP_THRESHOLD_PCT): boolean {
  return row.gapPct !== null && Math.abs(row.gapPct) > thresholdPct;
}

/** The dashboard restricted to one district (or all), client-side: the server already limits officers. */
export function forDistrict(data: Dashboard, district: string | null): Dashboard {
  if (!district) return data;
  return {
    ...data,
    districts: data.districts.filter((d) => d.district === district),
    indicators: data.indicators.filter((r) => r.district === district),
    coverage: data.coverage.filter((c) => c.district === district),
  };
}

/** Families present, ordered by money at stake then findings (biggest first). */
export function familiesOf(data: Dashboard): string[] {
  const totals = new Map<string, { amount: number; findings: number }>();
  for (const d of data.districts) {
    for (const f of d.byFamily) {
      const t = totals.get(f.family) ?? { amount: 0, findings: 0 };
      totals.set(f.family, { amount: t.amount + f.amountKzt, findings: t.findings + f.findings });
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].amount - a[1].amount || b[1].findings - a[1].findings || a[0].localeCompare(b[0]))
    .map(([family]) => family);
}

/** Matrix [family][district] of a measure, for a stacked bar. */
export function familyMatrix(
  data: Dashboard,
  families: readonly string[],
  measure: 'amountKzt' | 'findings',
): number[][] {
  return families.map((family) =>
    data.districts.map((d) => d.byFamily.find((f) => f.family === family)?.[measure] ?? 0),
  );
}

export function totals(data: Dashboard): { findings: number; amountKzt: number } {
  return data.districts.reduce(
    (acc, d) => ({ findings: acc.findings + d.findings, amountKzt: acc.amountKzt + d.amountKzt }),
    { findings: 0, amountKzt: 0 },
  );
}

/** Latest indicator rows (of the dashboard's run), gaps first. */
export function reportedVsComputed(data: Dashboard): IndicatorRow[] {
  return data.indicators
    .filter((r) => r.reported !== null && (data.runId === null || r.runId === data.runId))
    .sort((a, b) => Math.abs(b.gapPct ?? 0) - Math.abs(a.gapPct ?? 0));
}

/** Indicators of checks.md with a label in the three languages; others show their name. */
export const KNOWN_INDICATORS = CHECKS_MD_INDICATORS;

export function isKnownIndicator(name: string): name is (typeof KNOWN_INDICATORS)[number] {
  return (KNOWN_INDICATORS as readonly string[]).includes(name);
}

import { ALMATY_CITY_DISTRICTS } from '../../core/districts';
import type { Parameters } from '../../core/params';
import type { CityWriter } from '../output/city-writer';
import { nearMiss, positive } from '../truth/truth-finding';
import type { IndicatorAccumulator } from './indicator-accumulator';
import { REPORTED_INDICATORS, isPersonCount, type IndicatorCode } from './indicator-codes';

/** A reported figure changed by an anomaly module (IND-01, IND-02, IND-04 plantings). */
export interface ReportOverride {
  readonly district: string;
  readonly indicator: IndicatorCode;
  /** Report quarter index: 0 = last complete quarter, 1..3 earlier ones. */
  readonly k: number;
  /** The reported value, from the computed figures. */
  readonly value: (acc: IndicatorAccumulator) => number;
}

const SOURCE = ['акимат района', 'отдел занятости', 'управление здравоохранения', 'управление образования'];

/**
 * Writes `reported`: every district and indicator for the last complete quarter and the
 * three before it, equal to the computed figures except where planted. Earlier quarters
 * are left out when their figure is 0, so IND-04 never compares with a mean of 0.
 * Then derives the truth of IND-01..04 from what was written (checks.md "Precise reading"):
 * IND-01 |reported - computed| > 5 % of computed (last complete quarter); IND-02 a `_pct`
 * >= 100 or a count above the district's computed population; IND-03 modified z-score of
 * the computed coverage among the city's districts; IND-04 the reported figure of the last
 * complete quarter against the mean of the three reported before it (> 33 %).
 */
export function writeReportedFigures(
  w: CityWriter,
  acc: IndicatorAccumulator,
  params: Parameters,
  overrides: readonly ReportOverride[],
  nearMisses: readonly { readonly rule: string; readonly subject: string }[],
): void {
  const quarters = w.timeline.reportQuarters;
  const reported = new Map<string, number>();
  const key = (d: string, i: string, k: number): string => `${d}|${i}|${k}`;
  for (let k = quarters.length - 1; k >= 0; k--) {
    const q = quarters[k];
    if (!q) continue;
    ALMATY_CITY_DISTRICTS.forEach((d, di) => {
      for (const indicator of REPORTED_INDICATORS) {
        const override = overrides.find(
          (o) => o.district === d.code && o.indicator === indicator && o.k === k,
        );
        const value = override ? override.value(acc) : acc.value(k, d.code, indicator);
        if (k > 0 && value === 0) continue;
        reported.set(key(d.code, indicator, k), value);
        w.row('reported', {
          district: d.code,
          indicator,
          period: q.label,
          value,
          source: SOURCE[(di + indicator.length) % SOURCE.length],
        });
      }
    });
  }

  const q0 = quarters[0];
  if (!q0) return;
  const truth = w.truth;
  const subject = (d: string, i: string): string => `${d}/${i}/${q0.label}`;
  const tolerance = params.report_tolerance_pct / 100;
  const jump = params.jump_threshold_pct / 100;
  for (const d of ALMATY_CITY_DISTRICTS) {
    const population = acc.value(0, d.code, 'population');
    for (const indicator of REPORTED_INDICATORS) {
      const value = reported.get(key(d.code, indicator, 0));
      if (value === undefined) continue;
      const computed = acc.value(0, d.code, indicator);
      if (Math.abs(value - computed) > tolerance * computed)
        truth.finding(positive('IND-01', subject(d.code, indicator), q0.label));
      const implausible = indicator.endsWith('_pct')
        ? value >= 100
        : isPersonCount(indicator) && value > population;
      if (implausible) truth.finding(positive('IND-02', subject(d.code, indicator), q0.label));
      const previous = [1, 2, 3].map((k) => reported.get(key(d.code, indicator, k)));
      if (previous.every((v): v is number => v !== undefined)) {
        const mean = previous.reduce((a, b) => a + b, 0) / 3;
        if (Math.abs(value - mean) > jump * mean)
          truth.finding(positive('IND-04', subject(d.code, indicator), q0.label));
      }
    }
  }

  // IND-03: modified z-score of the computed coverage (unrounded) among the districts.
  const rates = ALMATY_CITY_DISTRICTS.map((d) => {
    const population = acc.value(0, d.code, 'population');
    const insured = acc.value(0, d.code, 'osms_insured');
    return { code: d.code, rate: population === 0 ? 0 : (100 * insured) / population };
  });
  const median = medianOf(rates.map((r) => r.rate));
  const mad = medianOf(rates.map((r) => Math.abs(r.rate - median)));
  if (mad > 0) {
    let closest: { code: string; z: number } | null = null;
    for (const r of rates) {
      const z = (0.6745 * Math.abs(r.rate - median)) / mad;
      if (z > params.outlier_z_threshold)
        truth.finding(positive('IND-03', subject(r.code, 'osms_coverage_pct'), q0.label));
      else if (!closest || z > closest.z) closest = { code: r.code, z };
    }
    if (closest) truth.finding(nearMiss('IND-03', subject(closest.code, 'osms_coverage_pct'), q0.label));
  }
  for (const n of nearMisses) {
    if (!truth.hasPositive(n.rule, n.subject, q0.label)) truth.finding(nearMiss(n.rule, n.subject, q0.label));
  }
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

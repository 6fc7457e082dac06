import type { ReportOverride } from '../indicators/reported-figures';
import type { PlantKit } from './plant-kit';

/**
 * IND-01..04 (reported figures). Plantings change `reported` only; the truth of IND-01..04
 * is then derived from every figure written (indicators/reported-figures.ts), so that
 * accidental jumps of small series are in the truth too. IND-03's positive is the
 * district with planted low coverage (city/city-context.ts OUTLIER_DISTRICT).
 * Readings: IND-02 compares counts with the district's computed population; IND-04 uses
 * the reported series.
 */
export function plantIndicatorAnomalies(kit: PlantKit): {
  readonly overrides: ReportOverride[];
  readonly nearMisses: { readonly rule: string; readonly subject: string }[];
} {
  const period = kit.t.previous.label;
  const pop = (d: string) => (acc: Parameters<ReportOverride['value']>[0]) => acc.value(0, d, 'population');
  const noVisit = (d: string) => (acc: Parameters<ReportOverride['value']>[0]) =>
    acc.value(0, d, 'no_phc_visit_2y');
  const overrides: ReportOverride[] = [
    // IND-01: a quarter more "not seen by a doctor" than registered; near-miss: at most 4 % more.
    {
      district: 'ALM-ALATAU',
      indicator: 'no_phc_visit_2y',
      k: 0,
      value: (acc) => Math.ceil(noVisit('ALM-ALATAU')(acc) * 1.25) + 1,
    },
    {
      district: 'ALM-ALMALY',
      indicator: 'no_phc_visit_2y',
      k: 0,
      value: (acc) => noVisit('ALM-ALMALY')(acc) + Math.floor(noVisit('ALM-ALMALY')(acc) * 0.04),
    },
    // IND-02: coverage of 100 %, more insured than inhabitants; near-misses 99.9 % and exactly the population.
    { district: 'ALM-AUEZOV', indicator: 'osms_coverage_pct', k: 0, value: () => 100 },
    {
      district: 'ALM-BOSTANDYK',
      indicator: 'osms_insured',
      k: 0,
      value: (acc) => pop('ALM-BOSTANDYK')(acc) + 3,
    },
    { district: 'ALM-MEDEU', indicator: 'osms_coverage_pct', k: 0, value: () => 99.9 },
    { district: 'ALM-ZHETYSU', indicator: 'osms_insured', k: 0, value: pop('ALM-ZHETYSU') },
  ];
  // IND-04: the three previous quarters reported 1.6 times lower (jump); near-miss 1.3 times lower.
  for (const k of [1, 2, 3]) {
    overrides.push({
      district: 'ALM-TURKSIB',
      indicator: 'population',
      k,
      value: (acc) => Math.round(pop('ALM-TURKSIB')(acc) / 1.6),
    });
    overrides.push({
      district: 'ALM-NAURYZBAY',
      indicator: 'osms_insured',
      k,
      value: (acc) => Math.round(acc.value(0, 'ALM-NAURYZBAY', 'osms_insured') / 1.3),
    });
  }
  const nearMisses = [
    { rule: 'IND-01', subject: `ALM-ALMALY/no_phc_visit_2y/${period}` },
    { rule: 'IND-02', subject: `ALM-MEDEU/osms_coverage_pct/${period}` },
    { rule: 'IND-02', subject: `ALM-ZHETYSU/osms_insured/${period}` },
    { rule: 'IND-04', subject: `ALM-NAURYZBAY/osms_insured/${period}` },
    { rule: 'IND-04', subject: `ALM-ALATAU/no_phc_visit_2y/${period}` },
  ];
  return { overrides, nearMisses };
}

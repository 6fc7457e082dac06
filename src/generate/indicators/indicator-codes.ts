/**
 * The indicators of checks.md the generator reports upward (`reported`), each computed
 * from the registries per district for the state on a quarter's last day. Per-measure
 * series ("and one per measure") are not reported: checks.md does not name their codes.
 * `asp_paid_kzt` is money and `school_capacity` seats: neither is a count of persons.
 */
export const REPORTED_INDICATORS = [
  'population',
  'osms_insured',
  'osms_coverage_pct',
  'osms_uninsured',
  'no_phc_visit_2y',
  'asp_families',
  'asp_persons',
  'asp_paid_kzt',
  'preschool_enrolled',
  'school_enrolled',
  'school_capacity',
  'disability_persons',
  'disability_children',
  'employment_measures',
  'registered_unemployed',
] as const;

export type IndicatorCode = (typeof REPORTED_INDICATORS)[number];

/** Indicators that count persons or places, compared with the population by IND-02. */
export function isPersonCount(indicator: IndicatorCode): boolean {
  return !indicator.endsWith('_pct') && !indicator.endsWith('_kzt') && indicator !== 'school_capacity';
}

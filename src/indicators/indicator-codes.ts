/**
 * The indicator codes that checks.md names ("Indicators and reports"), in its order. The
 * indicator catalog computes them (plus one series per employment measure), the generator
 * reports them upward, and the web app labels them: all from this one list.
 */
export const CHECKS_MD_INDICATORS = [
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

export type ChecksMdIndicator = (typeof CHECKS_MD_INDICATORS)[number];

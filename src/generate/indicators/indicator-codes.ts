import { CHECKS_MD_INDICATORS } from '../../indicators/indicator-codes';

/**
 * The indicators of checks.md the generator reports upward (`reported`), each computed
 * from the registries per district for the state on a quarter's last day. Per-measure
 * series ("and one per measure") are not reported: checks.md does not name their codes.
 * `asp_paid_kzt` is money and `school_capacity` seats: neither is a count of persons.
 */
export const REPORTED_INDICATORS = CHECKS_MD_INDICATORS;

export type IndicatorCode = (typeof REPORTED_INDICATORS)[number];

/** Indicators that count persons or places, compared with the population by IND-02. */
export function isPersonCount(indicator: IndicatorCode): boolean {
  return !indicator.endsWith('_pct') && !indicator.endsWith('_kzt') && indicator !== 'school_capacity';
}

import { povertyLine, yearlyParameters, type Parameters } from '../../core/params';

/**
 * The ASP payment of domain.md for one quarter, in whole cents so that amounts in the
 * truth are exact: PCI = income / members / 3; nothing when PCI >= PL; otherwise
 * 3 * members * (PL - PCI) + 3 * 1.5 * MRP for each member aged 1-6 at the quarter's
 * first day. PL and MRP are those of the case quarter's year.
 */
export function aspPaymentCents(
  params: Parameters,
  year: number,
  members: number,
  incomeCents: number,
  childrenAged1to6: number,
): number {
  const plCents = Math.round(povertyLine(params, year) * 100);
  if (members <= 0 || incomeCents >= 3 * members * plCents) return 0;
  const mrpCents = Math.round(yearlyParameters(params, year).mrp * 100);
  return 3 * members * plCents - incomeCents + childrenAged1to6 * Math.round(4.5 * mrpCents);
}

export function aspPayment(
  params: Parameters,
  year: number,
  members: number,
  income: number,
  kids: number,
): number {
  return aspPaymentCents(params, year, members, Math.round(income * 100), kids) / 100;
}

/** Poverty line in cents for a year. */
export function povertyLineCents(params: Parameters, year: number): number {
  return Math.round(povertyLine(params, year) * 100);
}

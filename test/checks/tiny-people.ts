import { composeIin, type Sex } from '../../src/core/iin';
import type { TinyRow } from './harness';

/**
 * Hand-made persons for rule tests: `person(n, birthDate)` gives a population row with a
 * valid IIN derived from the birth date and serial, district ALM-MEDEU unless told.
 */
export function iinOf(serial: number, birthDate = '1985-03-01', sex: Sex = 'M'): string {
  return composeIin(birthDate, sex, serial);
}

export function person(
  serial: number,
  birthDate = '1985-03-01',
  extra: Readonly<Record<string, string | number | boolean | null>> = {},
): TinyRow {
  const sex = (extra.sex as Sex | undefined) ?? 'M';
  return {
    iin: iinOf(serial, birthDate, sex),
    last_name: 'Ахметов',
    first_name: 'Ерлан',
    birth_date: birthDate,
    sex,
    district: 'ALM-MEDEU',
    address_id: `ADDR-${serial}`,
    household_id: `HH-${serial}`,
    ...extra,
  };
}

/** An ASP case row; `period` is the quarter's first day. */
export function aspCase(
  caseId: string,
  period: string,
  extra: Readonly<Record<string, string | number>> = {},
): TinyRow {
  return {
    case_id: caseId,
    period,
    district: 'ALM-MEDEU',
    applicant_iin: iinOf(9000),
    address_id: `ADDR-${caseId}`,
    kind: 'unconditional',
    members_count: 1,
    declared_income_kzt: 0,
    paid_kzt: 0,
    ...extra,
  };
}

export function member(caseId: string, iin: string, relation = 'applicant'): TinyRow {
  return { case_id: caseId, iin, relation };
}

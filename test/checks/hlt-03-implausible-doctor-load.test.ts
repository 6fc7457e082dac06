import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/hlt-03-implausible-doctor-load';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const CLINIC = composeBin(2005, 3, 4, 1);
const BUSY = composeIin('1975-05-05', 'F', 1);
const NORMAL = composeIin('1976-06-06', 'M', 2);

const services = (doctor: string, date: string, n: number): TinyRow[] =>
  Array.from({ length: n }, (_, i) => ({
    service_id: `${doctor}-${date}-${i}`,
    iin: composeIin('1990-01-01', 'M', i),
    clinic_bin: CLINIC,
    doctor_iin: doctor,
    service_date: date,
    paid_kzt: 100,
  }));

describe('HLT-03 implausible doctor load', () => {
  it('fires above 2 x 24 services a day, not at 48', async () => {
    const findings = await runRuleOn(
      rule,
      {
        organizations: [
          { bin: CLINIC, name: 'Емхана', kind: 'clinic', ownership: 'state', district: 'ALM-MEDEU' },
        ],
        medical_services: [
          ...services(BUSY, '2026-09-01', 49),
          ...services(BUSY, '2026-09-02', 30),
          ...services(NORMAL, '2026-09-01', 48),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([`${BUSY}/2026-09-01`]);
    expect(findings[0]?.period).toBeNull();
    expect(findings[0]?.evidence.services).toBe(49);
    expect(findings[0]?.evidence.threshold).toBe(48);
    // the doctor is not in population: the clinic's district
    expect(findings[0]?.district).toBe('ALM-MEDEU');
  });
});

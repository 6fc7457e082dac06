import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/hlt-02-services-after-death';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const CLINIC = composeBin(2005, 3, 4, 1);
const DOCTOR = composeIin('1975-05-05', 'F', 9);
const DEAD = composeIin('1940-01-01', 'M', 1);
const EMIGRATED = composeIin('1960-01-01', 'M', 2);

const service = (
  id: string,
  iin: string,
  date: string,
  paid: number,
  extra: Partial<TinyRow> = {},
): TinyRow => ({
  service_id: id,
  iin,
  clinic_bin: CLINIC,
  doctor_iin: DOCTOR,
  service_date: date,
  paid_kzt: paid,
  ...extra,
});

describe('HLT-02 services after death', () => {
  it('sums services strictly after the death date', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          {
            iin: DEAD,
            last_name: 'Ф',
            first_name: 'И',
            birth_date: '1940-01-01',
            sex: 'M',
            district: 'ALM-AUEZOV',
            address_id: 'A',
            death_date: '2026-02-10',
          },
          {
            iin: EMIGRATED,
            last_name: 'Ф',
            first_name: 'И',
            birth_date: '1960-01-01',
            sex: 'M',
            district: 'ALM-AUEZOV',
            address_id: 'A',
            emigration_date: '2026-01-01',
          },
        ],
        medical_services: [
          service('S1', DEAD, '2026-02-10', 1000), // on the day of death: not after
          service('S2', DEAD, '2026-02-11', 2500.5),
          service('S3', DEAD, '2026-07-01', 3000, { linked_by_name: true }),
          service('S4', EMIGRATED, '2026-05-01', 9000), // emigration is not death
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([DEAD]);
    expect(findings[0]?.amount_kzt).toBe(5500.5);
    expect(findings[0]?.evidence.services_after_death).toBe(2);
    expect(findings[0]?.linked_by_name).toBe(true);
    expect(findings[0]?.district).toBe('ALM-AUEZOV');
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/reg-02-unknown-person';
import { runRuleOn } from './harness';
import { iinOf, person } from './tiny-people';

describe('REG-02 unknown person', () => {
  it('fires for a valid IIN used elsewhere but absent from population, with every use', async () => {
    const stranger = iinOf(77, '1970-01-01');
    const findings = await runRuleOn(
      rule,
      {
        population: [person(1)],
        benefits: [
          { iin: stranger, program: 'grant', period: '2026-09-01', amount_kzt: 5000, district: 'ALM-ALATAU' },
          { iin: iinOf(1), program: 'grant', period: '2026-09-01', amount_kzt: 5000 },
        ],
        medical_services: [
          {
            service_id: 'S1',
            iin: iinOf(1),
            clinic_bin: '990940003030',
            doctor_iin: stranger,
            service_date: '2026-09-01',
          },
        ],
      },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([stranger]);
    expect(findings[0]?.district).toBe('ALM-ALATAU');
    expect(findings[0]?.evidence).toMatchObject({
      registries: ['benefits', 'medical_services'],
      rows_count: 2,
      rows: [
        { registry: 'benefits', column: 'iin', line: 2 },
        { registry: 'medical_services', column: 'doctor_iin', line: 2 },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/osms-01-state-pays-for-worker';
import { runRuleOn } from './harness';
import { iinOf, person } from './tiny-people';

const status = (serial: number, category: string) => ({
  iin: iinOf(serial),
  insured: true,
  category,
  as_of: '2026-10-01',
});
const paid = (serial: number, period: string) => ({
  iin: iinOf(serial),
  payer_bin: '990940003030',
  period,
  income_kzt: 300000,
});

describe('OSMS-01 state pays for a working person', () => {
  const registries = {
    population: [person(1), person(2), person(3), person(4)],
    osms_status: [
      status(1, 'registered_unemployed'),
      status(2, 'asp_nonworking'),
      status(3, 'employee'),
      status(4, 'pregnant_nonworking'),
    ],
    contributions: [
      paid(1, '2026-09-01'),
      // Person 2: June is outside the last 3 months (Jul-Sep) of as_of 2026-10-15.
      paid(2, '2026-06-01'),
      paid(3, '2026-09-01'),
      // Person 4: October is the month of as_of, not a whole month before it.
      paid(4, '2026-10-01'),
    ],
  };

  it('fires for a non-working category with contributions in the last 3 whole months only', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.map((f) => f.subject_id)).toEqual([iinOf(1)]);
    expect(findings[0]?.evidence.months_checked).toBe('2026-07..2026-09');
    expect(findings[0]?.evidence.contributions).toEqual([
      { month: '2026-09', payer_bin: '990940003030', income_kzt: 300000, contributions_line: 2 },
    ]);
    expect(findings[0]?.period).toBeNull();
  });

  it('uses the latest status row of the person', async () => {
    const older = {
      ...registries,
      osms_status: [...registries.osms_status, { ...status(1, 'employee'), as_of: '2026-10-10' }],
    };
    expect(await runRuleOn(rule, older, { asOf: '2026-10-15' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ben-02-disability-payment-without-disability';
import { composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const EXPIRED = composeIin('1970-01-01', 'M', 1);
const NEVER = composeIin('1971-01-01', 'F', 2);

const pay = (iin: string, month: string, amount: number, program = 'disability_benefit'): TinyRow => ({
  iin,
  program,
  period: `${month}-01`,
  amount_kzt: amount,
  district: 'ALM-TURKSIB',
});

describe('BEN-02 disability payment without disability', () => {
  it('sums disability payments for months with no active disability on any day', async () => {
    const findings = await runRuleOn(
      rule,
      {
        disability: [{ iin: EXPIRED, group: '2', since: '2024-01-01', until: '2026-06-01' }],
        benefits: [
          pay(EXPIRED, '2026-06', 50000), // active on 1 June: covered
          pay(EXPIRED, '2026-07', 50000),
          pay(EXPIRED, '2026-08', 50000),
          pay(EXPIRED, '2026-08', 9000, 'transport_fare'), // other program: ignored
          pay(NEVER, '2026-01', 30000),
        ],
      },
      { asOf: AS_OF },
    );
    const byIin = new Map(findings.map((f) => [f.subject_id, f]));
    expect([...byIin.keys()].sort()).toEqual([EXPIRED, NEVER].sort());
    expect(byIin.get(EXPIRED)?.amount_kzt).toBe(100000);
    expect((byIin.get(EXPIRED)?.evidence.disability as unknown[]).length).toBe(1);
    expect(byIin.get(NEVER)?.amount_kzt).toBe(30000);
    // not in population: the district of the benefit rows
    expect(byIin.get(NEVER)?.district).toBe('ALM-TURKSIB');
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ben-03-paid-twice';
import { composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const TWICE = composeIin('1985-01-01', 'F', 1);
const ONCE = composeIin('1986-01-01', 'M', 2);

const pay = (
  iin: string,
  program: string,
  month: string,
  amount: number,
  extra: Partial<TinyRow> = {},
): TinyRow => ({
  iin,
  program,
  period: `${month}-01`,
  amount_kzt: amount,
  ...extra,
});

describe('BEN-03 paid twice', () => {
  it('one finding per IIN, program and month; amount = all but the largest', async () => {
    const findings = await runRuleOn(
      rule,
      {
        benefits: [
          pay(TWICE, 'large_family', '2026-05', 20000),
          pay(TWICE, 'large_family', '2026-05', 25000, { linked_by_name: true }),
          pay(TWICE, 'large_family', '2026-05', 20000),
          pay(TWICE, 'large_family', '2026-06', 20000),
          pay(TWICE, 'housing_certificate', '2026-06', 5000),
          // near miss: one payment per program and month
          pay(ONCE, 'large_family', '2026-05', 20000),
          pay(ONCE, 'transport_fare', '2026-05', 20000),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => [f.subject_id, f.period])).toEqual([[TWICE, '2026-05']]);
    expect(findings[0]?.amount_kzt).toBe(40000);
    expect(findings[0]?.evidence.program).toBe('large_family');
    expect(findings[0]?.linked_by_name).toBe(true);
  });
});

describe('BEN-03 finding ids', () => {
  it('gives two programs paid twice in one month two distinct, stable ids', async () => {
    const registries = {
      benefits: [
        pay(TWICE, 'large_family', '2026-05', 20000),
        pay(TWICE, 'large_family', '2026-05', 20000),
        pay(TWICE, 'housing_certificate', '2026-05', 5000),
        pay(TWICE, 'housing_certificate', '2026-05', 5000),
      ],
    };
    const first = await runRuleOn(rule, registries, { asOf: AS_OF });
    const again = await runRuleOn(rule, registries, { asOf: AS_OF });
    expect(first).toHaveLength(2);
    expect(new Set(first.map((f) => f.finding_id)).size).toBe(2);
    expect(again.map((f) => f.finding_id).sort()).toEqual(first.map((f) => f.finding_id).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/asp-08-payment-formula';
import { runRuleOn } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

// 2026: PL = 0.7 * 50 851 = 35 595.70, MRP = 4 325. One adult, no income: formula = 3 * 35 595.70.
const ONE = 106787.1;
// Adult + child aged 3 at 2026-07-01: 3 * 2 * 35 595.70 + 3 * 1.5 * 4 325.
const WITH_CHILD = 213574.2 + 19462.5;

describe('ASP-08 payment does not match the formula', () => {
  const registries = {
    population: [
      person(1),
      person(2),
      person(3),
      person(4),
      person(5, '2023-01-10'),
      person(6),
      person(7),
      person(8),
    ],
    asp_cases: [
      aspCase('OVER', '2026-07-01', { paid_kzt: ONE + 1068 }),
      aspCase('NEAR', '2026-07-01', { paid_kzt: ONE + 1067 }),
      aspCase('UNDER', '2026-07-01', { paid_kzt: ONE - 2000 }),
      aspCase('CHILD', '2026-07-01', { members_count: 2, paid_kzt: WITH_CHILD }),
      aspCase('RICH', '2026-07-01', { declared_income_kzt: 400000, paid_kzt: 99 }),
      // Formula 106 787.10 - 101 787.10 = 5 000 ₸ (4 999.999… in binary floating point).
      aspCase('EXACT100', '2026-07-01', { declared_income_kzt: 101787.1, paid_kzt: 5100 }),
      aspCase('OVER100', '2026-07-01', { declared_income_kzt: 101787.1, paid_kzt: 5100.01 }),
    ],
    asp_members: [
      member('OVER', iinOf(1)),
      member('NEAR', iinOf(2)),
      member('UNDER', iinOf(3)),
      member('CHILD', iinOf(4)),
      member('CHILD', iinOf(5, '2023-01-10'), 'child'),
      member('RICH', iinOf(6)),
      member('EXACT100', iinOf(7)),
      member('OVER100', iinOf(8)),
    ],
  };

  it('fires above 1 % and 100 KZT, including underpayment, with the signed amount', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.map((f) => [f.subject_id, f.amount_kzt])).toEqual([
      ['OVER', 1068],
      ['OVER100', 100.01],
      ['UNDER', -2000],
    ]);
    expect(findings[0]?.evidence.formula_kzt).toBeCloseTo(ONE, 2);
  });

  it('needs both thresholds: 99 KZT over a zero formula does not fire', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.some((f) => f.subject_id === 'RICH')).toBe(false);
    expect(findings.some((f) => f.subject_id === 'CHILD')).toBe(false);
  });

  it('compares money in whole tiyn: exactly 100 KZT over the formula is not "more than 100 KZT"', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.some((f) => f.subject_id === 'EXACT100')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/asp-01-undeclared-income';
import { runRuleOn, type TinyRow } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

const AS_OF = '2026-10-15';
const wages = (iin: string, monthly: number): TinyRow[] =>
  ['2026-04-01', '2026-05-01', '2026-06-01'].map((period) => ({
    iin,
    payer_bin: '990940003030',
    period,
    income_kzt: monthly,
  }));

describe('ASP-01 undeclared income', () => {
  const registries = {
    population: [person(1), person(2), person(3), person(4)],
    asp_cases: [
      aspCase('C1', '2026-07-01', { members_count: 2, declared_income_kzt: 30000, paid_kzt: 200000 }),
      aspCase('C2', '2026-07-01', { members_count: 2, declared_income_kzt: 60000, paid_kzt: 100000 }),
    ],
    asp_members: [
      member('C1', iinOf(1)),
      member('C1', iinOf(2), 'spouse'),
      member('C2', iinOf(3)),
      member('C2', iinOf(4)),
    ],
    // C1: 60 000 registered vs 30 000 declared. C2: 66 000 vs 60 000, exactly the 10 % tolerance.
    contributions: [
      ...wages(iinOf(1), 20000),
      ...wages(iinOf(3), 22000),
      { ...wages(iinOf(1), 1)[0]!, period: '2026-07-01' },
    ],
  };

  it('fires above max(10 %, 1 MRP) and not at the tolerance itself', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: AS_OF });
    expect(findings.map((f) => [f.subject_id, f.period])).toEqual([['C1', '2026-Q3']]);
    const evidence = findings[0]!.evidence;
    expect(evidence.registered_income_kzt).toBe(60000);
    expect(evidence.declared_income_kzt).toBe(30000);
    expect(evidence.threshold_kzt).toBe(4325);
    expect(evidence.base_quarter).toBe('2026-Q2');
    expect((evidence.contributions as unknown[]).length).toBe(3);
  });

  it('amount = paid minus the payment recomputed with the registered income', async () => {
    const [finding] = await runRuleOn(rule, registries, { asOf: AS_OF });
    // PL 2026 = 0.7 * 50 851 = 35 595.70; PCI = 60 000 / 2 / 3 = 10 000; payment = 3 * 2 * 25 595.70.
    expect(finding?.amount_kzt).toBeCloseTo(200000 - 153574.2, 1);
  });

  it('is never negative', async () => {
    const cheap = {
      ...registries,
      asp_cases: [aspCase('C1', '2026-07-01', { declared_income_kzt: 30000, paid_kzt: 1000 })],
    };
    const [finding] = await runRuleOn(rule, cheap, { asOf: AS_OF });
    expect(finding?.amount_kzt).toBe(0);
  });
});

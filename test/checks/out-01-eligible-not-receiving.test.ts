import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/out-01-eligible-not-receiving';
import { runRuleOn } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

// as_of 2026-10-15: current quarter 2026-Q4, income quarter 2026-Q3; PL 2026 = 35 595.70.
const PL = 35595.7;
const income = (iin: string, total: number) =>
  ['2026-07-01', '2026-08-01', '2026-09-01'].map((period) => ({
    iin,
    payer_bin: '990940003030',
    period,
    income_kzt: total / 3,
  }));

describe('OUT-01 possibly eligible, not receiving', () => {
  const registries = {
    population: [
      person(1, '1985-03-01', { household_id: 'H1' }),
      person(2, '2015-05-05', { household_id: 'H1' }),
      person(3, '1985-03-01', { household_id: 'H2' }),
      person(4, '2015-05-05', { household_id: 'H2' }),
      person(5, '1985-03-01', { household_id: 'H3' }),
      person(6, '2015-05-05', { household_id: 'H3' }),
      person(7, '1985-03-01', { household_id: 'H4' }),
      person(8, '2000-05-05', { household_id: 'H4' }),
    ],
    // H1: income just below PL per member per month; H3: exactly PL (not below).
    contributions: [...income(iinOf(1), 2 * 3 * PL - 30), ...income(iinOf(5), 2 * 3 * PL)],
    // H2 is on ASP this quarter.
    asp_cases: [aspCase('C1', '2026-10-01')],
    asp_members: [member('C1', iinOf(4, '2015-05-05'), 'child')],
  };

  it('fires for a poor household with a child and no ASP case this quarter', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.map((f) => [f.subject_id, f.period])).toEqual([['H1', '2026-Q4']]);
    const evidence = findings[0]!.evidence;
    expect(evidence.income_quarter).toBe('2026-Q3');
    expect(evidence.income_per_member_month_kzt).toBeCloseTo(PL - 5, 2);
    expect(evidence.children_under_18).toBe(1);
    expect(findings[0]?.amount_kzt).toBeNull();
  });

  it('ignores households without a child under 18 (H4) and the dead', async () => {
    const withDeadChild = {
      ...registries,
      population: registries.population.map((p) =>
        p.iin === iinOf(2, '2015-05-05') ? { ...p, death_date: '2026-01-01' } : p,
      ),
    };
    expect(await runRuleOn(rule, withDeadChild, { asOf: '2026-10-15' })).toEqual([]);
  });
});

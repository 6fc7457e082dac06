import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/asp-04-member-of-two-families';
import { runRuleOn } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

describe('ASP-04 member of two families', () => {
  const registries = {
    population: [person(1), person(2), person(3)],
    asp_cases: [
      aspCase('C1', '2026-07-01', { paid_kzt: 90000 }),
      aspCase('C2', '2026-07-01', { paid_kzt: 40000 }),
      aspCase('C3', '2026-04-01', { paid_kzt: 40000 }),
    ],
    asp_members: [
      member('C1', iinOf(1)),
      member('C1', iinOf(2), 'spouse'),
      member('C1', iinOf(3), 'child'),
      member('C2', iinOf(1)),
      member('C2', iinOf(9), 'child'),
      // Person 2 is in C1 (Q3) and C3 (Q2): different quarters, not a finding.
      member('C3', iinOf(2)),
    ],
  };

  it('fires for an IIN in two cases of one quarter only, amount the smallest share', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.map((f) => [f.subject_id, f.period])).toEqual([[iinOf(1), '2026-Q3']]);
    expect(findings[0]?.amount_kzt).toBe(20000);
    expect(findings[0]?.evidence.cases_count).toBe(2);
  });
});

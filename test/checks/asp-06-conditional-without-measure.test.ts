import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/asp-06-conditional-without-measure';
import { runRuleOn } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

const job = (iin: string, start: string, end: string | null) => ({
  iin,
  status: 'participant',
  measure: 'social_job',
  start_date: start,
  end_date: end,
});

describe('ASP-06 conditional ASP without employment measure', () => {
  const registries = {
    population: [person(1), person(2), person(3, '2010-01-01'), person(4)],
    asp_cases: [
      aspCase('C1', '2026-07-01', { kind: 'conditional', paid_kzt: 70000 }),
      aspCase('C2', '2026-07-01', { kind: 'conditional', paid_kzt: 70000 }),
      aspCase('C3', '2026-07-01', { kind: 'unconditional', paid_kzt: 70000 }),
    ],
    asp_members: [
      member('C1', iinOf(1)),
      member('C1', iinOf(3, '2010-01-01'), 'child'),
      member('C2', iinOf(2)),
      member('C3', iinOf(4)),
    ],
    employment: [
      // Ends the day before C1's quarter: no overlap.
      job(iinOf(1), '2026-01-01', '2026-06-30'),
      // Ends on the first day of C2's quarter: overlaps.
      job(iinOf(2), '2026-01-01', '2026-07-01'),
      // A child's measure does not count for the family (not able-bodied).
      job(iinOf(3, '2010-01-01'), '2026-07-01', null),
    ],
  };

  it('fires when no able-bodied member has a measure overlapping the quarter', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: '2026-10-15' });
    expect(findings.map((f) => f.subject_id)).toEqual(['C1']);
    expect(findings[0]?.amount_kzt).toBe(70000);
    expect(findings[0]?.evidence.able_bodied_members).toEqual([
      { iin: iinOf(1), age: 41, asp_members_line: 2 },
    ]);
  });

  it('does not count a member with disability of group 1 or 2 as able-bodied', async () => {
    const disabled = {
      ...registries,
      disability: [{ iin: iinOf(1), group: '2', since: '2020-01-01', until: null }],
    };
    const findings = await runRuleOn(rule, disabled, { asOf: '2026-10-15' });
    expect((findings[0]?.evidence.able_bodied_members as unknown[]).length).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../../src/checks/rule';
import { runRuleOn } from './harness';
import { aspCase, iinOf, member, person } from './tiny-people';

const AS_OF = '2026-10-15';

/** ASP-02 and ASP-03 are one rule over two dates; both test files run these cases. */
export function describeMemberGone(rule: RuleDefinition, column: 'death_date' | 'emigration_date'): void {
  describe(`${rule.id} member ${column} before the quarter`, () => {
    const registries = {
      population: [
        person(1),
        person(2, '1985-03-01', { [column]: '2026-06-30' }),
        person(3, '1985-03-01', { [column]: '2026-07-01' }),
      ],
      asp_cases: [
        aspCase('C1', '2026-07-01', { members_count: 3, paid_kzt: 90000 }),
        aspCase('C2', '2026-07-01', { members_count: 1, paid_kzt: 50000 }),
      ],
      asp_members: [
        member('C1', iinOf(1)),
        member('C1', iinOf(2), 'spouse'),
        member('C1', iinOf(3), 'child'),
        member('C2', iinOf(2)),
      ],
    };

    it('fires for a member gone the day before the quarter, not on its first day', async () => {
      const findings = await runRuleOn(rule, registries, { asOf: AS_OF });
      expect(findings.map((f) => [f.subject_id, f.period])).toEqual([[iinOf(2), '2026-Q3']]);
      expect(findings[0]?.evidence[column]).toBe('2026-06-30');
    });

    it('amount: the member share of every case counting the member (one finding per member and quarter)', async () => {
      const [finding] = await runRuleOn(rule, registries, { asOf: AS_OF });
      expect(finding?.amount_kzt).toBe(90000 / 3 + 50000);
      expect((finding?.evidence.cases as unknown[]).length).toBe(2);
    });
  });
}

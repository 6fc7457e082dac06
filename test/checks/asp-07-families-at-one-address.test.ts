import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/asp-07-families-at-one-address';
import { runRuleOn } from './harness';
import { aspCase } from './tiny-people';

describe('ASP-07 several families at one address', () => {
  it('fires for two cases of one quarter at one address, not across quarters', async () => {
    const findings = await runRuleOn(
      rule,
      {
        asp_cases: [
          aspCase('C1', '2026-07-01', { address_id: 'A1' }),
          aspCase('C2', '2026-07-01', { address_id: 'A1' }),
          aspCase('C3', '2026-07-01', { address_id: 'A2' }),
          aspCase('C4', '2026-04-01', { address_id: 'A2' }),
        ],
      },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => [f.subject_id, f.period, f.amount_kzt])).toEqual([['A1', '2026-Q3', null]]);
    expect(findings[0]?.evidence.cases_count).toBe(2);
  });
});

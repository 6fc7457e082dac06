import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ind-02-implausible-report';
import { runIndicatorRuleOn } from './indicator-harness';
import { person } from './tiny-people';

const report = (indicator: string, value: number, period = '2026-07-01') => ({
  district: 'ALM-MEDEU',
  indicator,
  period,
  value,
});

describe('IND-02 implausible report', () => {
  it('fires for coverage of 100 % or more and counts above the population, not just below', async () => {
    const { findings } = await runIndicatorRuleOn(
      rule,
      {
        population: Array.from({ length: 20 }, (_, i) => person(i + 1)),
        reported: [
          report('osms_coverage_pct', 100),
          report('osms_coverage_pct', 99.9, '2026-04-01'),
          report('registered_unemployed', 21),
          report('registered_unemployed', 20, '2026-04-01'),
        ],
      },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([
      'ALM-MEDEU/osms_coverage_pct/2026-Q3',
      'ALM-MEDEU/registered_unemployed/2026-Q3',
    ]);
    expect(findings[1]?.evidence).toMatchObject({
      reported: 21,
      limit: 20,
      reason: 'count above the district population',
    });
  });
});

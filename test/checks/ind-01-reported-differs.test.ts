import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ind-01-reported-differs';
import { runIndicatorRuleOn } from './indicator-harness';
import { person } from './tiny-people';

const residents = (district: string, from: number) =>
  Array.from({ length: 20 }, (_, i) => person(from + i, '1985-03-01', { district }));

describe('IND-01 reported figure differs', () => {
  it('fires beyond 5 % of the computed value, not at 5 %', async () => {
    const { findings } = await runIndicatorRuleOn(
      rule,
      {
        population: [...residents('ALM-MEDEU', 1), ...residents('ALM-ALMALY', 100)],
        reported: [
          { district: 'ALM-MEDEU', indicator: 'population', period: '2026-07-01', value: 21 },
          {
            district: 'ALM-ALMALY',
            indicator: 'population',
            period: '2026-07-01',
            value: 22,
            source: 'akimat',
          },
        ],
      },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => [f.subject_id, f.period, f.district])).toEqual([
      ['ALM-ALMALY/population/2026-Q3', '2026-Q3', 'ALM-ALMALY'],
    ]);
    expect(findings[0]?.evidence).toMatchObject({
      computed: 20,
      reported: 22,
      difference_pct: 10,
      tolerance_pct: 5,
      reported_rows: [{ value: 22, source: 'akimat', reported_line: 3 }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ind-04-jump';
import { runIndicatorRuleOn } from './indicator-harness';

const series = (district: string, values: readonly (number | null)[]) =>
  ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'].flatMap((period, i) =>
    values[i] === null ? [] : [{ district, indicator: 'asp_families', period, value: values[i] ?? 0 }],
  );

describe('IND-04 jump', () => {
  it('fires beyond 33 % of the mean of the 3 previous consecutive quarters, not at 33 %', async () => {
    const { findings } = await runIndicatorRuleOn(
      rule,
      {
        reported: [
          ...series('ALM-MEDEU', [100, 100, 100, 134]),
          ...series('ALM-ALMALY', [100, 100, 100, 133]),
          // A gap in the series (no 2026-Q1): nothing to compare with.
          ...series('ALM-AUEZOV', [100, null, 100, 300]),
        ],
      },
      { asOf: '2026-10-15' },
    );
    expect(findings.map((f) => f.subject_id)).toEqual(['ALM-MEDEU/asp_families/2026-Q3']);
    expect(findings[0]?.evidence).toMatchObject({
      value: 134,
      mean_previous: 100,
      change_pct: 34,
      threshold_pct: 33,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ind-03-outlier-district';
import type { TinyRow } from './harness';
import { runIndicatorRuleOn } from './indicator-harness';
import { iinOf, person } from './tiny-people';

const DISTRICTS = ['ALM-ALATAU', 'ALM-ALMALY', 'ALM-AUEZOV', 'ALM-BOSTANDYK', 'ALM-MEDEU'];

/** 20 residents per district; `insured[i]` of them insured in district i. */
function city(insured: readonly number[]): { population: TinyRow[]; osms_status: TinyRow[] } {
  const population: TinyRow[] = [];
  const osms_status: TinyRow[] = [];
  DISTRICTS.forEach((district, d) => {
    for (let i = 0; i < 20; i++) {
      const serial = d * 100 + i;
      population.push(person(serial, '1985-03-01', { district }));
      osms_status.push({
        iin: iinOf(serial),
        insured: i < (insured[d] ?? 0),
        category: 'employee',
        as_of: '2026-09-30',
      });
    }
  });
  return { population, osms_status };
}

describe('IND-03 outlier district', () => {
  it('fires above a modified z of 3.5 among the districts of the region', async () => {
    // Coverage 45, 50, 50, 55, 80 %: median 50, MAD 5, z(80) = 0.6745 * 30 / 5 = 4.05.
    const { findings } = await runIndicatorRuleOn(rule, city([9, 10, 10, 11, 16]), { asOf: '2026-10-15' });
    expect(findings.map((f) => f.subject_id)).toEqual(['ALM-MEDEU/osms_coverage_pct/2026-Q3']);
    expect(findings[0]?.evidence).toMatchObject({ value: 80, region_median: 50, mad: 5, modified_z: 4.047 });
  });

  it('does not fire just inside (z 3.37) nor when MAD is 0', async () => {
    // 45, 50, 50, 55, 75 %: z(75) = 3.37.
    expect(
      (await runIndicatorRuleOn(rule, city([9, 10, 10, 11, 15]), { asOf: '2026-10-15' })).findings,
    ).toEqual([]);
    expect(
      (await runIndicatorRuleOn(rule, city([10, 10, 10, 10, 20]), { asOf: '2026-10-15' })).findings,
    ).toEqual([]);
  });
});

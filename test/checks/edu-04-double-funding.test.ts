import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-04-double-funding';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const KG1 = composeBin(2012, 1, 4, 1);
const KG2 = composeBin(2013, 1, 4, 2);
const CHILD = composeIin('2021-05-05', 'M', 1);
const OTHER = composeIin('2021-06-06', 'F', 2);

const enr = (
  child: string,
  org: string,
  start: string,
  end: string | null,
  extra: Partial<TinyRow> = {},
): TinyRow => ({
  org_bin: org,
  child_iin: child,
  level: 'preschool',
  state_funded: true,
  per_capita_kzt: 50000,
  start_date: start,
  end_date: end,
  ...extra,
});

describe('EDU-04 double funding', () => {
  it('prices the later enrollment over the calendar months of the overlap', async () => {
    const findings = await runRuleOn(
      rule,
      {
        organizations: [
          { bin: KG2, name: 'Бөбек', kind: 'kindergarten', ownership: 'private', district: 'ALM-NAURYZBAI' },
        ],
        enrollment: [
          enr(CHILD, KG1, '2025-09-01', '2026-06-30', { per_capita_kzt: 40000 }),
          // overlap 2026-01-20 .. 2026-06-30 = Jan..Jun = 6 months x 60 000
          enr(CHILD, KG2, '2026-01-20', null, { per_capita_kzt: 60000 }),
          // near miss: consecutive, not overlapping
          enr(OTHER, KG1, '2025-09-01', '2026-01-19'),
          enr(OTHER, KG2, '2026-01-20', null),
          // not state funded: no double funding
          enr(OTHER, KG1, '2026-02-01', null, { state_funded: false }),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([CHILD]);
    expect(findings[0]?.amount_kzt).toBe(360000);
    expect(findings[0]?.district).toBe('ALM-NAURYZBAI');
    const overlaps = findings[0]?.evidence.overlaps as { months: number; later_line: number }[];
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.months).toBe(6);
    expect(overlaps[0]?.later_line).toBe(3);
  });

  it('counts an open overlap up to the month of as_of, both ends included', async () => {
    const findings = await runRuleOn(
      rule,
      {
        enrollment: [
          enr(CHILD, KG1, '2026-08-31', null),
          enr(CHILD, KG2, '2026-09-01', null, { linked_by_name: true }),
        ],
      },
      { asOf: AS_OF },
    );
    // Sep and Oct 2026
    expect(findings[0]?.amount_kzt).toBe(100000);
    expect(findings[0]?.linked_by_name).toBe(true);
  });
});

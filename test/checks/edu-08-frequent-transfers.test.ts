import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-08-frequent-transfers';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15'; // last 12 whole months: 2025-10-01 .. 2026-09-30
const ORGS = [1, 2, 3, 4, 5].map((i) => composeBin(2011, 2, 4, i));
const MOVER = composeIin('2014-02-02', 'M', 1);
const NEAR = composeIin('2014-03-03', 'F', 2);
const MOVER_STARTS = ['2025-10-01', '2025-12-15', '2026-02-01', '2026-05-10', '2026-09-30'];

const enr = (child: string, org: string, start: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: org,
  child_iin: child,
  level: 'school',
  state_funded: true,
  start_date: start,
  ...extra,
});

describe('EDU-08 frequent transfers', () => {
  it('fires at 5 distinct organisations within the last 12 whole months', async () => {
    const findings = await runRuleOn(
      rule,
      {
        enrollment: [
          ...ORGS.map((o, i) => enr(MOVER, o, MOVER_STARTS[i]!, { linked_by_name: i === 4 })),
          // NEAR: 5 enrollments but one starts in the month of as_of and one org repeats
          enr(NEAR, ORGS[0]!, '2025-10-01'),
          enr(NEAR, ORGS[1]!, '2025-12-01'),
          enr(NEAR, ORGS[2]!, '2026-02-01'),
          enr(NEAR, ORGS[2]!, '2026-04-01'),
          enr(NEAR, ORGS[3]!, '2026-09-30'),
          enr(NEAR, ORGS[4]!, '2026-10-01'),
          enr(NEAR, ORGS[4]!, '2025-09-30'),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([MOVER]);
    expect(findings[0]?.evidence.distinct_organisations).toBe(5);
    expect(findings[0]?.evidence.window).toBe('2025-10..2026-09');
    expect(findings[0]?.linked_by_name).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-07-over-capacity';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const FULL = composeBin(2010, 1, 4, 1);
const AT_LIMIT = composeBin(2010, 1, 4, 2);

const pupils = (org: string, n: number, extra: Partial<TinyRow> = {}): TinyRow[] =>
  Array.from({ length: n }, (_, i) => ({
    org_bin: org,
    child_iin: composeIin('2015-01-01', 'M', i + (org === FULL ? 0 : 100)),
    level: 'school',
    state_funded: true,
    start_date: '2026-09-01',
    ...extra,
  }));
const org = (bin: string): TinyRow => ({
  bin,
  name: `Школа ${bin}`,
  kind: 'school',
  ownership: 'state',
  district: 'ALM-ALATAU',
  capacity: 3,
});

describe('EDU-07 over capacity', () => {
  it('fires above twice the capacity, not at twice', async () => {
    const findings = await runRuleOn(
      rule,
      {
        organizations: [org(FULL), org(AT_LIMIT)],
        enrollment: [
          ...pupils(FULL, 7),
          ...pupils(AT_LIMIT, 6),
          // ended before as_of: not active
          ...pupils(AT_LIMIT, 2, { start_date: '2025-09-01', end_date: '2026-05-31' }).map((r, i) => ({
            ...r,
            child_iin: composeIin('2014-01-01', 'F', 200 + i),
          })),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([FULL]);
    expect(findings[0]?.evidence.active_enrollments).toBe(7);
    expect(findings[0]?.evidence.threshold).toBe(6);
    expect(findings[0]?.district).toBe('ALM-ALATAU');
    expect(findings[0]?.period).toBeNull();
  });
});

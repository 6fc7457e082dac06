import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-05-funded-child-not-there';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const KG = composeBin(2012, 1, 4, 1);
const DEAD = composeIin('2021-01-01', 'M', 1);
const LEFT_IN_TIME = composeIin('2021-02-02', 'F', 2);
const GONE = composeIin('2020-03-03', 'F', 3);
const GHOST = composeIin('2019-04-04', 'M', 4);

const child = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  last_name: 'Омаров',
  first_name: 'Ерлан',
  birth_date: '2021-01-01',
  sex: 'M',
  district: 'ALM-TURKSIB',
  address_id: 'Z',
  ...extra,
});
const enr = (iin: string, start: string, end: string | null, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: KG,
  child_iin: iin,
  level: 'preschool',
  state_funded: true,
  per_capita_kzt: 45000,
  start_date: start,
  end_date: end,
  ...extra,
});

describe('EDU-05 funded child who is not there', () => {
  it('counts months after the month of death up to the month before as_of', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          child(DEAD, { death_date: '2026-05-20' }),
          child(LEFT_IN_TIME, { death_date: '2026-05-20' }),
          child(GONE, { emigration_date: '2026-08-01' }),
        ],
        enrollment: [
          enr(DEAD, '2025-09-01', null), // Jun..Sep = 4 months
          enr(LEFT_IN_TIME, '2025-09-01', '2026-05-20'), // ended on the day of death: not after
          enr(GONE, '2025-09-01', '2026-08-02', { linked_by_name: true }), // active after, but no whole month after Aug
          enr(GHOST, '2025-01-01', null, { per_capita_kzt: 30000 }), // not in population: last 12 months
        ],
      },
      { asOf: AS_OF },
    );
    const byIin = new Map(findings.map((f) => [f.subject_id, f]));
    expect([...byIin.keys()].sort()).toEqual([DEAD, GHOST, GONE].sort());
    expect(byIin.get(DEAD)?.amount_kzt).toBe(4 * 45000);
    expect(byIin.get(DEAD)?.evidence.reason).toBe('death');
    expect(byIin.get(DEAD)?.district).toBe('ALM-TURKSIB');
    expect(byIin.get(GONE)?.amount_kzt).toBe(0);
    expect(byIin.get(GONE)?.linked_by_name).toBe(true);
    expect(byIin.get(GHOST)?.amount_kzt).toBe(12 * 30000);
    expect(byIin.get(GHOST)?.evidence.reason).toBe('not_in_population');
  });

  it('ignores enrollments that are not state funded', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [child(DEAD, { death_date: '2026-01-01' })],
        enrollment: [enr(DEAD, '2025-09-01', null, { state_funded: false })],
      },
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
  });
});

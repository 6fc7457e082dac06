import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-06-age-out-of-range';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const ORG = composeBin(2012, 1, 4, 1);

const child = (iin: string, birth: string): TinyRow => ({
  iin,
  last_name: 'Серіков',
  first_name: 'Әли',
  birth_date: birth,
  sex: 'M',
  district: 'ALM-ZHETYSU',
  address_id: 'Z',
});
const enr = (iin: string, level: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: ORG,
  child_iin: iin,
  level,
  state_funded: true,
  start_date: '2026-09-01',
  ...extra,
});

describe('EDU-06 age out of range', () => {
  it('fires at 7 in preschool and 19 in school, not at 6 or 18', async () => {
    const seven = composeIin('2019-10-15', 'M', 1); // 7 on as_of exactly
    const sixAlmostSeven = composeIin('2019-10-16', 'M', 2); // still 6
    const eighteen = composeIin('2007-10-16', 'M', 3); // 18, turns 19 tomorrow
    const nineteen = composeIin('2007-10-15', 'M', 4);
    const under1 = composeIin('2025-10-16', 'M', 5); // 0 years
    const births: Record<string, string> = {
      [seven]: '2019-10-15',
      [sixAlmostSeven]: '2019-10-16',
      [eighteen]: '2007-10-16',
      [nineteen]: '2007-10-15',
      [under1]: '2025-10-16',
    };
    const findings = await runRuleOn(
      rule,
      {
        population: Object.entries(births).map(([iin, birth]) => child(iin, birth)),
        enrollment: [
          enr(seven, 'preschool'),
          enr(sixAlmostSeven, 'preschool'),
          enr(eighteen, 'school'),
          enr(nineteen, 'school', { linked_by_name: true }),
          enr(under1, 'preschool'),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id).sort()).toEqual([seven, nineteen, under1].sort());
    const f19 = findings.find((f) => f.subject_id === nineteen);
    expect(f19?.evidence.age_full_years).toBe(19);
    expect(f19?.linked_by_name).toBe(true);
    expect(f19?.district).toBe('ALM-ZHETYSU');
  });

  it('only looks at enrollments active at as_of', async () => {
    const adult = composeIin('2000-01-01', 'F', 6);
    const findings = await runRuleOn(
      rule,
      {
        population: [child(adult, '2000-01-01')],
        enrollment: [enr(adult, 'school', { start_date: '2010-09-01', end_date: '2018-05-31' })],
      },
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
  });
});

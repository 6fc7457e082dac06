import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-03-impossible-load';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const ORG = [1, 2, 3].map((i) => composeBin(2010, 5, 4, i));
const A = composeIin('1980-01-01', 'F', 1);
const B = composeIin('1981-01-01', 'F', 2);

const staff = (iin: string, org: string, rate: number, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: org,
  iin,
  position: 'teacher',
  rate,
  hired: '2020-09-01',
  ...extra,
});

describe('EDU-03 impossible load', () => {
  it('fires above 2.0 FTE at as_of, not at exactly 2.0 (including a float sum)', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          {
            iin: A,
            last_name: 'Ким',
            first_name: 'Анна',
            birth_date: '1980-01-01',
            sex: 'F',
            district: 'ALM-MEDEU',
            address_id: 'Q',
          },
        ],
        staff: [
          staff(A, ORG[0]!, 1),
          staff(A, ORG[1]!, 0.75),
          staff(A, ORG[2]!, 0.5),
          // B: 1.1 + 0.9 = 2.0 (not above), plus a record that ended before as_of
          staff(B, ORG[0]!, 1.1),
          staff(B, ORG[1]!, 0.9),
          staff(B, ORG[2]!, 1, { left: '2026-10-14' }),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([A]);
    expect(findings[0]?.evidence.total_rate).toBe(2.25);
    expect(findings[0]?.evidence.limit_fte).toBe(2);
    expect(findings[0]?.district).toBe('ALM-MEDEU');
    expect((findings[0]?.evidence.staff as unknown[]).length).toBe(3);
  });

  it('does not count records starting after as_of', async () => {
    const findings = await runRuleOn(
      rule,
      { staff: [staff(A, ORG[0]!, 1.5), staff(A, ORG[1]!, 1, { hired: '2026-10-16' })] },
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
  });
});

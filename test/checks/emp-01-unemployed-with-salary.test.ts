import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/emp-01-unemployed-with-salary';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15'; // last 6 months: 2026-04 .. 2026-09
const PAYER = composeBin(2015, 1, 4, 1);
const WORKING = composeIin('1990-01-01', 'M', 1);
const BEFORE = composeIin('1991-01-01', 'F', 2);
const OUTSIDE = composeIin('1992-01-01', 'M', 3);

const unemployed = (
  iin: string,
  start: string,
  end: string | null,
  extra: Partial<TinyRow> = {},
): TinyRow => ({
  iin,
  status: 'unemployed',
  start_date: start,
  end_date: end,
  ...extra,
});
const pay = (iin: string, month: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  payer_bin: PAYER,
  period: `${month}-01`,
  income_kzt: 300000,
  ...extra,
});

describe('EMP-01 registered unemployed with a salary', () => {
  it('fires when unemployed and paid in the same month of the last 6', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          {
            iin: WORKING,
            last_name: 'А',
            first_name: 'Б',
            birth_date: '1990-01-01',
            sex: 'M',
            district: 'ALM-AUEZOV',
            address_id: 'A',
          },
        ],
        employment: [
          unemployed(WORKING, '2026-06-30', null), // active from June (one day counts)
          unemployed(BEFORE, '2026-01-01', '2026-06-30'), // ends in June; paid from July
          unemployed(OUTSIDE, '2026-01-01', null),
          { iin: OUTSIDE, status: 'participant', measure: 'training', start_date: '2026-05-01' },
        ],
        contributions: [
          pay(WORKING, '2026-05'),
          pay(WORKING, '2026-06', { linked_by_name: true }),
          pay(WORKING, '2026-09'),
          pay(BEFORE, '2026-07'),
          pay(OUTSIDE, '2026-03'), // before the window
          pay(OUTSIDE, '2026-10'), // month of as_of: not a whole past month
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([WORKING]);
    expect(findings[0]?.evidence.months_unemployed_and_paid).toEqual(['2026-06', '2026-09']);
    expect((findings[0]?.evidence.contributions as unknown[]).length).toBe(2);
    expect(findings[0]?.linked_by_name).toBe(true);
    expect(findings[0]?.district).toBe('ALM-AUEZOV');
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/emp-02-placement-not-confirmed';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15'; // start months 2025-10 .. 2026-07; checked: start month + 2
const PAYER = composeBin(2015, 1, 4, 1);
const iin = (n: number) => composeIin('1995-01-01', 'M', n);

const placement = (
  who: string,
  start: string,
  measure = 'permanent_job',
  extra: Partial<TinyRow> = {},
): TinyRow => ({
  iin: who,
  status: 'participant',
  measure,
  start_date: start,
  ...extra,
});
const pay = (who: string, month: string): TinyRow => ({
  iin: who,
  payer_bin: PAYER,
  period: `${month}-01`,
  income_kzt: 150000,
});

describe('EMP-02 placement not confirmed', () => {
  it('fires without contributions in the start month and the 2 after it', async () => {
    const findings = await runRuleOn(
      rule,
      {
        employment: [
          placement(iin(1), '2026-07-31', 'social_job', { linked_by_name: true }), // M-3: in range, Jul..Sep unpaid
          placement(iin(2), '2026-07-01'), // paid in September (third month): confirmed
          placement(iin(3), '2026-08-01'), // M-2: too recent
          placement(iin(4), '2025-10-01'), // M-12: in range, unpaid
          placement(iin(5), '2025-09-30'), // M-13: too old
          placement(iin(6), '2026-03-01', 'training'), // other measure
          placement(iin(7), '2026-03-01'), // paid only in June (4th month): fires
        ],
        contributions: [pay(iin(2), '2026-09'), pay(iin(7), '2026-06')],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id).sort()).toEqual([iin(1), iin(4), iin(7)].sort());
    const first = findings.find((f) => f.subject_id === iin(1));
    expect(first?.linked_by_name).toBe(true);
    expect((first?.evidence.employment as { months_checked: string }[])[0]?.months_checked).toBe(
      '2026-07..2026-09',
    );
    const seventh = findings.find((f) => f.subject_id === iin(7));
    expect((seventh?.evidence.contributions_other_months as unknown[]).length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-01-staff-without-pay';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15'; // last 6 months: 2026-04 .. 2026-09
const SCHOOL = composeBin(2010, 5, 4, 1);
const OTHER = composeBin(2011, 6, 4, 2);
const TEACHER = composeIin('1985-03-04', 'F', 1);

const org = (bin: string, district: string): TinyRow => ({
  bin,
  name: `School ${bin}`,
  kind: 'school',
  ownership: 'private',
  district,
});
const staff = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: SCHOOL,
  iin,
  position: 'teacher',
  rate: 1,
  hired: '2020-09-01',
  ...extra,
});
const paid = (iin: string, months: readonly string[], payer = SCHOOL): TinyRow[] =>
  months.map((m) => ({ iin, payer_bin: payer, period: `${m}-01`, income_kzt: 250000 }));

const organizations = [org(SCHOOL, 'ALM-AUEZOV'), org(OTHER, 'ALM-ALMALY')];

describe('EDU-01 staff without pay', () => {
  it('fires with 3 unpaid active months, not with 2', async () => {
    const other = composeIin('1990-01-01', 'M', 2);
    const findings = await runRuleOn(
      rule,
      {
        organizations,
        staff: [staff(TEACHER), staff(other)],
        contributions: [
          ...paid(TEACHER, ['2026-04', '2026-05', '2026-06']),
          ...paid(other, ['2026-04', '2026-05', '2026-06', '2026-07']),
          // paid by another organisation: does not count for this org
          ...paid(TEACHER, ['2026-07', '2026-08', '2026-09'], OTHER),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([`${SCHOOL}/${TEACHER}`]);
    const [f] = findings;
    expect(f?.period).toBeNull();
    expect(f?.district).toBe('ALM-AUEZOV');
    expect(f?.evidence.months_without_contributions).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(f?.evidence.threshold_months).toBe(3);
    expect((f?.evidence.contributions_from_org as unknown[]).length).toBe(3);
  });

  it('counts only the months in which the record is active', async () => {
    // active Jul..Sep only (hired in July), paid in none → 3 months; left in August → 2 months only
    const hiredJuly = composeIin('1991-02-02', 'F', 3);
    const leftAugust = composeIin('1992-02-02', 'F', 4);
    const findings = await runRuleOn(
      rule,
      {
        organizations,
        staff: [
          staff(hiredJuly, { hired: '2026-07-31' }),
          staff(leftAugust, { hired: '2026-07-01', left: '2026-08-01' }),
        ],
        contributions: paid(TEACHER, ['2026-01']),
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([`${SCHOOL}/${hiredJuly}`]);
    expect(findings[0]?.evidence.active_months).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('propagates linked_by_name from a staff row', async () => {
    const findings = await runRuleOn(
      rule,
      {
        organizations,
        staff: [staff(TEACHER, { linked_by_name: true })],
        contributions: paid(TEACHER, ['2026-04']),
      },
      { asOf: AS_OF },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.linked_by_name).toBe(true);
    expect(findings[0]?.amount_kzt).toBeNull();
  });
});

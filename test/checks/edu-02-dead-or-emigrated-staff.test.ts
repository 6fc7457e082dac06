import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/edu-02-dead-or-emigrated-staff';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const SCHOOL = composeBin(2010, 5, 4, 1);
const A = composeIin('1970-01-01', 'M', 1);
const B = composeIin('1971-01-01', 'F', 2);
const C = composeIin('1972-01-01', 'F', 3);

const person = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  last_name: 'Ахметова',
  first_name: 'Гүлнар',
  birth_date: '1970-01-01',
  sex: 'F',
  district: 'ALM-BOSTANDYK',
  address_id: 'X1',
  ...extra,
});
const staff = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  org_bin: SCHOOL,
  iin,
  position: 'teacher',
  rate: 1,
  hired: '2015-09-01',
  ...extra,
});

describe('EDU-02 dead or emigrated staff', () => {
  it('fires when active on the death day, not when left the day before', async () => {
    const findings = await runRuleOn(
      rule,
      {
        organizations: [
          { bin: SCHOOL, name: 'Школа', kind: 'school', ownership: 'private', district: 'ALM-AUEZOV' },
        ],
        population: [
          person(A, { death_date: '2026-03-10' }),
          person(B, { death_date: '2026-03-10' }),
          person(C, { emigration_date: '2026-05-01' }),
        ],
        staff: [
          staff(A, { left: '2026-03-10' }),
          staff(B, { left: '2026-03-09' }),
          staff(C, { linked_by_name: true }),
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id).sort()).toEqual([`${SCHOOL}/${A}`, `${SCHOOL}/${C}`].sort());
    const a = findings.find((f) => f.subject_id.endsWith(A));
    expect(a?.evidence.event).toBe('death');
    expect(a?.evidence.event_date).toBe('2026-03-10');
    expect(a?.district).toBe('ALM-AUEZOV');
    expect(a?.linked_by_name).toBe(false);
    const c = findings.find((f) => f.subject_id.endsWith(C));
    expect(c?.evidence.event).toBe('emigration');
    expect(c?.linked_by_name).toBe(true);
  });

  it('does not fire for living staff', async () => {
    const findings = await runRuleOn(rule, { population: [person(A)], staff: [staff(A)] }, { asOf: AS_OF });
    expect(findings).toEqual([]);
  });
});

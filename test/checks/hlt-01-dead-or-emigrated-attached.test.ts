import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/hlt-01-dead-or-emigrated-attached';
import { composeBin, composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15'; // months counted up to 2026-09, at most from 2025-10
const CLINIC = composeBin(2005, 3, 4, 1);
const RECENT = composeIin('1950-01-01', 'M', 1);
const LONG_AGO = composeIin('1951-01-01', 'F', 2);
const DETACHED = composeIin('1952-01-01', 'M', 3);
const LIVING = composeIin('1953-01-01', 'F', 4);

const person = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  last_name: 'Бекова',
  first_name: 'Сара',
  birth_date: '1950-01-01',
  sex: 'F',
  district: 'ALM-ALMALY',
  address_id: 'H',
  ...extra,
});
const att = (iin: string, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  clinic_bin: CLINIC,
  attached_since: '2010-01-01',
  ...extra,
});

describe('HLT-01 dead or emigrated person attached', () => {
  it('charges capitation for months after the month of death, at most 12', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          person(RECENT, { death_date: '2026-06-30' }),
          person(LONG_AGO, { emigration_date: '2023-02-01' }),
          person(DETACHED, { death_date: '2026-06-30' }),
          person(LIVING),
        ],
        phc_attachment: [
          att(RECENT), // Jul, Aug, Sep = 3 months
          att(LONG_AGO, { linked_by_name: true }), // capped at 12
          att(DETACHED, { detached_on: '2026-06-30' }), // detached on the day of death: not after
          att(LIVING),
        ],
      },
      { asOf: AS_OF },
    );
    const byIin = new Map(findings.map((f) => [f.subject_id, f]));
    expect([...byIin.keys()].sort()).toEqual([RECENT, LONG_AGO].sort());
    expect(byIin.get(RECENT)?.amount_kzt).toBe(4852.92);
    expect(byIin.get(RECENT)?.evidence.months_counted).toBe(3);
    expect(byIin.get(LONG_AGO)?.amount_kzt).toBe(19411.68);
    expect(byIin.get(LONG_AGO)?.evidence.event).toBe('emigration');
    expect(byIin.get(LONG_AGO)?.linked_by_name).toBe(true);
    expect(byIin.get(RECENT)?.district).toBe('ALM-ALMALY');
  });

  it('stops counting at the detachment month', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [person(RECENT, { death_date: '2026-03-05' })],
        phc_attachment: [att(RECENT, { detached_on: '2026-05-01' })],
      },
      { asOf: AS_OF },
    );
    // Apr and May 2026
    expect(findings[0]?.amount_kzt).toBe(3235.28);
  });
});

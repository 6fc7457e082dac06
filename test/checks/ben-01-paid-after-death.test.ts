import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/ben-01-paid-after-death';
import { composeIin } from '../../src/core/iin';
import { runRuleOn, type TinyRow } from './harness';

const AS_OF = '2026-10-15';
const DEAD = composeIin('1945-01-01', 'F', 1);
const GONE = composeIin('1980-01-01', 'M', 2);

const person = (iin: string, extra: Partial<TinyRow>): TinyRow => ({
  iin,
  last_name: 'Т',
  first_name: 'А',
  birth_date: '1945-01-01',
  sex: 'F',
  district: 'ALM-BOSTANDYK',
  address_id: 'B',
  ...extra,
});
const pay = (iin: string, month: string, amount: number, extra: Partial<TinyRow> = {}): TinyRow => ({
  iin,
  program: 'disability_benefit',
  period: `${month}-01`,
  amount_kzt: amount,
  ...extra,
});

describe('BEN-01 paid after death or emigration', () => {
  it('sums payments for months after the month of the event', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [
          person(DEAD, { death_date: '2026-03-01' }),
          person(GONE, { emigration_date: '2026-05-31' }),
        ],
        benefits: [
          pay(DEAD, '2026-03', 40000), // the month of death itself: not counted
          pay(DEAD, '2026-04', 40000),
          pay(DEAD, '2026-05', 41000.5, { program: 'transport_fare', linked_by_name: true }),
          pay(GONE, '2026-05', 15000), // month of emigration: near miss
        ],
      },
      { asOf: AS_OF },
    );
    expect(findings.map((f) => f.subject_id)).toEqual([DEAD]);
    expect(findings[0]?.amount_kzt).toBe(81000.5);
    expect(findings[0]?.evidence.months_from).toBe('2026-04');
    expect(findings[0]?.linked_by_name).toBe(true);
    expect(findings[0]?.district).toBe('ALM-BOSTANDYK');
  });
});

import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/osms-02-category-not-confirmed';
import { runRuleOn } from './harness';
import { iinOf, person } from './tiny-people';

const AS_OF = '2026-10-15';
const status = (iin: string, category: string) => ({ iin, insured: true, category, as_of: '2026-10-01' });

describe('OSMS-02 category not confirmed by its source list', () => {
  const born62 = '1963-10-16'; // 62 at as_of: under the men's pension age 63
  const born63 = '1963-10-15'; // 63 on as_of
  const born18 = '2008-10-15';
  const born17 = '2008-10-16';
  const registries = {
    population: [
      person(1),
      person(2),
      person(3, born62),
      person(4, born63),
      person(5, born18),
      person(6, born17),
    ],
    osms_status: [
      status(iinOf(1), 'registered_unemployed'),
      status(iinOf(2), 'registered_unemployed'),
      status(iinOf(3, born62), 'pensioner'),
      status(iinOf(4, born63), 'pensioner'),
      status(iinOf(5, born18), 'child'),
      status(iinOf(6, born17), 'child'),
    ],
    employment: [
      { iin: iinOf(1), status: 'unemployed', start_date: '2026-01-01', end_date: '2026-10-14' },
      { iin: iinOf(2), status: 'unemployed', start_date: '2026-01-01', end_date: '2026-10-15' },
    ],
  };

  it('fires for each unconfirmed category and not just inside the limit', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: AS_OF });
    expect(findings.map((f) => [f.subject_id, f.evidence.reason])).toEqual(
      [
        [iinOf(1), `no employment record of status unemployed active at ${AS_OF}`],
        [iinOf(3, born62), 'under pension age'],
        [iinOf(5, born18), 'aged 18 or more'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
    const pensioner = findings.find((f) => f.subject_id === iinOf(3, born62));
    expect(pensioner?.evidence).toMatchObject({ age: 62, pension_age: 63, population_line: 4 });
  });

  it('skips a sub-check whose source registry is absent instead of firing on everyone', async () => {
    const findings = await runRuleOn(rule, { ...registries, employment: [] }, { asOf: AS_OF });
    expect(findings.some((f) => f.evidence.category === 'registered_unemployed')).toBe(false);
  });

  it('checks disability and ASP categories against their lists', async () => {
    const findings = await runRuleOn(
      rule,
      {
        population: [person(1), person(2)],
        osms_status: [status(iinOf(1), 'disability'), status(iinOf(2), 'asp_nonworking')],
        disability: [{ iin: iinOf(1), group: '2', since: '2020-01-01', until: '2026-10-14' }],
        asp_cases: [
          {
            case_id: 'C1',
            period: '2026-04-01',
            district: 'ALM-MEDEU',
            applicant_iin: iinOf(2),
            address_id: 'A',
            kind: 'unconditional',
            members_count: 1,
            declared_income_kzt: 0,
            paid_kzt: 1,
          },
        ],
        asp_members: [{ case_id: 'C1', iin: iinOf(2), relation: 'applicant' }],
      },
      { asOf: AS_OF },
    );
    // Disability ended the day before as_of; the ASP case is two quarters back (Q2, not Q3/Q4).
    expect(findings.map((f) => f.evidence.category).sort()).toEqual(['asp_nonworking', 'disability']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../src/core/params';
import { computeIndicators } from '../../src/indicators/compute-indicators';
import { INDICATORS } from '../../src/indicators/indicator-catalog';
import { LANGUAGES } from '../../src/core/localized';
import { REGISTRY_NAMES, type RegistryName } from '../../src/registries/catalog';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertTinyRegistries, type TinyRegistries } from '../checks/harness';
import { iinOf, person } from '../checks/tiny-people';

async function indicatorsOf(registries: TinyRegistries) {
  return withWorkspace({ file: ':memory:' }, async (connection) => {
    await insertTinyRegistries(connection, registries);
    const counts = new Map<RegistryName, number>(REGISTRY_NAMES.map((n) => [n, registries[n]?.length ?? 0]));
    const summary = await computeIndicators(connection, {
      runId: 'r1',
      asOf: '2026-10-15',
      params: DEFAULT_PARAMETERS,
      rowsPerRegistry: counts,
    });
    const rows = await queryRows<{ key: string; computed: number | null; reported: number | null }>(
      connection,
      `SELECT district || ' ' || indicator || ' ' || period AS key, computed, reported FROM indicators WHERE run_id = 'r1'`,
    );
    return { summary, values: new Map(rows.map((r) => [r.key, [r.computed, r.reported]])) };
  });
}

describe('indicators', () => {
  it('are data with labels in three languages and unique codes', () => {
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) for (const l of LANGUAGES) expect(i.label[l], `${i.code}.${l}`).toMatch(/\S/);
    expect(INDICATORS.map((i) => i.code)).toContain('employment_measures_social_job');
  });

  it('compute the last complete quarter by district, on its last day', async () => {
    const { summary, values } = await indicatorsOf({
      population: [
        person(1),
        person(2),
        person(3, '2012-01-01'),
        person(4, '1985-03-01', { death_date: '2026-09-30' }),
        person(5, '1985-03-01', { district: 'ALM-ALMALY' }),
      ],
      osms_status: [
        { iin: iinOf(1), insured: true, category: 'employee', as_of: '2026-09-01' },
        { iin: iinOf(5), insured: false, category: 'none', as_of: '2026-09-01' },
      ],
      employment: [
        { iin: iinOf(2), status: 'unemployed', start_date: '2026-01-01', end_date: null },
        {
          iin: iinOf(2),
          status: 'participant',
          measure: 'training',
          start_date: '2026-08-01',
          end_date: '2026-09-30',
        },
        // Ended before the quarter's last day: not in the state on that day.
        {
          iin: iinOf(2),
          status: 'participant',
          measure: 'social_job',
          start_date: '2026-07-01',
          end_date: '2026-08-31',
        },
      ],
      organizations: [
        {
          bin: '990940003030',
          name: 'School 1',
          kind: 'school',
          ownership: 'state',
          district: 'ALM-ALMALY',
          capacity: 500,
        },
      ],
      enrollment: [
        {
          org_bin: '990940003030',
          child_iin: iinOf(3, '2012-01-01'),
          level: 'school',
          state_funded: true,
          start_date: '2020-09-01',
        },
      ],
      asp_cases: [
        {
          case_id: 'C1',
          period: '2026-07-01',
          district: 'ALM-MEDEU',
          applicant_iin: iinOf(2),
          address_id: 'A',
          kind: 'unconditional',
          members_count: 2,
          declared_income_kzt: 0,
          paid_kzt: 1000,
        },
        {
          case_id: 'C2',
          period: '2026-04-01',
          district: 'ALM-MEDEU',
          applicant_iin: iinOf(2),
          address_id: 'A',
          kind: 'unconditional',
          members_count: 1,
          declared_income_kzt: 0,
          paid_kzt: 500,
        },
      ],
      asp_members: [
        { case_id: 'C1', iin: iinOf(2), relation: 'applicant' },
        { case_id: 'C1', iin: iinOf(3, '2012-01-01'), relation: 'child' },
      ],
      reported: [{ district: 'ALM-MEDEU', indicator: 'asp_families', period: '2026-04-01', value: 7 }],
    });
    expect(summary.period).toBe('2026-Q3');
    const v = (key: string) => values.get(`${key}`)?.[0];
    // Person 4 died on the quarter's last day: not living then.
    expect(v('ALM-MEDEU population 2026-Q3')).toBe(3);
    expect(v('ALM-MEDEU osms_insured 2026-Q3')).toBe(1);
    expect(v('ALM-MEDEU osms_uninsured 2026-Q3')).toBe(2);
    expect(v('ALM-MEDEU osms_coverage_pct 2026-Q3')).toBeCloseTo(100 / 3, 6);
    expect(v('ALM-ALMALY osms_coverage_pct 2026-Q3')).toBe(0);
    expect(v('ALM-MEDEU asp_families 2026-Q3')).toBe(1);
    expect(v('ALM-MEDEU asp_persons 2026-Q3')).toBe(2);
    expect(v('ALM-MEDEU asp_paid_kzt 2026-Q3')).toBe(1000);
    expect(v('ALM-ALMALY school_enrolled 2026-Q3')).toBe(1);
    expect(v('ALM-ALMALY school_capacity 2026-Q3')).toBe(500);
    expect(v('ALM-MEDEU registered_unemployed 2026-Q3')).toBe(1);
    expect(v('ALM-MEDEU employment_measures_training 2026-Q3')).toBe(1);
    expect(v('ALM-MEDEU employment_measures_social_job 2026-Q3')).toBe(0);
    expect(v('ALM-MEDEU employment_measures 2026-Q3')).toBe(1);
    expect(v('ALM-ALMALY asp_families 2026-Q3')).toBe(0);
    expect(values.get('ALM-MEDEU asp_families 2026-Q2')).toEqual([null, 7]);
    expect(summary.notComputed.map((n) => n.indicator)).toContain('no_phc_visit_2y');
    expect([...values.keys()].some((k) => k.includes('no_phc_visit_2y'))).toBe(false);
  });
});

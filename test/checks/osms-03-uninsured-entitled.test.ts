import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/osms-03-uninsured-entitled';
import { runRuleOn } from './harness';
import { iinOf, person } from './tiny-people';

const AS_OF = '2026-10-15';
const uninsured = (iin: string) => ({ iin, insured: false, category: 'none', as_of: '2026-10-01' });

describe('OSMS-03 uninsured but entitled', () => {
  const kid = '2016-01-01';
  const registries = {
    population: [
      person(1, kid),
      person(2),
      person(3),
      person(4, kid, { death_date: '2026-05-01' }),
      person(5, '2008-10-16'),
      person(6, '2008-10-15'),
    ],
    osms_status: [
      uninsured(iinOf(1, kid)),
      uninsured(iinOf(2)),
      uninsured(iinOf(3)),
      uninsured(iinOf(4, kid)),
      uninsured(iinOf(5, '2008-10-16')),
      uninsured(iinOf(6, '2008-10-15')),
    ],
    disability: [{ iin: iinOf(3), group: '3', since: '2025-01-01', until: null }],
  };

  it('fires for uninsured persons the registries place in a state-paid category', async () => {
    const findings = await runRuleOn(rule, registries, { asOf: AS_OF });
    const byIin = new Map(
      findings.map((f) => [f.subject_id, f.evidence.qualifies_for as { category: string }[]]),
    );
    // Person 5 is 17 (a child); person 6 turned 18 on as_of; person 2 qualifies for nothing; person 4 is dead.
    expect([...byIin.keys()].sort()).toEqual([iinOf(1, kid), iinOf(3), iinOf(5, '2008-10-16')].sort());
    expect(byIin.get(iinOf(3))?.map((q) => q.category)).toEqual(['disability']);
    expect(byIin.get(iinOf(1, kid))?.[0]).toMatchObject({ category: 'child', why: `aged 10 at ${AS_OF}` });
  });

  it('does not fire for the insured', async () => {
    const insured = {
      ...registries,
      osms_status: registries.osms_status.map((s) => ({ ...s, insured: true })),
    };
    expect(await runRuleOn(rule, insured, { asOf: AS_OF })).toEqual([]);
  });
});

import { addDays, birthDateForAge } from '../dates';
import { nearMiss, positive } from '../truth/truth-finding';
import { EMPTY_PROFILE } from '../city/profile';
import { plantFamily, writeCase } from './asp-kit';
import type { PlantKit } from './plant-kit';

/**
 * OSMS-01..03 (health insurance). Readings: "the last 3 months" are the three whole
 * months before as_of's month; ages at as_of in full years (a birthday on as_of counts);
 * a source record is active at as_of when start <= as_of <= end.
 */
export function plantOsmsAnomalies(kit: PlantKit): void {
  const { t } = kit;
  const m = t.asOfMonth;
  const longAgo = addDays(t.stableFrom, -400);
  const unemployedSince = (start: string, end: string | null) => ({
    status: 'unemployed' as const,
    measure: null,
    start,
    end,
    amount: null,
  });

  // OSMS-01: state-paid category with a salary in the last 3 months.
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'F', age: 30 });
    kit.write(p, {
      jobs: [kit.job(kit.org('employer', h.district), 240000, [m - 1])],
      osms: { category: 'pregnant_nonworking', insured: true },
    });
    kit.truth(positive('OSMS-01', p.iin));
  }
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'M', age: 35 });
    kit.write(p, {
      jobs: [kit.job(kit.org('employer', h.district), 200000, [m - 2])],
      employment: [unemployedSince(longAgo, null)],
      osms: { category: 'registered_unemployed', insured: true },
    });
    kit.truth(positive('OSMS-01', p.iin));
    kit.truth(positive('EMP-01', p.iin));
  }
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'F', age: 28 });
    kit.write(p, {
      jobs: [kit.job(kit.org('employer', h.district), 180000, [m - 4])],
      osms: { category: 'parent_child_under3_nonworking', insured: true },
    });
    kit.truth(nearMiss('OSMS-01', p.iin));
  }

  // OSMS-02: category not confirmed by its source list.
  const single = (
    spec: Parameters<PlantKit['person']>[1],
    profile: Parameters<PlantKit['write']>[1],
    expect: 'positive' | 'near_miss',
    household = kit.household(),
  ): void => {
    const p = kit.person(household, spec);
    kit.write(p, profile);
    kit.truth(expect === 'positive' ? positive('OSMS-02', p.iin) : nearMiss('OSMS-02', p.iin));
  };
  const unemployedOsms = { category: 'registered_unemployed', insured: true };
  single(
    { sex: 'M', age: 44 },
    { employment: [unemployedSince(longAgo, addDays(t.asOf, -1))], osms: unemployedOsms },
    'positive',
  );
  single(
    { sex: 'M', age: 46 },
    { employment: [unemployedSince(longAgo, t.asOf)], osms: unemployedOsms },
    'near_miss',
  );
  const pensionerOsms = { category: 'pensioner', insured: true };
  single(
    { sex: 'M', birthDate: birthDateForAge(addDays(t.asOf, 30), 63) },
    { osms: pensionerOsms },
    'positive',
  );
  single({ sex: 'M', birthDate: birthDateForAge(t.asOf, 63) }, { osms: pensionerOsms }, 'near_miss');
  const childOsms = { category: 'child', insured: true };
  single({ sex: 'F', birthDate: birthDateForAge(t.asOf, 18), child: true }, { osms: childOsms }, 'positive');
  {
    const h = kit.household();
    kit.earner(h, 'F', 44);
    single(
      { sex: 'M', birthDate: birthDateForAge(addDays(t.asOf, 1), 18), child: true },
      { osms: childOsms },
      'near_miss',
      h,
    );
  }
  const disabilityOsms = { category: 'disability', insured: true };
  single(
    { sex: 'F', age: 50 },
    { disability: [{ group: '3', since: longAgo, until: addDays(t.asOf, -1) }], osms: disabilityOsms },
    'positive',
  );
  single(
    { sex: 'M', age: 52 },
    { disability: [{ group: '3', since: longAgo, until: t.asOf }], osms: disabilityOsms },
    'near_miss',
  );
  {
    const qm1 = t.quarters[3] ?? t.previous;
    // On ASP only two quarters ago, still claiming asp_nonworking.
    const h = kit.household();
    const claimant = kit.person(h, { sex: 'F', age: 47 });
    const training = {
      status: 'participant' as const,
      measure: 'training',
      start: longAgo,
      end: null,
      amount: 0,
    };
    const claimantProfile = {
      ...EMPTY_PROFILE,
      employment: [training],
      osms: { category: 'asp_nonworking', insured: true },
    };
    kit.write(claimant, claimantProfile);
    writeCase(kit, [{ person: claimant, relation: 'applicant', profile: claimantProfile }], qm1);
    kit.truth(positive('OSMS-02', claimant.iin));
    const recent = plantFamily(kit, [{ sex: 'M', age: 50, relation: 'applicant' }], [t.previous]);
    writeCase(kit, recent.members, t.previous);
    if (recent.members[0]) kit.truth(nearMiss('OSMS-02', recent.members[0].person.iin));
  }

  // OSMS-03: uninsured although the registries show a state-paid category.
  const none = { category: 'none', insured: false };
  const uninsured = (
    spec: Parameters<PlantKit['person']>[1],
    profile: Parameters<PlantKit['write']>[1],
    expect: 'positive' | 'near_miss',
    household = kit.household(),
  ): string => {
    const p = kit.person(household, spec);
    kit.write(p, { ...profile, osms: none });
    kit.truth(expect === 'positive' ? positive('OSMS-03', p.iin) : nearMiss('OSMS-03', p.iin));
    return p.iin;
  };
  {
    const h = kit.household();
    kit.earner(h, 'M', 39);
    uninsured({ sex: 'F', age: 10, child: true }, {}, 'positive', h);
  }
  uninsured({ sex: 'F', age: 65 }, {}, 'positive');
  uninsured({ sex: 'F', birthDate: birthDateForAge(addDays(t.asOf, 1), 61) }, {}, 'near_miss');
  uninsured({ sex: 'M', age: 40 }, { disability: [{ group: '3', since: longAgo, until: null }] }, 'positive');
  uninsured({ sex: 'M', age: 37 }, { employment: [unemployedSince(longAgo, null)] }, 'positive');
  {
    const h = kit.household();
    const p = kit.person(h, { sex: 'F', age: 50 });
    kit.write(p, {
      osms: none,
      employment: [{ status: 'participant', measure: 'training', start: longAgo, end: null, amount: 0 }],
    });
    writeCase(kit, [{ person: p, relation: 'applicant', profile: EMPTY_PROFILE }], t.current);
    kit.truth(positive('OSMS-03', p.iin));
  }
}

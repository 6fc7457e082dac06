import { ALMATY_CITY_DISTRICTS } from '../../core/districts';
import type { Sex } from '../../core/iin';
import { povertyLine } from '../../core/params';
import { addDays, ageAt } from '../dates';
import {
  draftAspCase,
  isAbleBodied,
  pensionAge,
  writeAspCase,
  type AspMember,
  type Relation,
} from './asp-family';
import { OUTLIER_DISTRICT, type CityContext } from './city-context';
import type { Organisation } from './organisations';
import type { Person } from './person';
import { writePersonRecords } from './person-records';
import { backgroundProfile } from './background-profile';
import type { Role } from './roles';
import { EMPTY_PROFILE, type Profile } from './profile';

interface Slot {
  readonly person: Person;
  readonly relation: Relation;
}

/**
 * One household of the clean background: a family at its own address, with jobs,
 * insurance, schooling, health care and, when poor with children, ASP in every quarter.
 * Designed so that no rule of checks.md fires on it (see docs in the report):
 * families with children are either clearly poor (and on ASP) or above twice the
 * poverty line, every state-paid category is backed by its source list, nobody dies
 * or leaves within the reported quarters.
 */
export function writeBackgroundHousehold(ctx: CityContext, doctorAt: Organisation | null): number {
  const { random, factory, timeline, params } = ctx;
  const district = doctorAt?.district ?? random.pick(ALMATY_CITY_DISTRICTS).code;
  const h = factory.newHousehold(district);
  const slots: Slot[] = [];
  const add = (relation: Relation, sex: Sex, age: number, child = false): Person => {
    const person = factory.person(h, { sex, age, child });
    slots.push({ person, relation });
    return person;
  };
  const roll = doctorAt ? 0.5 : random.next();
  if (roll < 0.42) {
    const fatherAge = random.int(25, 52);
    const single = random.chance(0.15);
    if (!single) add('applicant', 'M', fatherAge);
    const motherAge = Math.max(22, fatherAge - random.int(0, 5));
    add(single ? 'applicant' : 'spouse', 'F', motherAge);
    const kids = random.pick([1, 1, 2, 2, 2, 3, 3, 4, 5]);
    for (let i = 0; i < kids; i++)
      add('child', random.chance(0.5) ? 'M' : 'F', random.int(2, Math.min(17, motherAge - 19)), true);
    if (random.chance(0.15)) add('parent', random.chance(0.4) ? 'M' : 'F', random.int(64, 86));
  } else if (roll < 0.57) {
    // A clinic's doctor household (roll 0.5) must have a working-age first member: a clinic
    // without doctors would write its services with an empty (required) doctor_iin.
    const age = random.int(23, doctorAt ? 60 : 75);
    add('applicant', 'M', age);
    add('spouse', 'F', Math.max(20, age - random.int(0, 6)));
  } else if (roll < 0.77) {
    add('applicant', random.chance(0.5) ? 'M' : 'F', random.int(20, 60));
  } else if (roll < 0.92) {
    add('applicant', 'F', random.int(63, 90));
    if (random.chance(0.5)) add('spouse', 'M', random.int(64, 90));
  } else {
    add('applicant', 'M', random.int(45, 60));
    add('spouse', 'F', random.int(43, 58));
    add('child', random.chance(0.5) ? 'M' : 'F', random.int(18, 25), true);
  }

  const at = timeline.asOf;
  const kids = slots.filter((s) => ageAt(s.person.birthDate, at) < 18);
  const adults = slots.filter((s) => ageAt(s.person.birthDate, at) >= 18);
  const working = adults.filter((s) => ageAt(s.person.birthDate, at) < pensionAge(params, s.person));
  const outlier = district === OUTLIER_DISTRICT;
  const poor = !doctorAt && kids.length > 0 && random.chance(0.1);
  const roles = new Map<Person, Role>();
  const members = slots.length;
  const plMin = povertyLine(params, timeline.quarters[1]?.year ?? timeline.current.year);
  const plMax = povertyLine(params, timeline.current.year + 1);

  for (const s of slots) {
    const age = ageAt(s.person.birthDate, at);
    if (age < 18) roles.set(s.person, { kind: 'child' });
    else if (age >= pensionAge(params, s.person)) roles.set(s.person, { kind: 'pensioner' });
  }
  if (poor) {
    const cap = Math.floor((0.8 * plMin * members) / 1000) * 1000;
    working.forEach((s, i) => {
      if (i === 0 && cap >= 60000) {
        const org = ctx.orgs.pick(district, 'employer');
        roles.set(s.person, {
          kind: 'employee',
          org,
          income: random.int(60, cap / 1000) * 1000,
          position: null,
        });
      } else roles.set(s.person, { kind: 'asp_nonworking' });
    });
  } else {
    const pEmployed = outlier ? 0.1 : 0.75;
    const hasToddler = kids.some((k) => ageAt(k.person.birthDate, at) < 3);
    working.forEach((s, i) => {
      if ((doctorAt && i === 0) || (kids.length > 0 && i === 0) || random.chance(pEmployed)) {
        roles.set(s.person, employeeRole(ctx, district, i === 0 ? doctorAt : null));
      } else if (s.person.sex === 'F' && hasToddler && !outlier)
        roles.set(s.person, { kind: 'carer_under3' });
      else if (outlier || random.chance(0.7)) roles.set(s.person, { kind: 'uninsured' });
      else if (random.chance(0.5)) roles.set(s.person, { kind: 'unemployed' });
      else roles.set(s.person, { kind: 'self_employed' });
    });
    // Families with children stay at least twice above the poverty line (OUT-01 clean).
    const earners = working.map((s) => roles.get(s.person)).filter((r) => r?.kind === 'employee');
    const total = earners.reduce((sum, r) => sum + (r?.kind === 'employee' ? r.income : 0), 0);
    const needed = Math.ceil((2 * plMax * members) / 1000) * 1000;
    const first = working[0];
    const firstRole = first ? roles.get(first.person) : undefined;
    if (kids.length > 0 && total < needed && first && firstRole?.kind === 'employee') {
      roles.set(first.person, { ...firstRole, income: firstRole.income + needed - total });
    }
  }

  // ASP: the quarters Q-3 .. Qc, members able-bodied in any of them take a measure.
  const aspQuarters = poor ? timeline.quarters.slice(1) : [];
  const measured = new Set<Person>();
  for (const q of aspQuarters) {
    for (const s of slots) if (isAbleBodied(params, s.person, q.start)) measured.add(s.person);
  }
  const profiles = new Map(
    slots.map((s) => [
      s.person,
      backgroundProfile(ctx, s.person, roles.get(s.person) ?? { kind: 'uninsured' }, {
        poor,
        measure: measured.has(s.person),
        kidsInHousehold: kids.length,
        isMother: s.relation !== 'child' && s.person.sex === 'F' && kids.length >= 4,
      }),
    ]),
  );
  for (const s of slots)
    writePersonRecords(ctx.w, s.person, profiles.get(s.person) ?? backgroundProfileFallback(), 'auto');
  writeLeftMember(ctx, h);

  const aspMembers: AspMember[] = slots.map((s) => ({
    person: s.person,
    relation: s.relation,
    profile: profiles.get(s.person) ?? backgroundProfileFallback(),
  }));
  timeline.quarters.forEach((q, i) => {
    const base = timeline.quarters[i - 1];
    if (i === 0 || !base || !aspQuarters.includes(q)) return;
    const draft = draftAspCase(params, ctx.nextCaseId(q), q, base, aspMembers);
    if (draft.formulaCents > 0) writeAspCase(ctx.w, draft, base);
  });
  return slots.length;
}

function employeeRole(ctx: CityContext, district: string, doctorAt: Organisation | null): Role {
  const { random, orgs } = ctx;
  if (doctorAt) {
    return { kind: 'employee', org: doctorAt, income: random.int(300, 600) * 1000, position: 'doctor' };
  }
  if (random.chance(0.12)) {
    const kind = random.pick(['school', 'school', 'kindergarten', 'clinic'] as const);
    const org = orgs.pick(district, kind);
    const position = kind === 'school' ? 'teacher' : kind === 'kindergarten' ? 'educator' : 'nurse';
    return { kind: 'employee', org, income: random.int(200, 450) * 1000, position };
  }
  const org = orgs.pick(random.pick(ALMATY_CITY_DISTRICTS).code, 'employer');
  return { kind: 'employee', org, income: random.int(180, 800) * 1000, position: null };
}

/** About one household in 40 also lists a member who died or left years ago (no other records). */
function writeLeftMember(ctx: CityContext, h: ReturnType<CityContext['factory']['newHousehold']>): void {
  const { random, timeline, factory } = ctx;
  if (!random.chance(0.025)) return;
  const when = addDays(timeline.stableFrom, -random.int(30, 1500));
  const died = random.chance(0.6);
  const birthDate = factory.birthDateFor(random.int(died ? 70 : 25, died ? 95 : 50));
  const person = factory.person(h, {
    sex: random.chance(0.5) ? 'M' : 'F',
    birthDate,
    deathDate: died ? when : null,
    emigrationDate: died ? null : when,
  });
  writePersonRecords(ctx.w, person, backgroundProfileFallback());
}

function backgroundProfileFallback(): Profile {
  return EMPTY_PROFILE;
}

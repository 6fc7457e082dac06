import { addDays, ageAt } from '../dates';
import type { CityContext } from './city-context';
import type { Person } from './person';
import type {
  Attachment,
  BenefitPayment,
  DisabilityRecord,
  Enrollment,
  Profile,
  QueueEntry,
  Service,
} from './profile';
import type { Role } from './roles';

const SERVICE_CODES = ['A01.001', 'A01.002', 'B03.016', 'C02.010', 'D01.004', 'E05.120'] as const;

export interface HouseholdFacts {
  readonly poor: boolean;
  /** Able-bodied in some ASP quarter: takes an employment measure (ASP-06 clean). */
  readonly measure: boolean;
  readonly kidsInHousehold: number;
  readonly isMother: boolean;
}

const CATEGORY: Readonly<Record<Role['kind'], string>> = {
  employee: 'employee',
  unemployed: 'registered_unemployed',
  asp_nonworking: 'asp_nonworking',
  carer_under3: 'parent_child_under3_nonworking',
  uninsured: 'none',
  self_employed: 'self_employed',
  pensioner: 'pensioner',
  child: 'child',
};

/**
 * The registry records of one background person. Every state-paid OSMS category is
 * backed by its source list, every staff member is paid each month, every child is in
 * one organisation, everyone living is attached to one clinic of their district.
 */
export function backgroundProfile(ctx: CityContext, p: Person, role: Role, facts: HouseholdFacts): Profile {
  const { random, timeline, orgs } = ctx;
  const at = timeline.asOf;
  const age = ageAt(p.birthDate, at);
  const lastYear = timeline.contributionMonths.slice(-12);
  const stable = timeline.stableFrom;

  const disability: DisabilityRecord[] = [];
  if (!facts.poor) {
    if (role.kind === 'child' && age <= 15 && random.chance(0.02)) {
      disability.push({ group: 'child', since: addDays(stable, -random.int(30, 200)), until: null });
    } else if (role.kind === 'pensioner' && random.chance(0.05)) {
      disability.push({
        group: random.chance(0.5) ? '1' : '2',
        since: addDays(stable, -random.int(30, 3000)),
        until: null,
      });
    } else if ((role.kind === 'uninsured' || role.kind === 'self_employed') && random.chance(0.05)) {
      disability.push({ group: '3', since: addDays(stable, -random.int(30, 3000)), until: null });
    }
  }
  let category = CATEGORY[role.kind];
  if (disability.length > 0 && (role.kind === 'uninsured' || role.kind === 'self_employed'))
    category = 'disability';
  const insured = category !== 'none';

  const benefits: BenefitPayment[] = [];
  if (disability.length > 0) {
    const amount = disability[0]?.group === 'child' ? 45000 : 60000;
    for (const m of lastYear) benefits.push({ program: 'disability_benefit', month: m, amount });
  }
  if (role.kind === 'pensioner' && random.chance(0.6)) {
    for (const m of lastYear) benefits.push({ program: 'transport_fare', month: m, amount: 2000 });
  }
  if (facts.isMother)
    for (const m of lastYear) benefits.push({ program: 'large_family', month: m, amount: 25000 });

  const employment = [];
  if (role.kind === 'unemployed') {
    employment.push({
      status: 'unemployed' as const,
      measure: null,
      start: addDays(stable, -random.int(60, 900)),
      end: null,
      amount: null,
    });
  }
  if (facts.measure) {
    employment.push({
      status: 'participant' as const,
      measure: 'training',
      start: addDays(stable, -random.int(30, 300)),
      end: null,
      amount: 0,
    });
  }

  const jobs = [];
  const staff = [];
  if (role.kind === 'employee') {
    jobs.push({ payerBin: role.org.bin, monthlyIncome: role.income, months: timeline.contributionMonths });
    if (role.position) {
      if (role.position === 'doctor') role.org.doctors.push(p.iin);
      const rate = random.pick([1, 1, 1, 1, 0.5, 1.25, 1.5]);
      staff.push({
        orgBin: role.org.bin,
        position: role.position,
        rate,
        hired: addDays(stable, -random.int(100, 5000)),
        left: null,
      });
    }
  }

  const enrollments: Enrollment[] = [];
  const queue: QueueEntry[] = [];
  if (role.kind === 'child') {
    if (age >= 3 && age <= 5 && random.chance(0.7)) {
      const org = orgs.pick(p.district, 'kindergarten');
      org.load++;
      const funded = org.ownership === 'state' || random.chance(0.85);
      enrollments.push({
        orgBin: org.bin,
        level: 'preschool',
        grade: age === 3 ? 'младшая группа' : age === 4 ? 'средняя группа' : 'старшая группа',
        stateFunded: funded,
        perCapita: funded && org.ownership === 'private' ? 48000 : null,
        start: addDays(stable, -random.int(10, 200)),
        end: null,
      });
      queue.push({
        district: p.district,
        registeredOn: addDays(p.birthDate, 60),
        status: 'placed',
        placedOrgBin: org.bin,
      });
    } else if (age <= 2) {
      queue.push({
        district: p.district,
        registeredOn: addDays(p.birthDate, 60),
        status: 'waiting',
        placedOrgBin: null,
      });
    } else if (age >= 7 && random.chance(0.97)) {
      const org = orgs.pick(p.district, 'school');
      org.load++;
      const firstSeptember = `${Number(p.birthDate.slice(0, 4)) + 7}-09-01`;
      const start = firstSeptember < stable ? firstSeptember : addDays(stable, -10);
      enrollments.push({
        orgBin: org.bin,
        level: 'school',
        grade: String(Math.min(11, Math.max(1, age - 6))),
        stateFunded: true,
        perCapita: org.ownership === 'private' ? 38000 : null,
        start,
        end: null,
      });
    }
  }

  const clinic = orgs.pick(p.district, 'clinic');
  clinic.load++;
  const attachedSince = addDays(stable, -random.int(400, 4000));
  const attachments: Attachment[] = [
    {
      clinicBin: clinic.bin,
      since: attachedSince > p.birthDate ? attachedSince : p.birthDate,
      detached: null,
    },
  ];
  const services: Service[] = [];
  const count = clinic.doctors.length === 0 || random.chance(0.3) ? 0 : random.int(1, 4);
  const firstQuarter = timeline.quarters[0];
  for (let i = 0; i < count && firstQuarter; i++) {
    // The first visit falls in Q-4 so that the "no visit in 2 years" series is stable.
    const from = firstQuarter.start;
    const span = i === 0 ? 85 : Math.max(1, Math.round((Date.parse(at) - Date.parse(from)) / 86_400_000) - 1);
    services.push({
      clinicBin: clinic.bin,
      doctorIin: random.pick(clinic.doctors),
      date: addDays(from, random.int(0, span - 1)),
      code: random.pick(SERVICE_CODES),
      paid: random.int(2, 15) * 1000,
    });
  }

  return {
    osms: { category, insured },
    jobs,
    staff,
    employment,
    disability,
    benefits,
    attachments,
    services,
    enrollments,
    queue,
  };
}

import type { Sex } from '../../core/iin';
import { addDays } from '../dates';
import {
  baseMonths,
  draftAspCase,
  isAbleBodied,
  writeAspCase,
  type AspCaseDraft,
  type AspMember,
  type Relation,
} from '../city/asp-family';
import type { Person } from '../city/person';
import type { HouseholdContext } from '../city/person-factory';
import { EMPTY_PROFILE, type EmploymentRecord, type Job, type Profile } from '../city/profile';
import type { Quarter } from '../timeline';
import type { PlantKit } from './plant-kit';

export interface MemberSpec {
  readonly sex: Sex;
  readonly age: number;
  readonly relation: Relation;
  readonly deathDate?: string;
  readonly emigrationDate?: string;
  readonly jobs?: (kit: PlantKit, person: Person) => readonly Job[];
  /** Default: able-bodied members take a training measure overlapping every quarter. */
  readonly measure?: EmploymentRecord | null;
  /**
   * The quarters whose cases this member is written on, when not all of the family's (a
   * member left behind when another moves to a second family): OSMS-02 needs an
   * `asp_nonworking` member on a case of the current or previous quarter.
   */
  readonly caseQuarters?: readonly Quarter[];
}

export interface PlantedFamily {
  readonly household: HouseholdContext;
  readonly members: readonly AspMember[];
}

/**
 * A planted ASP family: persons with the OSMS category their cases justify
 * (`asp_nonworking` when on a case of the last complete or current quarter), the
 * default training measure for the able-bodied, then the cases the scenario asks for.
 */
export function plantFamily(
  kit: PlantKit,
  specs: readonly MemberSpec[],
  caseQuarters: readonly Quarter[],
  h: HouseholdContext = kit.household(),
): PlantedFamily {
  const isRecent = (q: Quarter): boolean => q === kit.t.previous || q === kit.t.current;
  const members: AspMember[] = [];
  for (const spec of specs) {
    const onRecentCase = (spec.caseQuarters ?? caseQuarters).some(isRecent);
    const person = kit.person(h, {
      sex: spec.sex,
      age: spec.age,
      child: spec.relation === 'child',
      deathDate: spec.deathDate ?? null,
      emigrationDate: spec.emigrationDate ?? null,
    });
    const jobs = spec.jobs ? spec.jobs(kit, person) : [];
    const ableBodied = caseQuarters.some((q) => isAbleBodied(kit.ctx.params, person, q.start));
    const measure: EmploymentRecord | null =
      spec.measure !== undefined
        ? spec.measure
        : ableBodied
          ? {
              status: 'participant',
              measure: 'training',
              start: addDays(kit.t.stableFrom, -90),
              end: null,
              amount: 0,
            }
          : null;
    const profile: Profile = { ...EMPTY_PROFILE, jobs, employment: measure ? [measure] : [] };
    const base = kit.defaultOsms(person, profile);
    const osms =
      base && base.category === 'none' && onRecentCase ? { category: 'asp_nonworking', insured: true } : base;
    kit.write(person, { ...profile, osms });
    members.push({ person, relation: spec.relation, profile: { ...profile, osms } });
  }
  return { household: h, members };
}

/** The quarter before a quarter of the timeline. */
export function baseOf(kit: PlantKit, q: Quarter): Quarter {
  const i = kit.t.quarters.indexOf(q);
  const base = kit.t.quarters[i - 1];
  if (!base) throw new RangeError(`no base quarter for ${q.label}`);
  return base;
}

export function writeCase(
  kit: PlantKit,
  members: readonly AspMember[],
  q: Quarter,
  overrides: Parameters<typeof draftAspCase>[5] = {},
): AspCaseDraft {
  const base = baseOf(kit, q);
  const draft = draftAspCase(kit.ctx.params, kit.ctx.nextCaseId(q), q, base, members, overrides);
  writeAspCase(kit.w, draft, base);
  return draft;
}

/** A job paying `totalCents` over the base quarter of q, split over its three months. */
export function baseQuarterJob(kit: PlantKit, district: string, q: Quarter, totalCents: number): Job[] {
  const months = baseMonths(baseOf(kit, q));
  const part = Math.floor(totalCents / 3);
  const employer = kit.org('employer', district);
  return months.map((m, i) => ({
    payerBin: employer.bin,
    monthlyIncome: (i === 2 ? totalCents - 2 * part : part) / 100,
    months: [m],
  }));
}

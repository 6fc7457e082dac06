import { ALMATY_CITY_DISTRICTS } from '../../core/districts';
import type { Sex } from '../../core/iin';
import { povertyLine } from '../../core/params';
import { ageAt } from '../dates';
import { pensionAge } from '../city/asp-family';
import type { CityContext } from '../city/city-context';
import type { OrgKind, Organisation } from '../city/organisations';
import { isLivingOn, type Person } from '../city/person';
import type { HouseholdContext, PersonSpec } from '../city/person-factory';
import { writePersonRecords } from '../city/person-records';
import { EMPTY_PROFILE, type Job, type Profile } from '../city/profile';
import type { LinkMode } from '../output/link-planter';
import type { TruthFinding } from '../truth/truth-finding';

/** Districts the planted scenarios rotate through, so that no small district is skewed. */
const ROTATION = ALMATY_CITY_DISTRICTS.map((d) => d.code).filter((c) => c !== 'ALM-NAURYZBAY');

/**
 * Small helpers shared by the anomaly modules: planted persons live in their own
 * households at their own addresses, carry only the records their scenario needs, and
 * get an OSMS row consistent with the rules unless the scenario says otherwise.
 */
export class PlantKit {
  persons = 0;
  private turn = 0;

  constructor(readonly ctx: CityContext) {}

  get t() {
    return this.ctx.timeline;
  }

  get w() {
    return this.ctx.w;
  }

  truth(f: TruthFinding): void {
    this.ctx.w.truth.finding(f);
  }

  nextDistrict(): string {
    this.turn++;
    return ROTATION[this.turn % ROTATION.length] ?? 'ALM-ALMALY';
  }

  household(
    district = this.nextDistrict(),
    at?: { readonly addressId: string; readonly address: string },
  ): HouseholdContext {
    return this.ctx.factory.newHousehold(district, at);
  }

  person(h: HouseholdContext, spec: PersonSpec): Person {
    this.persons++;
    return this.ctx.factory.person(h, spec);
  }

  /** Write a planted person; `osms` defaults to what the registries justify (see defaultOsms). */
  write(p: Person, profile: Partial<Profile> = {}, link: LinkMode = 'never'): void {
    const full: Profile = { ...EMPTY_PROFILE, ...profile };
    const osms = 'osms' in profile ? (profile.osms ?? null) : this.defaultOsms(p, full);
    writePersonRecords(this.ctx.w, p, { ...full, osms }, link);
  }

  /**
   * Child under 18 → child; pension age → pensioner; contributions in the last 3 months →
   * employee; otherwise `none`, uninsured (scenarios that need more pass `osms`).
   * Persons not living on the last day of the last complete quarter get no row.
   */
  defaultOsms(p: Person, profile: Profile): Profile['osms'] {
    if (!isLivingOn(p, this.t.previous.end)) return null;
    const age = ageAt(p.birthDate, this.t.asOf);
    if (age < 18) return { category: 'child', insured: true };
    if (age >= pensionAge(this.ctx.params, p)) return { category: 'pensioner', insured: true };
    const recent = this.lastMonths(3);
    if (profile.jobs.some((j) => j.months.some((m) => recent.includes(m))))
      return { category: 'employee', insured: true };
    return { category: 'none', insured: false };
  }

  /** Month indexes of the last n whole months before as_of's month. */
  lastMonths(n: number): number[] {
    return Array.from({ length: n }, (_, i) => this.t.asOfMonth - n + i);
  }

  org(kind: OrgKind, district: string): Organisation {
    return this.ctx.orgs.pick(district, kind);
  }

  newOrg(
    kind: OrgKind,
    district: string,
    ownership: 'state' | 'private',
    capacity: number | null,
  ): Organisation {
    const org = this.ctx.orgs.create(kind, district, ownership, capacity);
    this.ctx.w.registerOrg(org);
    return org;
  }

  job(
    payer: Organisation,
    monthlyIncome: number,
    months: readonly number[] = this.t.contributionMonths,
  ): Job {
    return { payerBin: payer.bin, monthlyIncome, months };
  }

  /** A well-paid employed adult: the earner that keeps a planted family with children off OUT-01. */
  earner(h: HouseholdContext, sex: Sex = 'M', age = 40): Person {
    const p = this.person(h, { sex, age });
    const income = Math.ceil((povertyLine(this.ctx.params, this.t.current.year + 1) * 2 * 8) / 1000) * 1000;
    this.write(p, { jobs: [this.job(this.org('employer', h.district), income)] });
    return p;
  }
}

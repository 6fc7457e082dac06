import type { Parameters } from '../../core/params';
import { ageAt } from '../dates';
import type { CityWriter } from '../output/city-writer';
import type { Quarter } from '../timeline';
import { aspPaymentCents } from './asp-formula';
import type { Person } from './person';
import { incomeCents, type Profile } from './profile';

export type Relation = 'applicant' | 'spouse' | 'child' | 'parent' | 'other';

export interface AspMember {
  readonly person: Person;
  readonly relation: Relation;
  readonly profile: Profile;
}

/** One ASP case as written, with the figures the truth needs (all money in cents). */
export interface AspCaseDraft {
  readonly caseId: string;
  readonly quarter: Quarter;
  readonly district: string;
  readonly addressId: string;
  readonly members: readonly AspMember[];
  readonly kind: 'conditional' | 'unconditional';
  readonly kidsAged1to6: number;
  /** Income of the members in `contributions` over the base quarter. */
  readonly registeredCents: number;
  readonly declaredCents: number;
  /** The domain.md formula with the declared income. */
  readonly formulaCents: number;
  readonly paidCents: number;
}

export function pensionAge(params: Parameters, person: Person): number {
  return person.sex === 'M' ? params.pension_age_men : params.pension_age_women;
}

/** Able-bodied at a day: aged 18 to under pension age (families here hold no disability of group 1 or 2). */
export function isAbleBodied(params: Parameters, person: Person, day: string): boolean {
  const age = ageAt(person.birthDate, day);
  return age >= 18 && age < pensionAge(params, person);
}

export function baseMonths(base: Quarter): number[] {
  return [base.firstMonth, base.firstMonth + 1, base.firstMonth + 2];
}

/**
 * A case computed the honest way: declared income = registered income of the base
 * quarter, paid = formula. Anomaly modules override `declaredCents`/`paidCents`.
 */
export function draftAspCase(
  params: Parameters,
  caseId: string,
  quarter: Quarter,
  base: Quarter,
  members: readonly AspMember[],
  overrides: Partial<Pick<AspCaseDraft, 'declaredCents' | 'paidCents' | 'kind' | 'addressId'>> = {},
): AspCaseDraft {
  const first = members[0];
  if (!first) throw new RangeError('an ASP case needs members');
  const registeredCents = members.reduce((sum, m) => sum + incomeCents(m.profile, baseMonths(base)), 0);
  const declaredCents = overrides.declaredCents ?? registeredCents;
  const kidsAged1to6 = members.filter((m) => {
    const age = ageAt(m.person.birthDate, quarter.start);
    return age >= 1 && age <= 6;
  }).length;
  const formulaCents = aspPaymentCents(params, quarter.year, members.length, declaredCents, kidsAged1to6);
  const ableBodied = members.some((m) => isAbleBodied(params, m.person, quarter.start));
  return {
    caseId,
    quarter,
    district: first.person.district,
    addressId: overrides.addressId ?? first.person.addressId,
    members,
    kind: overrides.kind ?? (ableBodied ? 'conditional' : 'unconditional'),
    kidsAged1to6,
    registeredCents,
    declaredCents,
    formulaCents,
    paidCents: overrides.paidCents ?? formulaCents,
  };
}

export function writeAspCase(w: CityWriter, draft: AspCaseDraft, base: Quarter): void {
  const applicant = draft.members[0];
  if (!applicant) return;
  w.row(
    'asp_cases',
    {
      case_id: draft.caseId,
      period: draft.quarter.label,
      district: draft.district,
      applicant_iin: applicant.person.iin,
      address_id: draft.addressId,
      kind: draft.kind,
      members_count: draft.members.length,
      declared_income_kzt: draft.declaredCents / 100,
      paid_kzt: draft.paidCents / 100,
      decision_date: draft.quarter.start,
    },
    applicant.person,
  );
  for (const m of draft.members) {
    w.row(
      'asp_members',
      {
        case_id: draft.caseId,
        iin: m.person.iin,
        relation: m.relation,
        // Members' own declarations only when the case declares what the registers show.
        declared_income_kzt:
          draft.declaredCents === draft.registeredCents
            ? incomeCents(m.profile, baseMonths(base)) / 100
            : null,
      },
      m.person,
    );
  }
}

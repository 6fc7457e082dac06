import type { Sex } from '../../core/iin';
import { addDays, birthDateForAge, toDay } from '../dates';
import type { Random } from '../random';
import type { Timeline } from '../timeline';
import { IinAllocator } from './iin-allocator';
import {
  firstNameForSerial,
  maleFirstName,
  patronymic,
  streetName,
  surnameFor,
  surnameStem,
  type Ethnicity,
} from './names';
import type { Person } from './person';

/** A family being built: one household at one dwelling, sharing a surname. */
export interface HouseholdContext {
  readonly householdId: string;
  readonly addressId: string;
  readonly address: string;
  readonly district: string;
  readonly ethnicity: Ethnicity;
  readonly surnameStem: string;
  /** First name of the father, for the children's patronymics. */
  readonly fatherName: string;
  /** Kazakh families write patronymics Russian-style (-ович) about a third of the time. */
  readonly russianPatronymics: boolean;
}

export interface PersonSpec {
  readonly sex: Sex;
  /** Age in full years at as_of, or an exact birth date. */
  readonly age?: number;
  readonly birthDate?: string;
  /** Children take the father's name as patronymic; adults get a random father. */
  readonly child?: boolean;
  readonly deathDate?: string | null;
  readonly emigrationDate?: string | null;
  readonly lastName?: string;
  readonly firstName?: string;
  readonly middleName?: string;
}

/** Creates households, addresses and persons with unique valid IINs. */
export class PersonFactory {
  private readonly iins = new IinAllocator();
  private households = 0;
  private addresses = 0;

  constructor(
    private readonly random: Random,
    private readonly timeline: Timeline,
  ) {}

  newAddress(district: string): { readonly addressId: string; readonly address: string } {
    this.addresses++;
    const building = 1 + (this.addresses % 180);
    const flat = 1 + ((this.addresses * 7) % 240);
    return {
      addressId: `${district.slice(4, 7)}${String(this.addresses).padStart(9, '0')}`,
      address: `г. Алматы, ул. ${streetName(this.random)}, д. ${building}, кв. ${flat}`,
    };
  }

  newHousehold(
    district: string,
    at?: { readonly addressId: string; readonly address: string },
  ): HouseholdContext {
    this.households++;
    const ethnicity: Ethnicity = this.random.chance(0.22) ? 'ru' : 'kk';
    const place = at ?? this.newAddress(district);
    return {
      householdId: `HH${String(this.households).padStart(9, '0')}`,
      addressId: place.addressId,
      address: place.address,
      district,
      ethnicity,
      surnameStem: surnameStem(this.random, ethnicity),
      fatherName: maleFirstName(this.random, ethnicity),
      russianPatronymics: this.random.chance(0.33),
    };
  }

  /** A birth date giving `age` full years at as_of (a random day within that year of life). */
  birthDateFor(age: number): string {
    return addDays(birthDateForAge(this.timeline.asOf, age), -this.random.int(1, 360));
  }

  person(h: HouseholdContext, spec: PersonSpec): Person {
    const birthDate = spec.birthDate ?? this.birthDateFor(spec.age ?? 30);
    const { iin, serial } = this.iins.allocate(birthDate, spec.sex);
    const father = spec.child ? h.fatherName : maleFirstName(this.random, h.ethnicity);
    return {
      iin,
      serial,
      lastName: spec.lastName ?? surnameFor(h.surnameStem, spec.sex),
      firstName: spec.firstName ?? firstNameForSerial(h.ethnicity, spec.sex, serial + 13 * toDay(birthDate)),
      middleName: spec.middleName ?? patronymic(h.ethnicity, father, spec.sex, h.russianPatronymics),
      birthDate,
      sex: spec.sex,
      ethnicity: h.ethnicity,
      district: h.district,
      addressId: h.addressId,
      address: h.address,
      householdId: h.householdId,
      deathDate: spec.deathDate ?? null,
      emigrationDate: spec.emigrationDate ?? null,
    };
  }

  /** A valid IIN that belongs to nobody in population (for REG-02 plantings). */
  strayIin(birthDate: string, sex: Sex): string {
    return this.iins.allocate(birthDate, sex).iin;
  }
}

import type { Sex } from '../../core/iin';
import { addDays, birthDateForAge, toDay } from '../dates';
import type { Random } from '../random';
import type { Timeline } from '../timeline';
import { IinAllocator } from './iin-allocator';
import { IntKeySet } from './int-key-set';
import {
  firstNameForSerial,
  firstNames,
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

/** FNV-1a of a string cut to 30 bits (a key of IntKeySet). */
function hash30(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * What makes two background persons look like one registered twice (REG-03): sex, surname,
 * first name, father's name, and the birth date with day and month in either order.
 */
function namesakeKey(
  sex: Sex,
  lastName: string,
  firstName: string,
  father: string,
  birthDate: string,
): number {
  const [year, month, day] = birthDate.split('-');
  const [a, b] = (month ?? '') < (day ?? '') ? [month, day] : [day, month];
  return hash30(`${sex}|${lastName}|${firstName}|${father}|${year}|${a}|${b}`);
}

/** Creates households, addresses and persons with unique valid IINs. */
export class PersonFactory {
  private readonly iins = new IinAllocator();
  /**
   * Namesake keys of every person so far. At millions of persons, identical names on the same
   * (or day-month swapped) birth date happen by chance and REG-03 rightly reports them, but
   * they are not planted: a background person whose key is taken gets the next first name.
   * A hash collision only moves a name on, never lets a namesake through.
   */
  private readonly namesakes = new IntKeySet();
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
    const lastName = spec.lastName ?? surnameFor(h.surnameStem, spec.sex);
    const fatherKey = spec.middleName ?? father;
    const offset = serial + 13 * toDay(birthDate);
    let firstName = spec.firstName ?? firstNameForSerial(h.ethnicity, spec.sex, offset);
    let key = namesakeKey(spec.sex, lastName, firstName, fatherKey, birthDate);
    if (spec.firstName === undefined) {
      const choices = firstNames(h.ethnicity, spec.sex).length;
      for (let shift = 1; this.namesakes.has(key) && shift < choices; shift++) {
        firstName = firstNameForSerial(h.ethnicity, spec.sex, offset + shift);
        key = namesakeKey(spec.sex, lastName, firstName, fatherKey, birthDate);
      }
    }
    this.namesakes.add(key);
    return {
      iin,
      serial,
      lastName,
      firstName,
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

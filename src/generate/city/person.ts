import type { Sex } from '../../core/iin';
import type { Ethnicity } from './names';

/** One person of the city as the population register holds them. */
export interface Person {
  readonly iin: string;
  readonly serial: number;
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly ethnicity: Ethnicity;
  readonly district: string;
  readonly addressId: string;
  readonly address: string;
  readonly householdId: string;
  readonly deathDate: string | null;
  readonly emigrationDate: string | null;
}

/** Dead from death_date, gone from emigration_date (checks.md): living strictly before both. */
export function isLivingOn(person: Person, day: string): boolean {
  return (
    person.birthDate <= day &&
    (person.deathDate === null || person.deathDate > day) &&
    (person.emigrationDate === null || person.emigrationDate > day)
  );
}

/** The earlier of death and emigration, or null. */
export function leftCityOn(person: Person): string | null {
  if (person.deathDate && person.emigrationDate) {
    return person.deathDate < person.emigrationDate ? person.deathDate : person.emigrationDate;
  }
  return person.deathDate ?? person.emigrationDate;
}

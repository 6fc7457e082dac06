/**
 * Calendar arithmetic on `YYYY-MM-DD` strings and day numbers (days since 1970-01-01, UTC).
 * The generator works in day numbers for speed and prints ISO strings at the boundary.
 */
const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
  );
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Months since year 0 (a month index), for month arithmetic. */
export function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** `YYYY-MM` of a month index. */
export function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** First day (`YYYY-MM-DD`) of a month index. */
export function monthStart(index: number): string {
  return `${monthLabel(index)}-01`;
}

/** Last day of a month index. */
export function monthEnd(index: number): string {
  return addDays(monthStart(index + 1), -1);
}

/** The same day of the month `months` later, clamped to the month's end (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(iso: string, months: number): string {
  const target = monthIndex(iso) + months;
  const day = Math.min(Number(iso.slice(8, 10)), Number(monthEnd(target).slice(8, 10)));
  return `${monthLabel(target)}-${String(day).padStart(2, '0')}`;
}

/** Full years between a birth date and a day (a birthday on that day counts). */
export function ageAt(birthDate: string, at: string): number {
  let age = Number(at.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (at.slice(5) < birthDate.slice(5)) age--;
  return age;
}

/** The birth date of someone who turns `age` exactly on `day` (29 Feb is avoided by clamping). */
export function birthDateForAge(day: string, age: number): string {
  return addMonths(day, -12 * age);
}

/** `DD.MM.YYYY` as agencies print dates. */
export function toDotted(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

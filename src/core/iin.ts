/**
 * IIN (individual) and BIN (legal entity) numbers: 12 digits, the last a check digit.
 * domain.md: s = sum(d[i] * i) mod 11 over the first 11 digits; if s == 10, again with
 * weights 3..11,1,2; a number whose second pass also gives 10 is never issued.
 */

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when no number can be issued. */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const first = weightedSum(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True for 12 digits whose last one is the right check digit (IIN and BIN alike). */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  return checkDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48;
}

export type IdNumberReading =
  | { readonly kind: 'valid'; readonly value: string }
  | { readonly kind: 'restored'; readonly value: string; readonly raw: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: IdInvalidReason };

export type IdInvalidReason = 'not_digits' | 'wrong_length' | 'bad_checksum';

/** The kind of a 12-digit number: an individual's IIN or a legal entity's BIN. */
export type IdKind = 'iin' | 'bin';

/**
 * Read an IIN/BIN as it comes in an extract. Spreadsheets drop leading zeros (people
 * born 2000-2009 have IINs starting with 0): an 11-digit value whose zero-padded form
 * passes the checksum is restored (registries.md). A numeric cell loses *every* leading
 * zero, not just one: an IIN of someone born in 2000-2009 in January-September starts
 * with `000` or `00` and arrives with 9 or 10 digits (`608500018` = `000608500018`). Those
 * are restored too, but only when the padded form also passes the checksum **and** decodes
 * (IIN: a valid birth date; BIN: a valid registration month), because a 9-10-digit value
 * is a weaker sign of a lost zero than an 11-digit one. Spaces, and a trailing ".0" from
 * numeric cells, are tolerated because they carry no information. The ingest SQL
 * (src/ingest/sql/id-number-sql.ts) applies the same rule.
 */
export function readIdNumber(raw: string | null | undefined, kind: IdKind): IdNumberReading {
  const trimmed = (raw ?? '').trim().replace(/\s+/g, '').replace(/\.0+$/, '');
  if (trimmed === '') return { kind: 'missing' };
  if (!/^\d+$/.test(trimmed)) return { kind: 'invalid', raw: raw ?? '', reason: 'not_digits' };
  if (trimmed.length === 12) {
    return isValidIdNumber(trimmed)
      ? { kind: 'valid', value: trimmed }
      : { kind: 'invalid', raw: trimmed, reason: 'bad_checksum' };
  }
  if (trimmed.length === 11) {
    const padded = `0${trimmed}`;
    return isValidIdNumber(padded)
      ? { kind: 'restored', value: padded, raw: trimmed }
      : { kind: 'invalid', raw: trimmed, reason: 'bad_checksum' };
  }
  if (trimmed.length >= 9 && trimmed.length <= 10) {
    const padded = trimmed.padStart(12, '0');
    if (isValidIdNumber(padded) && decodesAs(padded, kind))
      return { kind: 'restored', value: padded, raw: trimmed };
  }
  return { kind: 'invalid', raw: trimmed, reason: 'wrong_length' };
}

/** IIN: digits 1-7 give a valid birth date; BIN: digits 3-4 a month (domain.md). */
function decodesAs(value: string, kind: IdKind): boolean {
  if (kind === 'iin') return decodeIin(value) !== null;
  const month = Number(value.slice(2, 4));
  return month >= 1 && month <= 12;
}

export type Sex = 'M' | 'F';

/** Birth date (YYYY-MM-DD) and sex encoded in an IIN, or null if the digits say nothing valid. */
export function decodeIin(iin: string): { readonly birthDate: string; readonly sex: Sex } | null {
  if (!/^\d{12}$/.test(iin)) return null;
  const centuryDigit = iin.charCodeAt(6) - 48;
  if (centuryDigit < 1 || centuryDigit > 6) return null;
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  const birthDate = `${String(year).padStart(4, '0')}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  return { birthDate, sex: centuryDigit % 2 === 1 ? 'M' : 'F' };
}

/**
 * Build a valid IIN from a birth date, sex and serial (used by the generator). Serials
 * whose number could never be issued are skipped to the next one.
 */
export function composeIin(birthDate: string, sex: Sex, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const centuryBase = year < 1900 ? 1 : year < 2000 ? 3 : 5;
  const centuryDigit = centuryBase + (sex === 'F' ? 1 : 0);
  for (let s = serial; ; s++) {
    const first11 = `${String(year % 100).padStart(2, '0')}${m}${d}${centuryDigit}${String(s % 10000).padStart(4, '0')}`;
    const check = checkDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** Build a valid BIN from registration year/month, entity type digit (4/5/6) and serial. */
export function composeBin(year: number, month: number, entityType: 4 | 5 | 6, serial: number): string {
  for (let s = serial; ; s++) {
    const first11 = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${entityType}${String(s % 1000000).padStart(6, '0')}`;
    const check = checkDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

import { ALMATY_CITY_DISTRICTS, districtByCode } from '../../core/districts';
import type { ColumnKind } from '../../registries/column-types';
import { toDotted } from '../dates';
import type { FileFormat } from './file-format';

/** A canonical value: ISO dates, `YYYY-MM` months, `YYYY-Qn` quarters, district codes, numbers. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** Money with two decimals when it has cents: 1234.5 → "1234.50", 1200 → "1200". */
export function plainMoney(value: number): string {
  const cents = Math.round(value * 100);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(rest).padStart(2, '0')}`;
}

/** "1 234 567,50" as Russian-locale spreadsheets print money. */
function spacedMoney(value: number): string {
  const text = plainMoney(value);
  const [whole = '', cents] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return cents === undefined ? grouped : `${grouped},${cents}`;
}

const BOOLEAN_WORDS: Readonly<Record<FileFormat['booleans'], readonly [string, string]>> = {
  true_false: ['true', 'false'],
  da_net: ['да', 'нет'],
  ie_zhoq: ['иә', 'жоқ'],
  one_zero: ['1', '0'],
};

/**
 * The ways agencies name a district (districts.csv: kk, ru, en, with or without
 * "район"/"ауданы"); Windows-1251 files only get Russian ones, which it can encode.
 */
export function districtSpellings(code: string, cp1251: boolean): readonly string[] {
  const d = districtByCode(code);
  if (!d) return [code];
  const russian = [d.nameRu, `${d.nameRu} район`];
  if (cp1251) return russian;
  return [...russian, d.nameKk, `${d.nameKk} ауданы`, d.nameEn, `${d.nameEn} district`];
}

export const KNOWN_DISTRICT_CODES: readonly string[] = ALMATY_CITY_DISTRICTS.map((d) => d.code);

/** Text of one value in a file of the given format; `pick` chooses among equivalent spellings. */
export function formatValue(kind: ColumnKind, value: Cell, format: FileFormat, pick: number): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'date':
      return format.dates === 'dotted' ? toDotted(String(value)) : String(value);
    case 'money':
      return format.money === 'comma_spaces' ? spacedMoney(Number(value)) : plainMoney(Number(value));
    case 'number':
      return format.money === 'comma_spaces' ? String(value).replace('.', ',') : String(value);
    case 'bool': {
      const words = BOOLEAN_WORDS[format.booleans];
      return value === true || value === 'true' ? words[0] : words[1];
    }
    case 'district': {
      if (format.districts === 'code') return String(value);
      const spellings = districtSpellings(String(value), format.encoding === 'windows-1251');
      return spellings[pick % spellings.length] ?? String(value);
    }
    case 'iin': {
      const text = String(value);
      return format.lostZeros && text.length === 12 && text.startsWith('0') ? text.slice(1) : text;
    }
    default:
      return String(value);
  }
}

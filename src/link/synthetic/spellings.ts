/**
 * How clerks really spell a Kazakh name, written independently of name-key.ts so that the
 * tests of the key are not the key checking itself: Russian spelling of Kazakh letters,
 * passport-style Latin (ICAO-like, Ж -> ZH, Й -> Y, Е -> YE at the start) and the 2021
 * Kazakh Latin alphabet.
 */
import { PASSPORT_LATIN } from '../../generate/city/passport-latin';

const KAZAKH_TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

const PASSPORT = PASSPORT_LATIN;

const LATIN_2021: Readonly<Record<string, string>> = {
  ...PASSPORT,
  ә: 'ä',
  ғ: 'ğ',
  қ: 'q',
  ң: 'ñ',
  ө: 'ö',
  ұ: 'ū',
  ү: 'ü',
  і: 'ı',
  ы: 'y',
  й: 'i',
  и: 'i',
  ж: 'j',
  ш: 'ş',
  ч: 'ç',
  х: 'h',
  у: 'u',
  я: 'ia',
  ю: 'iu',
  е: 'e',
};

const VOWELS = 'аәеёиоөуұүыіэюя';

function mapLetters(name: string, table: Readonly<Record<string, string>>, iotateE: boolean): string {
  let out = '';
  const chars = [...name];
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    const prev = chars[i - 1]?.toLowerCase();
    let mapped = table[lower] ?? lower;
    if (iotateE && lower === 'е' && (i === 0 || (prev !== undefined && VOWELS.includes(prev)))) mapped = 'ye';
    out += ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  });
  return out;
}

export const russianSpelling = (name: string): string => mapLetters(name, KAZAKH_TO_RUSSIAN, false);
export const passportSpelling = (name: string): string => mapLetters(name, PASSPORT, true);
export const latin2021Spelling = (name: string): string => mapLetters(name, LATIN_2021, false);

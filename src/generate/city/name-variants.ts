import { PASSPORT_LATIN } from './passport-latin';
/**
 * Spellings of one name as other agencies type it (issue 5): Kazakh letters folded to
 * Russian ones (Жұмабаев → Жумабаев), Latin transliterations (Zhumabayev, Jumabaev), and
 * one-letter typos. The link stage must still find the person.
 */
const TO_RUSSIAN: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  Ә: 'А',
  Ғ: 'Г',
  Қ: 'К',
  Ң: 'Н',
  Ө: 'О',
  Ұ: 'У',
  Ү: 'У',
  Һ: 'Х',
  І: 'И',
};

/** Fold the Kazakh-only letters to their Russian look-alikes (what Windows-1251 systems store). */
export function foldKazakh(text: string): string {
  return text.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (ch) => TO_RUSSIAN[ch] ?? ch);
}

/** Passport-style Latin (Жұмабаев → Zhumabayev: "ай" before a vowel-less end gives "ay"). */
export function toLatin(text: string, style: 'passport' | 'informal'): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower.charAt(i);
    const next = lower.charAt(i + 1);
    if (style === 'informal' && ch === 'ж') out += 'j';
    else if (style === 'informal' && ch === 'й') out += 'i';
    else if (style === 'passport' && ch === 'е' && /[аәеиоөуұүыэюяі]/.test(lower.charAt(i - 1)) && i > 0)
      out += 'ye';
    else if (ch === 'а' && next === 'е' && style === 'passport') out += 'a';
    else out += PASSPORT_LATIN[ch] ?? ch;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** One-letter typo deterministic in `seed`: a doubled or dropped inner letter. */
export function typo(text: string, seed: number): string {
  if (text.length < 5) return `${text}${text.charAt(text.length - 1)}`;
  const at = 2 + (seed % (text.length - 3));
  return seed % 2 === 0
    ? text.slice(0, at) + text.slice(at + 1)
    : text.slice(0, at) + text.charAt(at) + text.slice(at);
}

export type NameVariantKind = 'russian' | 'latin_passport' | 'latin_informal' | 'swapped' | 'typo';

export const NAME_VARIANT_KINDS: readonly NameVariantKind[] = [
  'russian',
  'latin_passport',
  'latin_informal',
  'swapped',
  'typo',
];

export interface PersonName {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName: string;
}

export function nameVariant(name: PersonName, kind: NameVariantKind, seed: number): PersonName {
  switch (kind) {
    case 'russian':
      return {
        lastName: foldKazakh(name.lastName),
        firstName: foldKazakh(name.firstName),
        middleName: foldKazakh(name.middleName),
      };
    case 'latin_passport':
      return {
        lastName: toLatin(name.lastName, 'passport'),
        firstName: toLatin(name.firstName, 'passport'),
        middleName: '',
      };
    case 'latin_informal':
      return {
        lastName: toLatin(name.lastName, 'informal'),
        firstName: toLatin(name.firstName, 'informal'),
        middleName: '',
      };
    case 'swapped':
      return { lastName: name.firstName, firstName: name.lastName, middleName: name.middleName };
    case 'typo':
      return { lastName: typo(name.lastName, seed), firstName: name.firstName, middleName: name.middleName };
  }
}

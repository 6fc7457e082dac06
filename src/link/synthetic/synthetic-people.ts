import { composeIin, type Sex } from '../../core/iin';
import { latin2021Spelling, passportSpelling, russianSpelling } from './spellings';

/**
 * A simple synthetic population for linkage tests and the bench (the city generator is a
 * separate area): Kazakh and Russian names, patronymics, birth dates, valid IINs; and
 * clerk-made variants of a person: another script, a typo, swapped names, a wrong digit in
 * the birth date. Deterministic for a seed.
 */
export interface SyntheticPerson {
  readonly iin: string;
  readonly last_name: string;
  readonly first_name: string;
  readonly middle_name: string;
  readonly birth_date: string;
  readonly sex: Sex;
}

const SURNAME_ROOTS = [
  'Жұмаба',
  'Нұрсұлтан',
  'Қасым',
  'Әбіл',
  'Серікба',
  'Төлеу',
  'Оспан',
  'Ахмет',
  'Омар',
  'Сәрсенба',
  'Мұқан',
  'Есен',
  'Ғабит',
  'Бекмұхамед',
  'Ерлан',
  'Құдайберген',
  'Жақсылық',
  'Сейіт',
  'Әлімжан',
  'Тұрсын',
  'Бақыт',
  'Досжан',
  'Қуаныш',
  'Мақсұт',
  'Нұрлан',
  'Рахым',
  'Сұлтан',
  'Темір',
  'Үсен',
  'Шәкен',
  'Иван',
  'Петр',
  'Смирн',
  'Кузнец',
  'Попов',
  'Соколь',
  'Лебед',
  'Козл',
  'Новик',
  'Морозь',
];
const SURNAME_ENDINGS = ['ов', 'ев', 'бек', 'жан', 'баев', 'ұлы'];
const MALE = [
  'Нұрсұлтан',
  'Қайрат',
  'Ержан',
  'Ғалым',
  'Өмірзақ',
  'Асқар',
  'Бауыржан',
  'Дәурен',
  'Серік',
  'Арман',
  'Әлихан',
  'Сергей',
  'Александр',
  'Дмитрий',
  'Мұхаммед',
  'Ерлан',
  'Нұрлан',
  'Талғат',
  'Жандос',
  'Ақжол',
  'Болат',
  'Дархан',
  'Ілияс',
  'Марат',
  'Рүстем',
  'Саят',
  'Тимур',
  'Шыңғыс',
  'Ясин',
  'Еркебұлан',
];
const FEMALE = [
  'Әлия',
  'Айгерім',
  'Гүлнар',
  'Жанар',
  'Динара',
  'Асель',
  'Мөлдір',
  'Ақбота',
  'Ұлжан',
  'Анна',
  'Елена',
  'Ольга',
  'Аружан',
  'Балжан',
  'Гүлмира',
  'Дана',
  'Жұлдыз',
  'Зарина',
  'Инкар',
  'Камила',
  'Ләззат',
  'Мадина',
  'Назерке',
  'Салтанат',
  'Томирис',
  'Әйгерім',
  'Шынар',
  'Юлия',
  'Ясмин',
  'Еркежан',
];

/** Mulberry32: small, fast and reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function surname(random: () => number, sex: Sex): string {
  const base = pick(random, SURNAME_ROOTS) + pick(random, SURNAME_ENDINGS);
  return sex === 'F' && /(ов|ев)$/.test(base) ? `${base}а` : base;
}

function patronymic(random: () => number, sex: Sex): string {
  const father = pick(random, MALE);
  if (random() < 0.5) return `${father}${sex === 'M' ? 'ұлы' : 'қызы'}`;
  return `${russianSpelling(father)}${sex === 'M' ? 'ович' : 'овна'}`;
}

export function syntheticPerson(random: () => number, serial: number): SyntheticPerson {
  const sex: Sex = random() < 0.5 ? 'M' : 'F';
  const day = new Date(Date.UTC(1940, 0, 1) + Math.floor(random() * 30000) * 86_400_000);
  const birthDate = day.toISOString().slice(0, 10);
  return {
    iin: composeIin(birthDate, sex, serial % 10000),
    last_name: surname(random, sex),
    first_name: pick(random, sex === 'M' ? MALE : FEMALE),
    middle_name: patronymic(random, sex),
    birth_date: birthDate,
    sex,
  };
}

/**
 * Distinct persons: no IIN twice, and no two people with the same names on the same birth
 * date (day and month in either order). With a few hundred names, a million people hold many
 * such namesakes by chance; the truth counts them as different people while any linkage must
 * take them for one, so they would measure the data, not the engine.
 */
export function syntheticPopulation(count: number, seed: number): SyntheticPerson[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const people: SyntheticPerson[] = [];
  for (let i = 0; people.length < count; i++) {
    const p = syntheticPerson(random, i);
    const [year, month, day] = p.birth_date.split('-');
    const days = [month, day].sort().join('');
    const namesake = `${p.sex}|${p.last_name}|${p.first_name}|${p.middle_name}|${year}${days}`;
    if (!seen.has(p.iin) && !seen.has(namesake)) {
      seen.add(p.iin);
      seen.add(namesake);
      people.push(p);
    }
  }
  return people;
}

export type VariantKind =
  'russian' | 'passport' | 'latin2021' | 'typo' | 'swapped' | 'date_digit' | 'day_month';

function typo(random: () => number, name: string): string {
  const chars = [...name];
  const at = 1 + Math.floor(random() * Math.max(1, chars.length - 1));
  const kind = random();
  if (kind < 0.4) chars.splice(at, 1);
  else if (kind < 0.7 && at + 1 < chars.length)
    [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
  else chars.splice(at, 0, chars[at - 1] ?? '');
  return chars.join('');
}

/** A record of the person as another agency's clerk may have typed it. */
export function variantOf(random: () => number, p: SyntheticPerson, kind: VariantKind): SyntheticPerson {
  switch (kind) {
    case 'russian':
      return {
        ...p,
        last_name: russianSpelling(p.last_name),
        first_name: russianSpelling(p.first_name),
        middle_name: russianSpelling(p.middle_name),
      };
    case 'passport':
      return {
        ...p,
        last_name: passportSpelling(p.last_name).toUpperCase(),
        first_name: passportSpelling(p.first_name).toUpperCase(),
        middle_name: '',
      };
    case 'latin2021':
      return {
        ...p,
        last_name: latin2021Spelling(p.last_name),
        first_name: latin2021Spelling(p.first_name),
        middle_name: latin2021Spelling(p.middle_name),
      };
    case 'typo':
      return random() < 0.5
        ? { ...p, last_name: typo(random, p.last_name) }
        : { ...p, first_name: typo(random, p.first_name) };
    case 'swapped':
      return { ...p, last_name: p.first_name, first_name: p.last_name };
    case 'date_digit': {
      const digits = [...p.birth_date];
      const positions = [3, 6, 9];
      const at = pick(random, positions);
      digits[at] = String((Number(digits[at]) + 1 + Math.floor(random() * 8)) % 10);
      const candidate = digits.join('');
      const parsed = new Date(`${candidate}T00:00:00Z`);
      const valid = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === candidate;
      return valid ? { ...p, birth_date: candidate } : p;
    }
    case 'day_month': {
      const [y, m, d] = p.birth_date.split('-');
      return Number(d) <= 12 && d !== m ? { ...p, birth_date: `${y}-${d}-${m}` } : p;
    }
  }
}

export const VARIANT_KINDS: readonly VariantKind[] = [
  'russian',
  'passport',
  'latin2021',
  'typo',
  'swapped',
  'date_digit',
  'day_month',
];

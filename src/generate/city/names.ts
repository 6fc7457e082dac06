import type { Sex } from '../../core/iin';
import type { Random } from '../random';

/**
 * Kazakh and Russian names as they appear in the state register: Kazakh letters
 * (ә ғ қ ң ө ұ ү һ і), male/female surname forms, patronymics in -ұлы/-қызы or
 * -ович/-овна. About a fifth of households are Russian-named, as in Almaty.
 */
export type Ethnicity = 'kk' | 'ru';

const KK_MALE = [
  'Нұрлан',
  'Ерлан',
  'Асқар',
  'Бауыржан',
  'Дәулет',
  'Ержан',
  'Қайрат',
  'Марат',
  'Мұрат',
  'Нұрсұлтан',
  'Серік',
  'Талғат',
  'Тимур',
  'Ақжол',
  'Әлихан',
  'Айдос',
  'Аян',
  'Бекзат',
  'Ғалым',
  'Дархан',
  'Жандос',
  'Жәнібек',
  'Қанат',
  'Мейрам',
  'Нұржан',
  'Олжас',
  'Рүстем',
  'Санжар',
  'Темірлан',
  'Өмірзақ',
  'Ұлан',
  'Ілияс',
  'Әділет',
  'Бақытжан',
  'Ерасыл',
  'Ғабит',
  'Жасұлан',
  'Қуаныш',
  'Мағжан',
  'Сұлтан',
] as const;
const KK_FEMALE = [
  'Айгерім',
  'Әсел',
  'Ақмарал',
  'Гүлнар',
  'Дана',
  'Жанар',
  'Жұлдыз',
  'Қарлығаш',
  'Мадина',
  'Меруерт',
  'Назерке',
  'Салтанат',
  'Сәуле',
  'Толқын',
  'Үміт',
  'Ұлжан',
  'Іңкәр',
  'Айым',
  'Балжан',
  'Гүлшат',
  'Динара',
  'Камила',
  'Ләззат',
  'Нұрсұлу',
  'Перизат',
  'Самал',
  'Томирис',
  'Аружан',
  'Зере',
  'Һәдия',
  'Ақбота',
  'Баян',
  'Гаухар',
  'Жансая',
  'Күләш',
  'Мөлдір',
  'Нәзира',
  'Шолпан',
  'Әйгерім',
  'Ырысты',
] as const;
const KK_SURNAME_STEMS = [
  'Жұмабаев',
  'Қасымов',
  'Нұрланов',
  'Әбілов',
  'Сейітов',
  'Төлеубаев',
  'Өмірбеков',
  'Ұзақов',
  'Үсенов',
  'Ғабдуллин',
  'Иманғалиев',
  'Бейсенов',
  'Тоқаев',
  'Құдайбергенов',
  'Есенғалиев',
  'Сәрсенбаев',
  'Ахметов',
  'Байжанов',
  'Мұхамеджанов',
  'Оспанов',
  'Кенжебаев',
  'Әлиев',
  'Шәкенов',
  'Һасенов',
  'Сұлтанбеков',
  'Жақсылықов',
  'Тұрсынов',
  'Дүйсенов',
  'Қожахметов',
  'Бекмұхамбетов',
  'Ерғалиев',
  'Смағұлов',
  'Мұратбеков',
  'Нұрпейісов',
  'Әмірбеков',
  'Қалиев',
  'Жолдасбеков',
  'Исабеков',
  'Серікбаев',
  'Рахымжанов',
] as const;
const RU_MALE = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Иван',
  'Михаил',
  'Николай',
  'Владимир',
  'Евгений',
  'Павел',
  'Артём',
  'Максим',
  'Денис',
  'Виктор',
  'Игорь',
  'Олег',
  'Юрий',
  'Роман',
  'Константин',
] as const;
const RU_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Анна',
  'Мария',
  'Екатерина',
  'Юлия',
  'Анастасия',
  'Марина',
  'Людмила',
  'Валентина',
  'Галина',
  'Виктория',
  'Дарья',
  'Ксения',
  'Алина',
  'Полина',
] as const;
const RU_SURNAME_STEMS = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Белов',
  'Тарасов',
] as const;

/** Russian patronymic stems: father's name → stem before -ич / -на. */
const RU_PATRONYMIC: Readonly<Record<string, string>> = {
  Александр: 'Александров',
  Сергей: 'Сергеев',
  Дмитрий: 'Дмитриев',
  Андрей: 'Андреев',
  Алексей: 'Алексеев',
  Иван: 'Иванов',
  Михаил: 'Михайлов',
  Николай: 'Николаев',
  Владимир: 'Владимиров',
  Евгений: 'Евгеньев',
  Павел: 'Павлов',
  Артём: 'Артёмов',
  Максим: 'Максимов',
  Денис: 'Денисов',
  Виктор: 'Викторов',
  Игорь: 'Игорев',
  Олег: 'Олегов',
  Юрий: 'Юрьев',
  Роман: 'Романов',
  Константин: 'Константинов',
};

export function firstNames(ethnicity: Ethnicity, sex: Sex): readonly string[] {
  if (ethnicity === 'kk') return sex === 'M' ? KK_MALE : KK_FEMALE;
  return sex === 'M' ? RU_MALE : RU_FEMALE;
}

/**
 * The first name of a person from the serial of their IIN (plus an offset of the birth
 * date): serials of one birth date and sex are consecutive, so people sharing a birth
 * date and name list get different first names, and the background holds no accidental
 * duplicate persons (REG-03) while fewer than 20-40 share a birth date and sex.
 */
export function firstNameForSerial(ethnicity: Ethnicity, sex: Sex, serial: number): string {
  const names = firstNames(ethnicity, sex);
  // Non-negative remainder: the offset is negative for birth dates before 1970, and a
  // negative index used to fall back to names[0] for all of them (accidental REG-03 twins).
  const index = ((serial % names.length) + names.length) % names.length;
  return names[index] ?? '';
}

export function surnameStem(random: Random, ethnicity: Ethnicity): string {
  return random.pick(ethnicity === 'kk' ? KK_SURNAME_STEMS : RU_SURNAME_STEMS);
}

/** Surname in the form of the person's sex: -ов/-ев/-ин take -а for women. */
export function surnameFor(stem: string, sex: Sex): string {
  return sex === 'F' && /(ов|ев|ёв|ин)$/.test(stem) ? `${stem}а` : stem;
}

/** Patronymic from the father's first name. */
export function patronymic(
  ethnicity: Ethnicity,
  fatherName: string,
  sex: Sex,
  russianStyle: boolean,
): string {
  if (ethnicity === 'ru' || russianStyle) {
    const stem = RU_PATRONYMIC[fatherName] ?? `${fatherName}ов`;
    const base = stem.replace(/(ов|ев|ёв)$/, '');
    const soft = /(ев|ёв)$/.test(stem);
    if (sex === 'M') return `${base}${soft ? 'евич' : 'ович'}`;
    return `${base}${soft ? 'евна' : 'овна'}`;
  }
  return `${fatherName}${sex === 'M' ? 'ұлы' : 'қызы'}`;
}

export function maleFirstName(random: Random, ethnicity: Ethnicity): string {
  return random.pick(firstNames(ethnicity, 'M'));
}

const STREETS = [
  'Абая',
  'Достық',
  'Төле би',
  'Сәтбаев',
  'Жандосов',
  'Розыбакиев',
  'Райымбек',
  'Сүйінбай',
  'Рысқұлов',
  'Әл-Фараби',
  'Назарбаев',
  'Байтұрсынұлы',
  'Шевченко',
  'Гоголь',
  'Жібек жолы',
  'Momyshuly',
  'Өтеген батыр',
] as const;

export function streetName(random: Random): string {
  return random.pick(STREETS);
}

import type { ErrorSpecs } from './error-spec';

/** Errors of person linkage (`birtizim link` and the LNK stage of verify). */
export const linkErrors = {
  BZ_LINK_BAD_MAP: {
    message: {
      en: 'Column mapping "{map}" is invalid: {problems}',
      ru: 'Сопоставление столбцов «{map}» содержит ошибки: {problems}',
      kk: '«{map}» бағандарды сәйкестендіруінде қателер бар: {problems}',
    },
    fix: {
      en: 'Write --map as field=column pairs separated by commas, e.g. id=rec_id,last_name=surname,birth_date=dob.',
      ru: 'Укажите --map как пары поле=столбец через запятую, например id=rec_id,last_name=surname,birth_date=dob.',
      kk: '--map мәнін үтірмен бөлінген өріс=баған жұптары ретінде жазыңыз, мысалы id=rec_id,last_name=surname,birth_date=dob.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_LINK_UNKNOWN_COLUMN: {
    message: {
      en: 'File {file} has no column "{column}"; its columns are: {columns}',
      ru: 'В файле {file} нет столбца «{column}»; есть столбцы: {columns}',
      kk: '{file} файлында «{column}» бағаны жоқ; бар бағандар: {columns}',
    },
    fix: {
      en: 'Correct the column name in --map (header names are matched ignoring case and outer spaces).',
      ru: 'Исправьте имя столбца в --map (заголовки сравниваются без учёта регистра и крайних пробелов).',
      kk: '--map ішіндегі баған атауын түзетіңіз (тақырыптар регистр мен шеткі бос орындарды ескермей салыстырылады).',
    },
    httpStatus: 400,
    exitCode: 65,
  },
  BZ_LINK_BAD_THRESHOLD: {
    message: {
      en: 'Threshold {value} is not a probability between 0 and 1',
      ru: 'Порог {value} не является вероятностью от 0 до 1',
      kk: '{value} шегі 0 мен 1 аралығындағы ықтималдық емес',
    },
    fix: {
      en: 'Give --threshold as a number such as 0.95.',
      ru: 'Укажите --threshold числом, например 0.95.',
      kk: '--threshold мәнін сан ретінде беріңіз, мысалы 0.95.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
} as const satisfies ErrorSpecs;

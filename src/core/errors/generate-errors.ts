import type { ErrorSpecs } from './error-spec';

/** Errors of `birtizim generate` (the synthetic city). */
export const generateErrors = {
  BZ_GENERATE_INVALID_OPTION: {
    message: {
      en: 'Invalid generate option {option}: {detail}',
      ru: 'Неверный параметр генерации {option}: {detail}',
      kk: 'Генерация параметрі {option} қате: {detail}',
    },
    fix: {
      en: 'Use --persons N (at least 100), --seed S, --out DIR and --as-of YYYY-MM-DD.',
      ru: 'Укажите --persons N (не меньше 100), --seed S, --out DIR и --as-of ГГГГ-ММ-ДД.',
      kk: '--persons N (кемінде 100), --seed S, --out DIR және --as-of ЖЖЖЖ-АА-КК көрсетіңіз.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_GENERATE_OUTPUT: {
    message: {
      en: 'Cannot write the synthetic city to {path}: {detail}',
      ru: 'Не удалось записать синтетический город в {path}: {detail}',
      kk: 'Синтетикалық қаланы {path} ішіне жазу мүмкін болмады: {detail}',
    },
    fix: {
      en: 'Choose a writable output folder with enough free space.',
      ru: 'Выберите доступную для записи папку с достаточным местом.',
      kk: 'Жазуға болатын, орны жеткілікті қалтаны таңдаңыз.',
    },
    httpStatus: 500,
    exitCode: 73,
  },
} as const satisfies ErrorSpecs;

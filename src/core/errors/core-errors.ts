import type { ErrorSpecs } from './error-spec';

export const coreErrors = {
  BZ_INTERNAL: {
    message: {
      en: 'Internal error: {detail}',
      ru: 'Внутренняя ошибка: {detail}',
      kk: 'Ішкі қате: {detail}',
    },
    fix: {
      en: 'Run again with --debug and report the stack trace.',
      ru: 'Запустите снова с --debug и сообщите трассировку стека.',
      kk: '--debug параметрімен қайта іске қосып, стек ізін хабарлаңыз.',
    },
    httpStatus: 500,
    exitCode: 70,
  },
  BZ_USAGE: {
    message: {
      en: 'Invalid command usage: {detail}',
      ru: 'Неверный вызов команды: {detail}',
      kk: 'Команда дұрыс шақырылмады: {detail}',
    },
    fix: {
      en: 'See `birtizim --help`.',
      ru: 'См. `birtizim --help`.',
      kk: '`birtizim --help` қараңыз.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_FILE_NOT_FOUND: {
    message: {
      en: 'File or folder not found: {path}',
      ru: 'Файл или папка не найдены: {path}',
      kk: 'Файл немесе қалта табылмады: {path}',
    },
    fix: {
      en: 'Check the path.',
      ru: 'Проверьте путь.',
      kk: 'Жолды тексеріңіз.',
    },
    httpStatus: 404,
    exitCode: 66,
  },
  BZ_PARAMS_INVALID: {
    message: {
      en: 'Parameters file {file} is invalid: {problems}',
      ru: 'Файл параметров {file} содержит ошибки: {problems}',
      kk: '{file} параметрлер файлында қателер бар: {problems}',
    },
    fix: {
      en: 'Correct every listed entry; see config/parameters.json for the defaults.',
      ru: 'Исправьте все перечисленные значения; значения по умолчанию — в config/parameters.json.',
      kk: 'Аталған мәндердің бәрін түзетіңіз; әдепкі мәндер config/parameters.json ішінде.',
    },
    httpStatus: 400,
    exitCode: 65,
  },
  BZ_WORKSPACE_OUTDATED: {
    message: {
      en: 'The workspace {workspace} was written by an older Birtizim: its IIN and BIN columns are text ({columns})',
      ru: 'Рабочая база {workspace} записана прежней версией Birtizim: её столбцы ИИН и БИН хранятся как текст ({columns})',
      kk: '{workspace} жұмыс базасын Birtizim-нің бұрынғы нұсқасы жазған: оның ЖСН және БСН бағандары мәтін ({columns})',
    },
    fix: {
      en: 'Load the snapshot again: `birtizim ingest SNAPSHOT_DIR --workspace FILE` (or `birtizim verify SNAPSHOT_DIR ...`); verify results are kept.',
      ru: 'Загрузите выгрузку заново: `birtizim ingest SNAPSHOT_DIR --workspace FILE` (или `birtizim verify SNAPSHOT_DIR ...`); результаты проверок сохранятся.',
      kk: 'Үлгіні қайта жүктеңіз: `birtizim ingest SNAPSHOT_DIR --workspace FILE` (немесе `birtizim verify SNAPSHOT_DIR ...`); тексеру нәтижелері сақталады.',
    },
    httpStatus: 409,
    exitCode: 65,
  },
  BZ_NOT_IMPLEMENTED: {
    message: {
      en: 'Not implemented yet: {what}',
      ru: 'Ещё не реализовано: {what}',
      kk: 'Әлі іске асырылмаған: {what}',
    },
    fix: {
      en: 'This part of Birtizim is still being built.',
      ru: 'Эта часть Birtizim ещё в разработке.',
      kk: 'Birtizim-нің бұл бөлігі әлі әзірленуде.',
    },
    httpStatus: 501,
    exitCode: 69,
  },
} as const satisfies ErrorSpecs;

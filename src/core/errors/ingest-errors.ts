import type { ErrorSpecs } from './error-spec';

/**
 * Errors of `birtizim ingest` (src/ingest). Row-level problems never raise: they go to
 * quarantine. These are the problems that stop a load before anything is replaced.
 */
export const ingestErrors = {
  BZ_INGEST_UNKNOWN_HEADER: {
    message: {
      en: 'Unknown column headers: {problems}',
      ru: 'Неизвестные заголовки столбцов: {problems}',
      kk: 'Белгісіз баған тақырыптары: {problems}',
    },
    fix: {
      en: 'Map each header to a canonical column or to "ignore" in the mapping file ({mappingFile}) under its registry, or pass another one with --mapping.',
      ru: 'Сопоставьте каждый заголовок каноническому столбцу или "ignore" в файле сопоставления ({mappingFile}) в разделе реестра либо укажите другой файл через --mapping.',
      kk: 'Әр тақырыпты сәйкестендіру файлында ({mappingFile}) тізілім бөлімінде канондық бағанға немесе "ignore" мәніне сәйкестендіріңіз, не --mapping арқылы басқа файл беріңіз.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_INGEST_MISSING_COLUMN: {
    message: {
      en: 'Required columns missing: {problems}',
      ru: 'Отсутствуют обязательные столбцы: {problems}',
      kk: 'Міндетті бағандар жоқ: {problems}',
    },
    fix: {
      en: 'Add the columns to the extract, or map the header that holds them in the mapping file ({mappingFile}).',
      ru: 'Добавьте столбцы в выгрузку или сопоставьте содержащий их заголовок в файле сопоставления ({mappingFile}).',
      kk: 'Бағандарды үзіндіге қосыңыз немесе оларды қамтитын тақырыпты сәйкестендіру файлында ({mappingFile}) көрсетіңіз.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_INGEST_DUPLICATE_COLUMN: {
    message: {
      en: 'Several headers map to the same column: {problems}',
      ru: 'Несколько заголовков соответствуют одному столбцу: {problems}',
      kk: 'Бірнеше тақырып бір бағанға сәйкес келеді: {problems}',
    },
    fix: {
      en: 'Keep one of them and map the others to "ignore" in the mapping file ({mappingFile}).',
      ru: 'Оставьте один из них, остальные сопоставьте "ignore" в файле сопоставления ({mappingFile}).',
      kk: 'Біреуін қалдырып, қалғандарын сәйкестендіру файлында ({mappingFile}) "ignore" деп белгілеңіз.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_INGEST_NO_HEADER: {
    message: {
      en: 'File {file} has no header row',
      ru: 'В файле {file} нет строки заголовков',
      kk: '{file} файлында тақырып жолы жоқ',
    },
    fix: {
      en: 'The first row of every extract must name its columns.',
      ru: 'Первая строка каждой выгрузки должна содержать названия столбцов.',
      kk: 'Әр үзіндінің бірінші жолында бағандардың атаулары болуы керек.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_INGEST_MAPPING_INVALID: {
    message: {
      en: 'Header mapping file {file} is invalid: {problems}',
      ru: 'Файл сопоставления заголовков {file} содержит ошибки: {problems}',
      kk: '{file} тақырыптарды сәйкестендіру файлында қателер бар: {problems}',
    },
    fix: {
      en: 'Each entry is "header text": "canonical_column" or "ignore", grouped by registry name or "*"; see config/header-mapping.json.',
      ru: 'Каждая запись имеет вид "заголовок": "канонический_столбец" или "ignore", сгруппированы по имени реестра или "*"; см. config/header-mapping.json.',
      kk: 'Әр жазба "тақырып": "канондық_баған" немесе "ignore" түрінде, тізілім атауы не "*" бойынша топталады; config/header-mapping.json қараңыз.',
    },
    httpStatus: 400,
    exitCode: 65,
  },
  BZ_INGEST_DUPLICATE_FILE: {
    message: {
      en: 'Registry {registry} has more than one file in the snapshot: {files}',
      ru: 'Для реестра {registry} в снимке несколько файлов: {files}',
      kk: '{registry} тізілімі үшін суретте бірнеше файл бар: {files}',
    },
    fix: {
      en: 'Keep one file per registry in the snapshot folder.',
      ru: 'Оставьте в папке снимка по одному файлу на реестр.',
      kk: 'Сурет қалтасында әр тізілімге бір файл қалдырыңыз.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_INGEST_UNSUPPORTED_FORMAT: {
    message: {
      en: 'File {file} has an unsupported format; expected .csv, .tsv, .txt or .xlsx',
      ru: 'Формат файла {file} не поддерживается; ожидаются .csv, .tsv, .txt или .xlsx',
      kk: '{file} файлының пішімі қолдау көрсетілмейді; .csv, .tsv, .txt немесе .xlsx күтіледі',
    },
    fix: {
      en: 'Save the extract as CSV or XLSX (not the old .xls).',
      ru: 'Сохраните выгрузку в CSV или XLSX (не в старом .xls).',
      kk: 'Үзіндіні CSV немесе XLSX пішімінде сақтаңыз (ескі .xls емес).',
    },
    httpStatus: 415,
    exitCode: 65,
  },
  BZ_INGEST_READ_FAILED: {
    message: {
      en: 'Could not read {file}: {detail}',
      ru: 'Не удалось прочитать {file}: {detail}',
      kk: '{file} оқылмады: {detail}',
    },
    fix: {
      en: 'Check that the file is a complete CSV or XLSX extract; the previous snapshot is kept.',
      ru: 'Проверьте, что файл — полная выгрузка CSV или XLSX; предыдущий снимок сохранён.',
      kk: 'Файлдың толық CSV немесе XLSX үзіндісі екенін тексеріңіз; алдыңғы сурет сақталды.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
} as const satisfies ErrorSpecs;

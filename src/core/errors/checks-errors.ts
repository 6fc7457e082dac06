import type { ErrorSpecs } from './error-spec';

/** Errors of verify, indicators, checks and score: only when the input cannot be verified at all. */
export const checksErrors = {
  BZ_VERIFY_NO_POPULATION: {
    message: {
      en: 'Cannot verify: the population registry is absent or empty in {source}',
      ru: 'Проверка невозможна: реестр населения отсутствует или пуст в {source}',
      kk: 'Тексеру мүмкін емес: {source} ішінде халық тізілімі жоқ немесе бос',
    },
    fix: {
      en: 'Every check links persons through population: add population.csv (or .xlsx) to the snapshot folder.',
      ru: 'Все проверки связывают лиц через реестр населения: добавьте population.csv (или .xlsx) в папку выгрузки.',
      kk: 'Барлық тексерулер адамдарды халық тізілімі арқылы байланыстырады: population.csv (не .xlsx) файлын үлгі қалтасына қосыңыз.',
    },
    httpStatus: 422,
    exitCode: 65,
  },
  BZ_VERIFY_NO_WORKSPACE: {
    message: {
      en: 'Cannot verify: no snapshot folder was given and the workspace {workspace} holds no loaded snapshot',
      ru: 'Проверка невозможна: папка выгрузки не указана, а рабочая база {workspace} не содержит загруженной выгрузки',
      kk: 'Тексеру мүмкін емес: үлгі қалтасы берілмеген, ал {workspace} жұмыс базасында жүктелген үлгі жоқ',
    },
    fix: {
      en: 'Pass the snapshot folder: `birtizim verify SNAPSHOT_DIR --out OUT_DIR`, or load it first with `birtizim ingest`.',
      ru: 'Укажите папку выгрузки: `birtizim verify SNAPSHOT_DIR --out OUT_DIR` или сначала загрузите её командой `birtizim ingest`.',
      kk: 'Үлгі қалтасын көрсетіңіз: `birtizim verify SNAPSHOT_DIR --out OUT_DIR` немесе алдымен `birtizim ingest` арқылы жүктеңіз.',
    },
    httpStatus: 409,
    exitCode: 66,
  },
  BZ_VERIFY_BAD_AS_OF: {
    message: {
      en: 'The verification date {value} is not a date YYYY-MM-DD',
      ru: 'Дата проверки {value} не является датой ГГГГ-ММ-ДД',
      kk: '{value} тексеру күні ЖЖЖЖ-АА-КК күні емес',
    },
    fix: {
      en: 'Give --as-of as YYYY-MM-DD, e.g. 2026-10-15, or omit it for today.',
      ru: 'Укажите --as-of в виде ГГГГ-ММ-ДД, например 2026-10-15, или не указывайте (сегодня).',
      kk: '--as-of мәнін ЖЖЖЖ-АА-КК түрінде беріңіз, мысалы 2026-10-15, не бүгін үшін көрсетпеңіз.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_SCORE_BAD_FILE: {
    message: {
      en: 'Cannot score: {file} is not a readable {kind} file ({problem})',
      ru: 'Оценка невозможна: {file} не читается как файл {kind} ({problem})',
      kk: 'Бағалау мүмкін емес: {file} файлы {kind} файлы ретінде оқылмайды ({problem})',
    },
    fix: {
      en: "TRUTH is the generator's truth/findings.csv, FINDINGS the findings.csv written by verify.",
      ru: 'TRUTH — это truth/findings.csv генератора, FINDINGS — findings.csv, записанный verify.',
      kk: 'TRUTH — генератордың truth/findings.csv файлы, FINDINGS — verify жазған findings.csv.',
    },
    httpStatus: 400,
    exitCode: 65,
  },
} as const satisfies ErrorSpecs;

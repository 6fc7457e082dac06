import type { ErrorSpecs } from './error-spec';

/** Errors of the HTTP API: sessions, access, requests, background imports. */
export const serverErrors = {
  BZ_SERVER_UNAUTHENTICATED: {
    message: {
      en: 'Not signed in or the session has expired.',
      ru: 'Вход не выполнен или сеанс истёк.',
      kk: 'Жүйеге кірмегенсіз немесе сеанс мерзімі өтті.',
    },
    fix: { en: 'Sign in again.', ru: 'Войдите снова.', kk: 'Қайта кіріңіз.' },
    httpStatus: 401,
    exitCode: 77,
  },
  BZ_SERVER_BAD_CREDENTIALS: {
    message: {
      en: 'Wrong login or password.',
      ru: 'Неверный логин или пароль.',
      kk: 'Логин немесе құпиясөз қате.',
    },
    fix: {
      en: 'Check the login and password; ask an administrator to reset them.',
      ru: 'Проверьте логин и пароль; обратитесь к администратору для сброса.',
      kk: 'Логин мен құпиясөзді тексеріңіз; қалпына келтіру үшін әкімшіге жүгініңіз.',
    },
    httpStatus: 401,
    exitCode: 77,
  },
  BZ_SERVER_FORBIDDEN: {
    message: {
      en: 'Your role ({role}) may not {what}.',
      ru: 'Ваша роль ({role}) не позволяет: {what}.',
      kk: 'Сіздің рөліңіз ({role}) рұқсат етпейді: {what}.',
    },
    fix: {
      en: 'Ask an administrator for the access you need.',
      ru: 'Запросите нужный доступ у администратора.',
      kk: 'Қажетті рұқсатты әкімшіден сұраңыз.',
    },
    httpStatus: 403,
    exitCode: 77,
  },
  BZ_SERVER_CSRF: {
    message: {
      en: 'Missing or wrong x-csrf-token header.',
      ru: 'Отсутствует или неверен заголовок x-csrf-token.',
      kk: 'x-csrf-token тақырыбы жоқ немесе қате.',
    },
    fix: {
      en: 'Send the csrfToken returned at sign-in in the x-csrf-token header.',
      ru: 'Передавайте csrfToken, полученный при входе, в заголовке x-csrf-token.',
      kk: 'Кіру кезінде алынған csrfToken мәнін x-csrf-token тақырыбында жіберіңіз.',
    },
    httpStatus: 403,
    exitCode: 77,
  },
  BZ_SERVER_NOT_FOUND: {
    message: { en: 'Not found: {what}.', ru: 'Не найдено: {what}.', kk: 'Табылмады: {what}.' },
    fix: {
      en: 'Check the identifier; records outside your districts are not shown.',
      ru: 'Проверьте идентификатор; записи вне ваших районов не показываются.',
      kk: 'Идентификаторды тексеріңіз; аудандарыңыздан тыс жазбалар көрсетілмейді.',
    },
    httpStatus: 404,
    exitCode: 66,
  },
  BZ_SERVER_PURPOSE_REQUIRED: {
    message: {
      en: 'Reading personal data needs a stated purpose.',
      ru: 'Для доступа к персональным данным нужна указанная цель.',
      kk: 'Дербес деректерге қол жеткізу үшін мақсат көрсетілуі керек.',
    },
    fix: {
      en: 'Choose a purpose at sign-in or send it in the x-access-purpose header (Law 94-V).',
      ru: 'Укажите цель при входе или в заголовке x-access-purpose (Закон 94-V).',
      kk: 'Мақсатты кіру кезінде немесе x-access-purpose тақырыбында көрсетіңіз (94-V Заңы).',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_SERVER_BAD_REQUEST: {
    message: { en: 'Invalid request: {detail}', ru: 'Неверный запрос: {detail}', kk: 'Сұрау қате: {detail}' },
    fix: {
      en: 'Correct the request as described.',
      ru: 'Исправьте запрос согласно описанию.',
      kk: 'Сұрауды сипаттамаға сәйкес түзетіңіз.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
  BZ_SERVER_RATE_LIMITED: {
    message: {
      en: 'Too many attempts; try again later.',
      ru: 'Слишком много попыток; повторите позже.',
      kk: 'Әрекеттер тым көп; кейінірек қайталаңыз.',
    },
    fix: {
      en: 'Wait a minute before signing in again.',
      ru: 'Подождите минуту перед повторным входом.',
      kk: 'Қайта кірер алдында бір минут күтіңіз.',
    },
    httpStatus: 429,
    exitCode: 75,
  },
  BZ_SERVER_NO_RUN: {
    message: {
      en: 'No verify run in the workspace yet.',
      ru: 'В рабочей области ещё нет проверок.',
      kk: 'Жұмыс аймағында әлі тексеру жоқ.',
    },
    fix: {
      en: 'Import a snapshot (Imports page, or `birtizim verify`) first.',
      ru: 'Сначала загрузите срез (страница «Импорт» или `birtizim verify`).',
      kk: 'Алдымен кесіндіні жүктеңіз («Импорт» беті немесе `birtizim verify`).',
    },
    httpStatus: 409,
    exitCode: 65,
  },
  BZ_SERVER_CASE_STATE: {
    message: {
      en: 'Case {caseId} is {status}: cannot {what}.',
      ru: 'Дело {caseId} в статусе {status}: нельзя {what}.',
      kk: '{caseId} іс {status} күйінде: {what} мүмкін емес.',
    },
    fix: {
      en: 'Reload the case; only open cases take decisions, only decided cases close.',
      ru: 'Обновите дело; решения принимаются только по открытым делам, закрываются только решённые.',
      kk: 'Істі жаңартыңыз; шешім тек ашық істерге, жабу тек шешілген істерге.',
    },
    httpStatus: 409,
    exitCode: 65,
  },
  BZ_SERVER_IMPORT_BUSY: {
    message: {
      en: 'Import {jobId} is still running.',
      ru: 'Импорт {jobId} ещё выполняется.',
      kk: '{jobId} импорты әлі орындалуда.',
    },
    fix: {
      en: 'Wait for it to finish, then upload again.',
      ru: 'Дождитесь завершения и загрузите снова.',
      kk: 'Аяқталуын күтіп, қайта жүктеңіз.',
    },
    httpStatus: 409,
    exitCode: 75,
  },
  BZ_SERVER_IMPORT_INVALID: {
    message: {
      en: 'The upload is not a snapshot: {detail}',
      ru: 'Загрузка не является срезом: {detail}',
      kk: 'Жүктелген файл кесінді емес: {detail}',
    },
    fix: {
      en: 'Upload registry files named after their registry (population.csv, ...) or one zip of them.',
      ru: 'Загрузите файлы реестров с именами реестров (population.csv, ...) или один zip.',
      kk: 'Тізілім аттарымен аталған файлдарды (population.csv, ...) немесе бір zip жүктеңіз.',
    },
    httpStatus: 400,
    exitCode: 65,
  },
  BZ_SERVER_IMPORT_NO_RESULT: {
    message: {
      en: 'Import {jobId} has no {what}: {detail}',
      ru: 'У импорта {jobId} нет результата «{what}»: {detail}',
      kk: '{jobId} импортында «{what}» нәтижесі жоқ: {detail}',
    },
    fix: {
      en: 'Open the job to see why it stopped; fix the snapshot (or its header mapping) and upload it again.',
      ru: 'Откройте задание, чтобы увидеть причину остановки; исправьте срез (или сопоставление заголовков) и загрузите снова.',
      kk: 'Тоқтау себебін көру үшін тапсырманы ашыңыз; кесіндіні (немесе тақырып сәйкестендіруін) түзетіп, қайта жүктеңіз.',
    },
    httpStatus: 409,
    exitCode: 65,
  },
} as const satisfies ErrorSpecs;

import type { ErrorSpecs } from './error-spec';

/** Errors of the operational store (PostgreSQL / PGlite): users, sessions, cases, audit. */
export const storeErrors = {
  BZ_STORE_UNAVAILABLE: {
    message: {
      en: 'The operational store cannot be opened: {detail}',
      ru: 'Не удаётся открыть операционное хранилище: {detail}',
      kk: 'Операциялық қойманы ашу мүмкін емес: {detail}',
    },
    fix: {
      en: 'Check DATABASE_URL (server running, credentials) or the data folder permissions.',
      ru: 'Проверьте DATABASE_URL (сервер запущен, учётные данные) или права на папку данных.',
      kk: 'DATABASE_URL (сервер іске қосылған, тіркелгі деректері) немесе деректер қалтасының құқықтарын тексеріңіз.',
    },
    httpStatus: 503,
    exitCode: 69,
  },
  BZ_STORE_MIGRATION_FAILED: {
    message: {
      en: 'Store migration {migration} failed: {detail}',
      ru: 'Миграция хранилища {migration} не выполнена: {detail}',
      kk: '{migration} қойма миграциясы орындалмады: {detail}',
    },
    fix: {
      en: 'Restore the database from a backup or fix the migration; nothing after it was applied.',
      ru: 'Восстановите базу из резервной копии или исправьте миграцию; следующие не применялись.',
      kk: 'Дерекқорды сақтық көшірмеден қалпына келтіріңіз немесе миграцияны түзетіңіз; келесілері қолданылмады.',
    },
    httpStatus: 500,
    exitCode: 70,
  },
  BZ_STORE_USER_EXISTS: {
    message: {
      en: 'A user with login {login} already exists.',
      ru: 'Пользователь с логином {login} уже существует.',
      kk: '{login} логині бар пайдаланушы бұрыннан бар.',
    },
    fix: {
      en: 'Choose another login.',
      ru: 'Выберите другой логин.',
      kk: 'Басқа логин таңдаңыз.',
    },
    httpStatus: 409,
    exitCode: 65,
  },
  BZ_STORE_USER_INVALID: {
    message: {
      en: 'Invalid user: {detail}',
      ru: 'Неверные данные пользователя: {detail}',
      kk: 'Пайдаланушы деректері қате: {detail}',
    },
    fix: {
      en: 'Roles: admin, analyst, district_officer, auditor, viewer; a district officer needs at least one known district code (reference/districts.csv); passwords at least 8 characters.',
      ru: 'Роли: admin, analyst, district_officer, auditor, viewer; районному сотруднику нужен хотя бы один код района (reference/districts.csv); пароль не короче 8 символов.',
      kk: 'Рөлдер: admin, analyst, district_officer, auditor, viewer; аудан қызметкеріне кемінде бір аудан коды керек (reference/districts.csv); құпиясөз кемінде 8 таңба.',
    },
    httpStatus: 400,
    exitCode: 64,
  },
} as const satisfies ErrorSpecs;

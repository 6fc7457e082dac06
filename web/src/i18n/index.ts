import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../src/core/localized';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

export const LANGUAGE_STORAGE_KEY = 'birtizim.lang';

/** The language remembered in this browser; Kazakh by default (the state language). */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? '';
    if (isLanguage(value)) return value;
  } catch {
    // storage disabled: fall through
  }
  return 'kk';
}

export function initI18n(lang: Language = storedLanguage()): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
      lng: lang,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return i18next;
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

/** The current interface language, typed. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return isLanguage(lang) ? lang : 'kk';
}

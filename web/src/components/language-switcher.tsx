import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../../src/core/localized';
import { changeLanguage, useLanguage } from '../i18n';

/** Native names, so that everyone finds their language whatever is shown now. */
const NATIVE_NAMES = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  return (
    <span className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={lang}
        data-testid="language-switcher"
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </span>
  );
}

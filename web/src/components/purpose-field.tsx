import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const PURPOSE_KEYS = ['caseReview', 'outreach', 'audit', 'report', 'citizenRequest'] as const;
type PurposeKey = (typeof PURPOSE_KEYS)[number];

interface PurposeFieldProps {
  readonly onChange: (purpose: string) => void;
  readonly initial?: string | null;
}

/**
 * Law 94-V on personal data: access is for a stated purpose, recorded in the audit log.
 * A list of the usual purposes, or a purpose in the user's own words.
 */
export function PurposeField({ onChange, initial }: PurposeFieldProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const otherId = useId();
  const [choice, setChoice] = useState<PurposeKey | 'other' | ''>(initial ? 'other' : '');
  const [other, setOther] = useState(initial ?? '');

  return (
    <div className="field-group">
      <div className="field">
        <label htmlFor={selectId}>{t('purpose.label')}</label>
        <select
          id={selectId}
          required
          value={choice}
          data-testid="purpose-select"
          onChange={(e) => {
            const value = e.target.value as PurposeKey | 'other' | '';
            setChoice(value);
            onChange(value === 'other' ? other : value === '' ? '' : t(`purpose.options.${value}`));
          }}
        >
          <option value="">{t('purpose.choose')}</option>
          {PURPOSE_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`purpose.options.${key}`)}
            </option>
          ))}
          <option value="other">{t('purpose.other')}</option>
        </select>
      </div>
      {choice === 'other' ? (
        <div className="field">
          <label htmlFor={otherId}>{t('purpose.otherLabel')}</label>
          <input
            id={otherId}
            required
            minLength={3}
            maxLength={200}
            value={other}
            onChange={(e) => {
              setOther(e.target.value);
              onChange(e.target.value);
            }}
          />
        </div>
      ) : null}
      <p className="hint">{t('purpose.hint')}</p>
    </div>
  );
}

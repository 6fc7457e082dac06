import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PurposeField } from '../../../components/purpose-field';

/** Before a person's data is shown: why is it opened? The answer goes to the audit log. */
export function PurposePrompt({ onConfirm }: { readonly onConfirm: (purpose: string) => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  return (
    <form
      className="card purpose-prompt"
      data-testid="purpose-prompt"
      onSubmit={(e) => {
        e.preventDefault();
        if (purpose.trim().length >= 3) onConfirm(purpose.trim());
      }}
    >
      <h2>{t('person.purposeTitle')}</h2>
      <p>{t('person.purposeText')}</p>
      <PurposeField onChange={setPurpose} />
      <button type="submit" className="primary" disabled={purpose.trim().length < 3}>
        {t('person.open')}
      </button>
    </form>
  );
}

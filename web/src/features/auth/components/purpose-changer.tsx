import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PurposeField } from '../../../components/purpose-field';
import { ErrorMessage } from '../../../components/query-state';
import { useSetPurpose } from '../api/set-purpose';

/** The session's purpose, shown in the header and changeable at any time. */
export function PurposeChanger({ purpose }: { readonly purpose: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const mutation = useSetPurpose();
  if (!open) {
    return (
      <span className="purpose-current">
        <span className="muted">{t('purpose.current')}:</span> <em>{purpose ?? t('purpose.none')}</em>{' '}
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('purpose.change')}
        </button>
      </span>
    );
  }
  return (
    <form
      className="purpose-changer card"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim().length >= 3) mutation.mutate(value.trim(), { onSuccess: () => setOpen(false) });
      }}
    >
      <PurposeField onChange={setValue} />
      <button type="submit" className="primary" disabled={value.trim().length < 3 || mutation.isPending}>
        {t('common.save')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      {mutation.error ? <ErrorMessage error={mutation.error} /> : null}
    </form>
  );
}

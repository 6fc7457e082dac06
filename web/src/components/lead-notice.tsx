import { useTranslation } from 'react-i18next';

/** checks.md: "a finding is a lead, not a verdict: the interface says so". */
export function LeadNotice() {
  const { t } = useTranslation();
  return (
    <p className="lead-notice" role="note" data-testid="lead-notice">
      <strong>{t('lead.title')}</strong> {t('lead.text')}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import type { CaseStatus, FindingStatus } from '../../../src/server/schemas/findings-schemas';

export function FindingStatusBadge({ status }: { readonly status: FindingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status}`}>{t(`findingStatus.${status}`)}</span>;
}

export function CaseStatusBadge({ status }: { readonly status: CaseStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <span className={`badge badge-case-${status}`}>{t(`caseStatus.${status}`)}</span>;
}

export function SeverityBadge({ severity }: { readonly severity: string }) {
  const { t } = useTranslation();
  const known = severity === 'low' || severity === 'medium' || severity === 'high';
  return (
    <span className={`badge badge-severity-${known ? severity : 'unknown'}`}>
      {known ? t(`severity.${severity}`) : severity}
    </span>
  );
}

import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, FindingStatus } from '../../../src/server/schemas/findings-schemas';
import { useLanguage } from '../i18n';
import { formatMoney } from '../lib/format';

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

/**
 * The tail every finding row shares (findings list, person card): amount, status, and the
 * case it became, linked, with the case's state.
 */
export function FindingOutcomeCells({
  finding,
}: {
  readonly finding: {
    readonly amountKzt: number | null;
    readonly status: FindingStatus;
    readonly caseId: number | null;
    readonly caseStatus: CaseStatus | null;
  };
}) {
  const lang = useLanguage();
  return (
    <>
      <td className="num">{formatMoney(finding.amountKzt, lang)}</td>
      <td>
        <FindingStatusBadge status={finding.status} />
      </td>
      <td>
        {finding.caseId ? (
          <Link to={`/cases/${finding.caseId}`}>
            #{finding.caseId} <CaseStatusBadge status={finding.caseStatus} />
          </Link>
        ) : (
          '—'
        )}
      </td>
    </>
  );
}

import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { PageTitle } from '../../../components/page-title';
import { QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import { pick } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useRuleStats } from '../api/get-rule-stats';

/** How often each rule's leads were confirmed: the feedback that tunes thresholds. */
export function HitRatesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const stats = useRuleStats();
  const meta = useMeta();
  const rules = new Map((meta.data?.rules ?? []).map((r) => [r.id, r]));
  return (
    <section className="page">
      <p>
        <Link to="/cases">← {t('cases.back')}</Link>
      </p>
      <PageTitle title={t('cases.hitRates')}>{t('cases.hitRates')}</PageTitle>
      <QueryState query={stats}>
        {(data) => (
          <DataTable
            testId="hit-rates"
            columns={[
              { key: 'rule', label: t('findings.rule') },
              { key: 'findings', label: t('hitRates.findings'), numeric: true },
              { key: 'reviewed', label: t('hitRates.reviewed'), numeric: true },
              { key: 'confirmed', label: t('decision.confirmed'), numeric: true },
              { key: 'dismissed', label: t('decision.dismissed'), numeric: true },
              { key: 'hitRate', label: t('hitRates.hitRate'), numeric: true },
              { key: 'amountConfirmed', label: t('cases.amountConfirmed'), numeric: true },
              { key: 'amountRecovered', label: t('cases.amountRecovered'), numeric: true },
            ]}
          >
            {data.items.map((s) => (
              <tr key={s.ruleId}>
                <td>
                  <Link to={`/findings?rule=${encodeURIComponent(s.ruleId)}`}>
                    <span className="rule-id">{s.ruleId}</span> {pick(rules.get(s.ruleId)?.title, lang)}
                  </Link>
                </td>
                <td className="num">{formatNumber(s.findings, lang)}</td>
                <td className="num">{formatNumber(s.reviewed, lang)}</td>
                <td className="num">{formatNumber(s.confirmed, lang)}</td>
                <td className="num">{formatNumber(s.dismissed, lang)}</td>
                <td className="num">{s.hitRate === null ? '—' : formatPercent(s.hitRate * 100, lang)}</td>
                <td className="num">{formatMoney(s.amountConfirmedKzt, lang)}</td>
                <td className="num">{formatMoney(s.amountRecoveredKzt, lang)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}

import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
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
          <div className="table-wrap">
            <table className="data-table" data-testid="hit-rates">
              <thead>
                <tr>
                  <th scope="col">{t('findings.rule')}</th>
                  <th scope="col" className="num">
                    {t('hitRates.findings')}
                  </th>
                  <th scope="col" className="num">
                    {t('hitRates.reviewed')}
                  </th>
                  <th scope="col" className="num">
                    {t('decision.confirmed')}
                  </th>
                  <th scope="col" className="num">
                    {t('decision.dismissed')}
                  </th>
                  <th scope="col" className="num">
                    {t('hitRates.hitRate')}
                  </th>
                  <th scope="col" className="num">
                    {t('cases.amountConfirmed')}
                  </th>
                  <th scope="col" className="num">
                    {t('cases.amountRecovered')}
                  </th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}

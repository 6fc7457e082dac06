import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { TableCard } from '../../../components/data-table';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatMoney, formatNumber, formatPercent, formatSignedPercent } from '../../../lib/format';
import { isRuleFamily } from '../../../lib/labels';
import { districtName } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useSession } from '../../../lib/session';
import { useDashboard } from '../api/get-dashboard';
import {
  familiesOf,
  forDistrict,
  isGap,
  isKnownIndicator,
  reportedVsComputed,
  totals,
} from '../lib/dashboard-model';

// The chart bundle (ECharts) is fetched when the dashboard mounts, in parallel with the
// dashboard's data, so the first chart does not wait for the data and then the bundle.
const loadCharts = () => import('./dashboard-charts');
const DashboardCharts = lazy(loadCharts);

/** A count of findings over their amount, linking to the list they come from. */
function CountAndAmount({ to, count, amountKzt }: { to: string; count: number; amountKzt: number }) {
  const lang = useLanguage();
  return (
    <Link to={to}>
      {formatNumber(count, lang)}
      <br />
      <span className="muted">{formatMoney(amountKzt, lang)}</span>
    </Link>
  );
}

function q(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  return search.toString();
}

export function DashboardPage() {
  useEffect(() => void loadCharts(), []);
  const { t } = useTranslation();
  const lang = useLanguage();
  const dashboard = useDashboard();
  const meta = useMeta();
  const session = useSession();
  const allowed = session.data?.user.districts ?? [];
  const [chosen, setChosen] = useState<string>('');
  // An officer of one district has no "all districts": their district is the view.
  const district = chosen || (allowed.length === 1 ? (allowed[0] ?? '') : '');

  return (
    <section className="page">
      <PageTitle title={t('dashboard.title')}>{t('dashboard.title')}</PageTitle>
      <QueryState query={dashboard}>
        {(full) => {
          const codes = full.districts.map((d) => d.district);
          const data = forDistrict(full, district || null);
          const sum = totals(data);
          const families = familiesOf(data);
          const gaps = reportedVsComputed(data);
          const name = (code: string) => districtName(code, meta.data?.districts, lang);
          return (
            <>
              <div className="toolbar">
                <div className="field">
                  <label htmlFor="d-district">{t('findings.district')}</label>
                  <select id="d-district" value={district} onChange={(e) => setChosen(e.target.value)}>
                    {allowed.length !== 1 ? <option value="">{t('dashboard.allDistricts')}</option> : null}
                    {codes.map((c) => (
                      <option key={c} value={c}>
                        {name(c)}
                      </option>
                    ))}
                  </select>
                </div>
                {full.runId ? <p className="muted">{t('dashboard.run', { run: full.runId })}</p> : null}
              </div>
              {full.runId === null ? <p className="warning">{t('dashboard.noRun')}</p> : null}
              <div className="kpis">
                <Link className="kpi" to={`/findings?${q({ district })}`} data-testid="kpi-findings">
                  <span className="kpi-label">{t('dashboard.findings')}</span>
                  <span className="kpi-value">{formatNumber(sum.findings, lang)}</span>
                </Link>
                <Link className="kpi" to={`/findings?${q({ district, sort: 'amount', order: 'desc' })}`}>
                  <span className="kpi-label">{t('dashboard.amount')}</span>
                  <span className="kpi-value">{formatMoney(sum.amountKzt, lang)}</span>
                </Link>
                <Link className="kpi" to={`/findings?${q({ district, family: 'IND' })}`}>
                  <span className="kpi-label">{t('dashboard.gaps')}</span>
                  <span className="kpi-value">{formatNumber(gaps.filter((r) => isGap(r)).length, lang)}</span>
                </Link>
              </div>
              <Suspense fallback={<Loading />}>
                <DashboardCharts data={data} meta={meta.data} />
              </Suspense>
              <TableCard
                title={t('dashboard.byFamily')}
                testId="family-table"
                columns={[
                  { key: 'district', label: t('findings.district') },
                  ...families.map((f) => ({
                    key: f,
                    label: isRuleFamily(f) ? t(`family.${f}`) : f,
                    numeric: true,
                  })),
                  { key: 'total', label: t('dashboard.total'), numeric: true },
                ]}
              >
                {data.districts.map((d) => (
                  <tr key={d.district}>
                    <th scope="row">{name(d.district)}</th>
                    {families.map((f) => {
                      const cell = d.byFamily.find((x) => x.family === f);
                      return (
                        <td key={f} className="num">
                          {cell ? (
                            <CountAndAmount
                              to={`/findings?${q({ district: d.district, family: f })}`}
                              count={cell.findings}
                              amountKzt={cell.amountKzt}
                            />
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                    <td className="num">
                      <CountAndAmount
                        to={`/findings?${q({ district: d.district })}`}
                        count={d.findings}
                        amountKzt={d.amountKzt}
                      />
                    </td>
                  </tr>
                ))}
              </TableCard>
              <TableCard
                title={t('dashboard.coverage')}
                testId="coverage-table"
                columns={[
                  { key: 'district', label: t('findings.district') },
                  { key: 'population', label: t('dashboard.population'), numeric: true },
                  { key: 'osms', label: t('dashboard.osmsCoverage'), numeric: true },
                  { key: 'uninsured', label: t('dashboard.uninsured'), numeric: true },
                  { key: 'phc', label: t('dashboard.noPhcVisit'), numeric: true },
                  { key: 'asp', label: t('dashboard.aspFamilies'), numeric: true },
                ]}
              >
                {data.coverage.map((c) => (
                  <tr key={c.district}>
                    <th scope="row">{name(c.district)}</th>
                    <td className="num">{formatNumber(c.population, lang)}</td>
                    <td className="num">{formatPercent(c.osmsCoveragePct, lang)}</td>
                    <td className="num">
                      <Link to={`/outreach?${q({ list: 'osms-03', district: c.district })}`}>
                        {formatNumber(c.osmsUninsured, lang)}
                      </Link>
                    </td>
                    <td className="num">
                      <Link to={`/outreach?${q({ list: 'no-phc-visit', district: c.district })}`}>
                        {formatNumber(c.noPhcVisit2y, lang)}
                      </Link>
                    </td>
                    <td className="num">
                      <Link to={`/findings?${q({ family: 'ASP', district: c.district })}`}>
                        {formatNumber(c.aspFamilies, lang)}
                      </Link>
                    </td>
                  </tr>
                ))}
              </TableCard>
              <TableCard
                title={t('dashboard.reportedVsComputed')}
                hint={t('dashboard.gapHint')}
                testId="indicator-table"
                columns={[
                  { key: 'district', label: t('findings.district') },
                  { key: 'indicator', label: t('dashboard.indicator') },
                  { key: 'period', label: t('findings.period') },
                  { key: 'reported', label: t('dashboard.reported'), numeric: true },
                  { key: 'computed', label: t('dashboard.computed'), numeric: true },
                  { key: 'gap', label: t('dashboard.gap'), numeric: true },
                ]}
              >
                {gaps.length === 0 ? (
                  <tr>
                    <td colSpan={6} className="empty">
                      {t('dashboard.noReported')}
                    </td>
                  </tr>
                ) : null}
                {gaps.map((r) => (
                  <tr
                    key={`${r.district}-${r.indicator}-${r.period ?? ''}`}
                    className={isGap(r) ? 'gap-row' : undefined}
                  >
                    <th scope="row">{name(r.district)}</th>
                    <td>{isKnownIndicator(r.indicator) ? t(`indicator.${r.indicator}`) : r.indicator}</td>
                    <td>{r.period ?? '—'}</td>
                    <td className="num">{formatNumber(r.reported, lang, 1)}</td>
                    <td className="num">{formatNumber(r.computed, lang, 1)}</td>
                    <td className="num">
                      {isGap(r) ? (
                        <Link
                          to={`/findings?${q({ family: 'IND', district: r.district, subject: `${r.district}/${r.indicator}` })}`}
                        >
                          <strong>{formatSignedPercent(r.gapPct, lang)}</strong>{' '}
                          <span className="badge badge-gap">{t('dashboard.gapBadge')}</span>
                        </Link>
                      ) : (
                        formatSignedPercent(r.gapPct, lang)
                      )}
                    </td>
                  </tr>
                ))}
              </TableCard>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LeadNotice } from '../../../components/lead-notice';
import { PageTitle } from '../../../components/page-title';
import { ErrorMessage, QueryState } from '../../../components/query-state';
import { CaseStatusBadge, FindingStatusBadge, SeverityBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n';
import { formatMoney } from '../../../lib/format';
import { districtName, pick } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useFinding } from '../api/get-finding';
import { useOpenCase } from '../api/open-case';
import { EvidenceView, isThresholdKey } from './evidence-view';

const IIN_IN_SUBJECT = /(?:^|\/)(\d{12})$/;

function thresholds(evidence: unknown): [string, unknown][] {
  if (typeof evidence !== 'object' || evidence === null || Array.isArray(evidence)) return [];
  return Object.entries(evidence).filter(
    ([k, v]) => isThresholdKey(k) && (v === null || typeof v !== 'object'),
  );
}

export function FindingPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { findingId = '' } = useParams();
  const finding = useFinding(findingId);
  const meta = useMeta();
  const openCase = useOpenCase();
  const navigate = useNavigate();

  return (
    <section className="page">
      <p>
        <Link to="/findings">← {t('findings.back')}</Link>
      </p>
      <QueryState query={finding}>
        {(f) => {
          const title = pick(f.rule.title, lang, f.ruleId);
          const iin = IIN_IN_SUBJECT.exec(f.subjectId)?.[1];
          const used = thresholds(f.evidence);
          return (
            <>
              <PageTitle title={`${f.ruleId} · ${title}`}>
                <span className="rule-id">{f.ruleId}</span> {title}
              </PageTitle>
              <LeadNotice />
              <div className="finding-layout">
                <section className="card">
                  <h2>{t('finding.whatItMeans')}</h2>
                  <p data-testid="rule-explanation">
                    {pick(f.rule.explanation, lang, t('finding.noExplanation'))}
                  </p>
                  {f.rule.amountRule ? (
                    <>
                      <h3>{t('finding.amountRule')}</h3>
                      <p>{pick(f.rule.amountRule, lang)}</p>
                    </>
                  ) : null}
                  <h3>{t('finding.threshold')}</h3>
                  {used.length > 0 ? (
                    <ul data-testid="threshold">
                      {used.map(([k, v]) => (
                        <li key={k}>
                          <code>{k}</code> = <strong>{String(v)}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p data-testid="threshold">{t('finding.noThreshold')}</p>
                  )}
                </section>
                <section className="card">
                  <h2>{t('finding.facts')}</h2>
                  <dl className="kv">
                    <div className="kv-row">
                      <dt>{t('findings.subject')}</dt>
                      <dd className="mono">
                        {f.subjectId}
                        {iin ? (
                          <>
                            {' '}
                            <Link to={`/persons/${iin}`} data-testid="person-link">
                              {t('finding.openPerson')}
                            </Link>
                          </>
                        ) : null}
                      </dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.district')}</dt>
                      <dd>{districtName(f.district, meta.data?.districts, lang)}</dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.period')}</dt>
                      <dd>{f.period ?? '—'}</dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.amount')}</dt>
                      <dd>{formatMoney(f.amountKzt, lang)}</dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.severity')}</dt>
                      <dd>
                        <SeverityBadge severity={f.severity} />
                      </dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.status')}</dt>
                      <dd>
                        <FindingStatusBadge status={f.status} />
                        {f.linkedByName ? (
                          <span className="badge badge-linked">{t('findings.linkedByName')}</span>
                        ) : null}
                      </dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('finding.ruleVersion')}</dt>
                      <dd>{f.ruleVersion}</dd>
                    </div>
                    <div className="kv-row">
                      <dt>{t('findings.case')}</dt>
                      <dd>
                        {f.caseId ? (
                          <Link to={`/cases/${f.caseId}`} data-testid="case-link">
                            #{f.caseId} <CaseStatusBadge status={f.caseStatus} />
                          </Link>
                        ) : (
                          <button
                            type="button"
                            className="primary"
                            disabled={openCase.isPending}
                            onClick={() =>
                              openCase.mutate(f.findingId, {
                                onSuccess: (c) => navigate(`/cases/${c.case.id}`),
                              })
                            }
                          >
                            {t('finding.openCase')}
                          </button>
                        )}
                      </dd>
                    </div>
                  </dl>
                  {openCase.error ? <ErrorMessage error={openCase.error} /> : null}
                </section>
              </div>
              <h2>{t('finding.evidence')}</h2>
              <EvidenceView evidence={f.evidence} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../../src/server/schemas/findings-schemas';
import { PageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { QueryState } from '../../../components/query-state';
import { CaseStatusBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n';
import { formatDateTime, formatMoney } from '../../../lib/format';
import { districtName } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useSession } from '../../../lib/session';
import { useCases } from '../api/get-cases';
import { CASE_STATUS_VALUES } from '../lib/reasons';

const LIMIT = 50;

export function CasesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const session = useSession();
  const meta = useMeta();
  const [mine, setMine] = useState(true);
  const [status, setStatus] = useState<CaseStatus | ''>('open');
  const [offset, setOffset] = useState(0);
  const userId = session.data?.user.id;
  const cases = useCases(
    { assigneeId: mine ? userId : undefined, status: status || undefined, offset, limit: LIMIT },
    userId !== undefined,
  );

  return (
    <section className="page">
      <PageTitle title={t('cases.title')}>{t('cases.title')}</PageTitle>
      <p>
        <Link to="/cases/hit-rates">{t('cases.hitRates')}</Link>
      </p>
      <div className="filters">
        <fieldset className="field segmented">
          <legend>{t('cases.whose')}</legend>
          <label>
            <input type="radio" name="mine" checked={mine} onChange={() => (setMine(true), setOffset(0))} />{' '}
            {t('cases.mine')}
          </label>
          <label>
            <input type="radio" name="mine" checked={!mine} onChange={() => (setMine(false), setOffset(0))} />{' '}
            {t('cases.all')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="case-status">{t('findings.status')}</label>
          <select
            id="case-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as CaseStatus | '');
              setOffset(0);
            }}
          >
            <option value="">{t('common.all')}</option>
            {CASE_STATUS_VALUES.map((s) => (
              <option key={s} value={s}>
                {t(`caseStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryState query={cases}>
        {(page) => (
          <>
            <div className="table-wrap">
              <table className="data-table" data-testid="cases-table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('findings.rule')}</th>
                    <th scope="col">{t('findings.district')}</th>
                    <th scope="col">{t('findings.subject')}</th>
                    <th scope="col" className="num">
                      {t('findings.amount')}
                    </th>
                    <th scope="col">{t('findings.status')}</th>
                    <th scope="col">{t('cases.assignee')}</th>
                    <th scope="col">{t('cases.openedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.length === 0 ? (
                    <tr>
                      <td colSpan={8} className="empty">
                        {t('cases.none')}
                      </td>
                    </tr>
                  ) : null}
                  {page.items.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/cases/${c.id}`}>#{c.id}</Link>
                      </td>
                      <td>
                        <span className="rule-id">{c.ruleId}</span>
                      </td>
                      <td>{districtName(c.district, meta.data?.districts, lang)}</td>
                      <td className="mono">{c.subjectId}</td>
                      <td className="num">{formatMoney(c.amountKzt, lang)}</td>
                      <td>
                        <CaseStatusBadge status={c.status} />
                      </td>
                      <td>{c.assigneeLogin ?? '—'}</td>
                      <td>{formatDateTime(c.openedAt, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination offset={offset} limit={LIMIT} total={page.total} onOffsetChange={setOffset} />
          </>
        )}
      </QueryState>
    </section>
  );
}

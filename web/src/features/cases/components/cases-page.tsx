import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../../src/server/schemas/findings-schemas';
import { DataTable } from '../../../components/data-table';
import { PageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { QueryState } from '../../../components/query-state';
import { SelectFilter } from '../../../components/select-filter';
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
        <SelectFilter
          id="case-status"
          label={t('findings.status')}
          value={status || undefined}
          options={CASE_STATUS_VALUES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
          onChange={(value) => {
            setStatus((value ?? '') as CaseStatus | '');
            setOffset(0);
          }}
        />
      </div>
      <QueryState query={cases}>
        {(page) => (
          <>
            <DataTable
              testId="cases-table"
              columns={[
                { key: 'id', label: '#' },
                { key: 'rule', label: t('findings.rule') },
                { key: 'district', label: t('findings.district') },
                { key: 'subject', label: t('findings.subject') },
                { key: 'amount', label: t('findings.amount'), numeric: true },
                { key: 'status', label: t('findings.status') },
                { key: 'assignee', label: t('cases.assignee') },
                { key: 'opened', label: t('cases.openedAt') },
              ]}
            >
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
            </DataTable>
            <Pagination offset={offset} limit={LIMIT} total={page.total} onOffsetChange={setOffset} />
          </>
        )}
      </QueryState>
    </section>
  );
}

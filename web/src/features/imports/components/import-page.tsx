import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { PageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { ErrorMessage, QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useHeaderProposals } from '../api/get-header-proposals';
import { useImportJob } from '../api/get-import-job';
import { useLoadSummary } from '../api/get-load-summary';
import { useQuarantine } from '../api/get-quarantine';
import { HeaderMappingScreen, unknownInProposals, unknownInSummary } from './header-mapping-screen';

const QUARANTINE_COLUMNS = ['registry', 'file', 'line', 'column', 'value', 'reason'] as const;
const LIMIT = 50;
const HEADER_ERRORS = new Set([
  'BZ_INGEST_UNKNOWN_HEADER',
  'BZ_INGEST_MISSING_COLUMN',
  'BZ_INGEST_DUPLICATE_COLUMN',
]);

export function ImportPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { jobId = '' } = useParams();
  const job = useImportJob(jobId);
  const done = job.data?.status === 'succeeded' || job.data?.status === 'failed';
  // A load that refused the headers has no summary or quarantine, but kept how it read them.
  const headersRefused = HEADER_ERRORS.has(job.data?.error?.code ?? '');
  const summary = useLoadSummary(jobId, done && !headersRefused);
  const [offset, setOffset] = useState(0);
  const quarantine = useQuarantine(jobId, offset, LIMIT, done && !headersRefused);
  const proposals = useHeaderProposals(jobId, headersRefused);

  return (
    <section className="page">
      <p>
        <Link to="/imports">← {t('imports.title')}</Link>
      </p>
      <PageTitle title={t('imports.jobTitle')}>
        {t('imports.jobTitle')} <span className="mono">{jobId.slice(0, 8)}</span>
      </PageTitle>
      <QueryState query={job}>
        {(j) => {
          const p = j.progress;
          const pct = p && p.total ? Math.min(100, Math.round((100 * p.done) / p.total)) : null;
          return (
            <section className="card" data-testid="import-status" data-status={j.status}>
              <p>
                <span className={`badge badge-job-${j.status}`}>{t(`jobStatus.${j.status}`)}</span>{' '}
                {t('imports.startedByAt', { by: j.startedBy, at: formatDateTime(j.createdAt, lang) })}
              </p>
              {!done && p ? (
                <div>
                  <label htmlFor="import-progress">
                    {t('imports.stage')}: {p.stage}
                  </label>
                  <progress
                    id="import-progress"
                    max={p.total ?? undefined}
                    value={p.total ? p.done : undefined}
                  >
                    {pct === null ? '' : `${pct}%`}
                  </progress>
                </div>
              ) : null}
              {j.error ? <ErrorMessage error={Object.assign(new Error(j.error.message), j.error)} /> : null}
              {j.runId ? (
                <p>
                  {t('imports.run', { run: j.runId })}{' '}
                  <Link to={`/findings?runId=${encodeURIComponent(j.runId)}`}>
                    {t('imports.seeFindings')}
                  </Link>
                </p>
              ) : null}
            </section>
          );
        }}
      </QueryState>
      {headersRefused ? (
        <QueryState query={proposals}>
          {(p) => <HeaderMappingScreen unknown={unknownInProposals(p.files)} />}
        </QueryState>
      ) : null}
      {done && !headersRefused ? (
        <>
          <h2>{t('imports.summary')}</h2>
          <QueryState query={summary}>
            {(s) => (
              <>
                <DataTable
                  testId="load-summary"
                  columns={[
                    { key: 'registry', label: t('imports.registry') },
                    { key: 'file', label: t('imports.file') },
                    { key: 'encoding', label: t('imports.encoding') },
                    { key: 'read', label: t('imports.rowsRead'), numeric: true },
                    { key: 'loaded', label: t('imports.rowsLoaded'), numeric: true },
                    { key: 'quarantined', label: t('imports.rowsQuarantined'), numeric: true },
                    { key: 'restored', label: t('imports.iinsRestored'), numeric: true },
                  ]}
                >
                  {s.files.map((f) => (
                    <tr key={f.file}>
                      <td>{f.registry}</td>
                      <td className="mono">{f.file}</td>
                      <td>
                        {f.encoding}
                        {f.delimiter ? ` · «${f.delimiter === '\t' ? 'TAB' : f.delimiter}»` : ''}
                      </td>
                      <td className="num">{formatNumber(f.rowsRead, lang)}</td>
                      <td className="num">{formatNumber(f.rowsLoaded, lang)}</td>
                      <td className={f.rowsQuarantined > 0 ? 'num warning-cell' : 'num'}>
                        {formatNumber(f.rowsQuarantined, lang)}
                      </td>
                      <td className="num">{formatNumber(f.iinsRestored, lang)}</td>
                    </tr>
                  ))}
                </DataTable>
                <HeaderMappingScreen unknown={unknownInSummary(s)} />
              </>
            )}
          </QueryState>
          <h2>{t('imports.quarantine')}</h2>
          <QueryState query={quarantine}>
            {(q) => (
              <>
                <div className="table-wrap">
                  <table className="data-table" data-testid="quarantine-table">
                    <thead>
                      <tr>
                        {QUARANTINE_COLUMNS.map((c) => (
                          <th key={c} scope="col">
                            {t(`imports.q.${c}`)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {q.items.length === 0 ? (
                        <tr>
                          <td colSpan={QUARANTINE_COLUMNS.length} className="empty">
                            {t('imports.noQuarantine')}
                          </td>
                        </tr>
                      ) : null}
                      {q.items.map((row, i) => (
                        <tr key={i}>
                          {QUARANTINE_COLUMNS.map((c) => (
                            <td key={c} className={c === 'value' ? 'mono' : undefined}>
                              {row[c] === null || row[c] === undefined ? '—' : String(row[c])}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pagination offset={offset} limit={LIMIT} total={q.total} onOffsetChange={setOffset} />
              </>
            )}
          </QueryState>
        </>
      ) : null}
    </section>
  );
}

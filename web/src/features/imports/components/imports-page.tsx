import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { ErrorMessage, QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { useImportJobs } from '../api/get-import-jobs';
import { useUploadSnapshot } from '../api/upload-snapshot';

export function ImportsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const upload = useUploadSnapshot();
  const jobs = useImportJobs();
  const [files, setFiles] = useState<File[]>([]);
  const [asOf, setAsOf] = useState('');
  const filesId = useId();
  const asOfId = useId();
  return (
    <section className="page">
      <PageTitle title={t('imports.title')}>{t('imports.title')}</PageTitle>
      <form
        className="card stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (files.length === 0) return;
          upload.mutate(
            { files, asOf: asOf || undefined },
            { onSuccess: (job) => navigate(`/imports/${job.id}`) },
          );
        }}
      >
        <p className="hint">{t('imports.intro')}</p>
        <label htmlFor={filesId}>{t('imports.files')}</label>
        <input
          id={filesId}
          type="file"
          multiple
          accept=".csv,.xlsx,.zip,.txt"
          data-testid="import-files"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        {files.length > 0 ? (
          <ul className="file-list">
            {files.map((f) => (
              <li key={f.name}>{f.name}</li>
            ))}
          </ul>
        ) : null}
        <label htmlFor={asOfId}>{t('imports.asOf')}</label>
        <input id={asOfId} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <button type="submit" className="primary" disabled={files.length === 0 || upload.isPending}>
          {t('imports.upload')}
        </button>
        {upload.error ? <ErrorMessage error={upload.error} /> : null}
      </form>
      <h2>{t('imports.recent')}</h2>
      <QueryState query={jobs}>
        {(data) => (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('imports.job')}</th>
                  <th scope="col">{t('imports.status')}</th>
                  <th scope="col">{t('imports.startedBy')}</th>
                  <th scope="col">{t('imports.createdAt')}</th>
                  <th scope="col">{t('imports.files')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((job) => (
                  <tr key={job.id}>
                    <td>
                      <Link to={`/imports/${job.id}`} className="mono">
                        {job.id.slice(0, 8)}
                      </Link>
                    </td>
                    <td>
                      <span className={`badge badge-job-${job.status}`}>{t(`jobStatus.${job.status}`)}</span>
                    </td>
                    <td>{job.startedBy}</td>
                    <td>{formatDateTime(job.createdAt, lang)}</td>
                    <td>{job.files.length}</td>
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

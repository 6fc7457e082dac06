import { useSearchParams } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { OutreachItem, OutreachList } from '../../../../../src/server/schemas/outreach-schemas';
import { PageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { ErrorMessage, QueryState } from '../../../components/query-state';
import { useLanguage } from '../../../i18n';
import { formatNumber } from '../../../lib/format';
import { districtName } from '../../../lib/localized';
import { useMeta } from '../../../lib/meta';
import { useSession } from '../../../lib/session';
import { useExportOutreach } from '../api/export-outreach';
import { useOutreach } from '../api/get-outreach';

const LISTS = ['osms-03', 'out-01', 'no-phc-visit'] as const satisfies readonly OutreachList[];
const LIMIT = 50;

function isList(value: string | null): value is OutreachList {
  return value !== null && (LISTS as readonly string[]).includes(value);
}

function detailText(detail: OutreachItem['detail']): string {
  if (typeof detail !== 'object' || detail === null)
    return detail === null || detail === undefined ? '' : String(detail);
  return Object.entries(detail)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .slice(0, 6)
    .map(([k, v]) => `${k}: ${v === null ? '—' : String(v)}`)
    .join(' · ');
}

export function OutreachPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const meta = useMeta();
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const list: OutreachList = isList(search.get('list')) ? (search.get('list') as OutreachList) : 'osms-03';
  const allowed = session.data?.user.districts ?? [];
  const district = search.get('district') ?? (allowed.length === 1 ? allowed[0] : undefined) ?? undefined;
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  const page = useOutreach(list, { district, offset, limit: LIMIT });
  const exporter = useExportOutreach();
  const districts = (meta.data?.districts ?? []).filter(
    (d) => allowed.length === 0 || allowed.includes(d.code),
  );

  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('offset' in change)) next.delete('offset');
    setSearch(next);
  };

  return (
    <section className="page">
      <PageTitle title={t('outreach.title')}>{t('outreach.title')}</PageTitle>
      <p className="hint">{t('outreach.intro')}</p>
      <div className="tabs" role="group" aria-label={t('outreach.lists')}>
        {LISTS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={l === list}
            className={l === list ? 'tab active' : 'tab'}
            onClick={() => set({ list: l })}
          >
            {t(`outreach.list.${l}`)}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="o-district">{t('findings.district')}</label>
          <select id="o-district" value={district ?? ''} onChange={(e) => set({ district: e.target.value })}>
            {allowed.length !== 1 ? <option value="">{t('common.all')}</option> : null}
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {districtName(d.code, meta.data?.districts, lang)}
              </option>
            ))}
          </select>
        </div>
        <p className="summary">{t(`outreach.explain.${list}`)}</p>
        <button
          type="button"
          className="primary"
          data-testid="export-outreach"
          disabled={exporter.isPending}
          onClick={() => exporter.mutate({ list, district })}
        >
          {t('common.exportXlsx')}
        </button>
      </div>
      {exporter.error ? <ErrorMessage error={exporter.error} /> : null}
      <QueryState query={page}>
        {(data) => (
          <>
            <p className="summary" data-testid="outreach-total">
              {t('outreach.total', { total: formatNumber(data.total, lang) })}
            </p>
            <div className="table-wrap">
              <table className="data-table" data-testid="outreach-table">
                <thead>
                  <tr>
                    <th scope="col">{t('findings.subject')}</th>
                    <th scope="col">{t('findings.district')}</th>
                    <th scope="col">{t('findings.period')}</th>
                    <th scope="col">{t('outreach.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 ? (
                    <tr>
                      <td colSpan={4} className="empty">
                        {t('outreach.none')}
                      </td>
                    </tr>
                  ) : null}
                  {data.items.map((item) => (
                    <tr key={`${item.subjectId}-${item.period ?? ''}`}>
                      <td className="mono">
                        {/^\d{12}$/.test(item.subjectId) ? (
                          <Link to={`/persons/${item.subjectId}`}>{item.subjectId}</Link>
                        ) : item.findingId ? (
                          <Link to={`/findings/${item.findingId}`}>{item.subjectId}</Link>
                        ) : (
                          item.subjectId
                        )}
                      </td>
                      <td>{districtName(item.district, meta.data?.districts, lang)}</td>
                      <td>{item.period ?? '—'}</td>
                      <td className="detail">{detailText(item.detail)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              offset={offset}
              limit={LIMIT}
              total={data.total}
              onOffsetChange={(o) => set({ offset: String(o) })}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

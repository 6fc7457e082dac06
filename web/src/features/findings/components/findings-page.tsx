import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import { PageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { ErrorMessage, Loading } from '../../../components/query-state';
import { nextSort } from '../../../components/table-state';
import { useLanguage } from '../../../i18n';
import { formatMoney, formatNumber } from '../../../lib/format';
import { useMeta } from '../../../lib/meta';
import { useSession } from '../../../lib/session';
import { useAssignFindings } from '../api/assign-case';
import { useAssignees } from '../api/get-assignees';
import { useExportFindings } from '../api/export-findings';
import { useFindings } from '../api/get-findings';
import {
  exportFilter,
  filtersFromSearch,
  filtersToSearch,
  PAGE_SIZES,
  withFilter,
  type FindingsSort,
} from '../lib/filters';
import { FindingsFilters } from './findings-filters';
import { FindingsTable } from './findings-table';

const DESC_FIRST = new Set<FindingsSort>(['amount', 'severity']);
const ASSIGNING_ROLES = new Set(['admin', 'analyst', 'district_officer']);

export function FindingsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => filtersFromSearch(search), [search]);
  const findings = useFindings(query);
  const meta = useMeta();
  const session = useSession();
  const exporter = useExportFindings();
  const canAssign = ASSIGNING_ROLES.has(session.data?.user.role ?? '');
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());

  const update = (next: FindingsQuery) => {
    setSelection(new Set());
    setSearch(filtersToSearch(next));
  };
  const change = (partial: Partial<FindingsQuery>) => update(withFilter(query, partial));
  const items = findings.data?.items ?? [];

  return (
    <section className="page">
      <PageTitle title={t('findings.title')}>{t('findings.title')}</PageTitle>
      <FindingsFilters
        query={query}
        meta={meta.data}
        allowedDistricts={session.data?.user.districts ?? []}
        onChange={change}
      />
      <div className="toolbar">
        {findings.data ? (
          <p className="summary" data-testid="findings-summary">
            {t('findings.summary', {
              total: formatNumber(findings.data.total, lang),
              amount: formatMoney(findings.data.totalAmountKzt, lang),
            })}
          </p>
        ) : null}
        <div className="toolbar-actions">
          <label htmlFor="f-limit">{t('table.pageSize')}</label>
          <select
            id="f-limit"
            value={query.limit}
            onChange={(e) => change({ limit: Number(e.target.value) })}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => exporter.mutate(exportFilter(query))}
            disabled={exporter.isPending}
          >
            {t('common.exportXlsx')}
          </button>
        </div>
      </div>
      {exporter.error ? <ErrorMessage error={exporter.error} /> : null}
      {canAssign && selection.size > 0 ? (
        <BulkAssign
          selected={items.filter((f) => selection.has(f.findingId))}
          onDone={() => setSelection(new Set())}
        />
      ) : null}
      {findings.error ? <ErrorMessage error={findings.error} /> : null}
      {findings.isPending ? <Loading /> : null}
      {findings.data ? (
        <div aria-busy={findings.isFetching} className={findings.isPlaceholderData ? 'stale' : undefined}>
          <FindingsTable
            items={items}
            query={query}
            meta={meta.data}
            onSort={(column) =>
              update({
                ...query,
                ...nextSort({ sort: query.sort, order: query.order }, column, DESC_FIRST),
                offset: 0,
              })
            }
            selection={canAssign ? selection : undefined}
            onToggle={(id) =>
              setSelection((current) => {
                const next = new Set(current);
                if (next.has(id)) next.delete(id);
                else next.add(id);
                return next;
              })
            }
            onToggleAll={() =>
              setSelection((current) =>
                items.every((f) => current.has(f.findingId))
                  ? new Set()
                  : new Set(items.map((f) => f.findingId)),
              )
            }
          />
          <Pagination
            offset={query.offset}
            limit={query.limit}
            total={findings.data.total}
            onOffsetChange={(offset) => change({ offset })}
          />
        </div>
      ) : null}
    </section>
  );
}

function BulkAssign({
  selected,
  onDone,
}: {
  readonly selected: readonly { readonly findingId: string; readonly caseId: number | null }[];
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const assignees = useAssignees();
  const assign = useAssignFindings();
  const [assigneeId, setAssigneeId] = useState('');
  return (
    <form
      className="bulk-bar"
      aria-label={t('findings.bulkAssign')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!assigneeId) return;
        assign.mutate({ findings: selected, assigneeId: Number(assigneeId) }, { onSuccess: onDone });
      }}
    >
      <span>{t('findings.selected', { n: selected.length })}</span>
      <label htmlFor="bulk-assignee">{t('cases.assignee')}</label>
      <select id="bulk-assignee" required value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
        <option value="">{t('common.choose')}</option>
        {(assignees.data?.items ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.login}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={assign.isPending}>
        {t('findings.assign')}
      </button>
      {assign.error ? <ErrorMessage error={assign.error} /> : null}
    </form>
  );
}

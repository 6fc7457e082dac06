import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { FindingSummary, FindingsQuery } from '../../../../../src/server/schemas/findings-schemas';
import type { Meta } from '../../../../../src/server/schemas/meta-schemas';
import { SortHeader } from '../../../components/sort-header';
import { FindingOutcomeCells, SeverityBadge } from '../../../components/status-badge';
import type { SortState } from '../../../components/table-state';
import { useLanguage } from '../../../i18n';
import { districtName, pick } from '../../../lib/localized';
import type { FindingsSort } from '../lib/filters';

interface FindingsTableProps {
  readonly items: readonly FindingSummary[];
  readonly query: FindingsQuery;
  readonly meta: Meta | undefined;
  readonly onSort: (column: FindingsSort) => void;
  /** Absent when the user cannot assign: no selection column. */
  readonly selection?: ReadonlySet<string>;
  readonly onToggle?: (findingId: string) => void;
  readonly onToggleAll?: () => void;
}

export function FindingsTable({
  items,
  query,
  meta,
  onSort,
  selection,
  onToggle,
  onToggleAll,
}: FindingsTableProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sort: SortState<FindingsSort> = { sort: query.sort, order: query.order };
  const rules = new Map((meta?.rules ?? []).map((r) => [r.id, r]));
  const allSelected = !!selection && items.length > 0 && items.every((f) => selection.has(f.findingId));

  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="findings-table">
        <caption className="visually-hidden">{t('findings.title')}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="select-col">
                <input
                  type="checkbox"
                  aria-label={t('findings.selectAll')}
                  checked={allSelected}
                  onChange={onToggleAll}
                />
              </th>
            ) : null}
            <SortHeader column="rule" state={sort} onSort={onSort}>
              {t('findings.rule')}
            </SortHeader>
            <SortHeader column="severity" state={sort} onSort={onSort}>
              {t('findings.severity')}
            </SortHeader>
            <SortHeader column="district" state={sort} onSort={onSort}>
              {t('findings.district')}
            </SortHeader>
            <SortHeader column="subject" state={sort} onSort={onSort}>
              {t('findings.subject')}
            </SortHeader>
            <SortHeader column="period" state={sort} onSort={onSort}>
              {t('findings.period')}
            </SortHeader>
            <SortHeader column="amount" state={sort} onSort={onSort} numeric>
              {t('findings.amount')}
            </SortHeader>
            <th scope="col">{t('findings.status')}</th>
            <th scope="col">{t('findings.case')}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={selection ? 9 : 8} className="empty">
                {t('findings.none')}
              </td>
            </tr>
          ) : null}
          {items.map((f) => {
            const rule = rules.get(f.ruleId);
            return (
              <tr key={`${f.findingId}-${f.runId}`}>
                {selection ? (
                  <td className="select-col">
                    <input
                      type="checkbox"
                      aria-label={t('findings.select', { id: f.subjectId })}
                      checked={selection.has(f.findingId)}
                      onChange={() => onToggle?.(f.findingId)}
                    />
                  </td>
                ) : null}
                <td>
                  <Link to={`/findings/${f.findingId}`} className="rule-link">
                    <span className="rule-id">{f.ruleId}</span> {pick(rule?.title, lang)}
                  </Link>
                  {f.linkedByName ? (
                    <span className="badge badge-linked">{t('findings.linkedByName')}</span>
                  ) : null}
                </td>
                <td>
                  <SeverityBadge severity={f.severity} />
                </td>
                <td className="nowrap">{districtName(f.district, meta?.districts, lang)}</td>
                <td className="mono">{f.subjectId}</td>
                <td className="nowrap">{f.period ?? '—'}</td>
                <FindingOutcomeCells finding={f} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { formatNumber } from '../lib/format';
import { offsetOfPage, pageInfo } from './table-state';

interface PaginationProps {
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
  readonly onOffsetChange: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onOffsetChange }: PaginationProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const info = pageInfo(offset, limit, total);
  return (
    <nav className="pagination" aria-label={t('table.pagination')}>
      <span aria-live="polite">
        {t('table.rows', {
          from: formatNumber(info.from, lang),
          to: formatNumber(info.to, lang),
          total: formatNumber(total, lang),
        })}
      </span>
      <button type="button" disabled={!info.hasPrevious} onClick={() => onOffsetChange(0)}>
        {t('table.first')}
      </button>
      <button
        type="button"
        disabled={!info.hasPrevious}
        onClick={() => onOffsetChange(offsetOfPage(info.page - 1, limit, total))}
      >
        {t('table.previous')}
      </button>
      <span>{t('table.page', { page: info.page, pages: info.pages })}</span>
      <button
        type="button"
        disabled={!info.hasNext}
        onClick={() => onOffsetChange(offsetOfPage(info.page + 1, limit, total))}
      >
        {t('table.next')}
      </button>
    </nav>
  );
}

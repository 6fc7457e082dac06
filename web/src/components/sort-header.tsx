import type { ReactNode } from 'react';
import { ariaSort, type SortState } from './table-state';

interface SortHeaderProps<K extends string> {
  readonly column: K;
  readonly state: SortState<K>;
  readonly onSort: (column: K) => void;
  readonly children: ReactNode;
  readonly numeric?: boolean;
}

/** A column header that sorts on click or Enter/Space (a real button), announcing aria-sort. */
export function SortHeader<K extends string>({
  column,
  state,
  onSort,
  children,
  numeric,
}: SortHeaderProps<K>) {
  const sort = ariaSort(state, column);
  const arrow = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={sort} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {children} <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}

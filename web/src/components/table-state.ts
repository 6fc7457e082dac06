/** Sorting and paging of server-side tables, as pure functions (tested without a DOM). */
export type SortOrder = 'asc' | 'desc';

export interface SortState<K extends string> {
  readonly sort: K | undefined;
  readonly order: SortOrder | undefined;
}

/**
 * Clicking a column header: a new column starts with its natural order (amounts and
 * severities biggest first, text A→Z); the same column flips; a third click on a column
 * that started descending goes back to the server's default order.
 */
export function nextSort<K extends string>(
  current: SortState<K>,
  column: K,
  descFirst: ReadonlySet<K>,
): SortState<K> {
  const first: SortOrder = descFirst.has(column) ? 'desc' : 'asc';
  if (current.sort !== column) return { sort: column, order: first };
  if (current.order === first) return { sort: column, order: first === 'asc' ? 'desc' : 'asc' };
  return { sort: undefined, order: undefined };
}

/** The `aria-sort` value of a header. */
export function ariaSort<K extends string>(
  state: SortState<K>,
  column: K,
): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.order === 'desc' ? 'descending' : 'ascending';
}

export interface PageInfo {
  /** 1-based page shown. */
  readonly page: number;
  readonly pages: number;
  /** 1-based index of the first and last rows shown (0 when empty). */
  readonly from: number;
  readonly to: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

export function pageInfo(offset: number, limit: number, total: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.min(pages, Math.floor(offset / limit) + 1);
  const from = total === 0 ? 0 : Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return { page, pages, from, to, hasPrevious: offset > 0, hasNext: offset + limit < total };
}

/** The offset of a page (1-based), clamped to the pages that exist. */
export function offsetOfPage(page: number, limit: number, total: number): number {
  const pages = Math.max(1, Math.ceil(total / limit));
  const clamped = Math.min(Math.max(1, Math.floor(page)), pages);
  return (clamped - 1) * limit;
}

import type {
  CaseStateFilter,
  FindingsQuery,
  FindingStatus,
} from '../../../../../src/server/schemas/findings-schemas';

/**
 * The findings list keeps its whole state (filters, sort, page) in the URL, so a dashboard
 * figure links straight to its list, the back button works and a link can be shared.
 */
export type FindingsSort = NonNullable<FindingsQuery['sort']>;
export type Severity = NonNullable<FindingsQuery['severity']>;

// Exhaustive lists of the server's unions, checked by the compiler in both directions.
export const FINDING_STATUS_VALUES = [
  'new',
  'persisting',
  'resolved',
] as const satisfies readonly FindingStatus[];
export const SEVERITY_VALUES = ['low', 'medium', 'high'] as const satisfies readonly Severity[];
/** The state of a finding's case: none yet, or its status. */
export const CASE_STATE_VALUES = [
  'none',
  'open',
  'confirmed',
  'dismissed',
  'closed',
] as const satisfies readonly CaseStateFilter[];
export const SORT_VALUES = [
  'amount',
  'rule',
  'district',
  'severity',
  'subject',
  'period',
] as const satisfies readonly FindingsSort[];
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _statusesComplete: Exhaustive<FindingStatus, (typeof FINDING_STATUS_VALUES)[number]> = true;
const _severitiesComplete: Exhaustive<Severity, (typeof SEVERITY_VALUES)[number]> = true;
const _sortsComplete: Exhaustive<FindingsSort, (typeof SORT_VALUES)[number]> = true;
const _caseStatesComplete: Exhaustive<CaseStateFilter, (typeof CASE_STATE_VALUES)[number]> = true;
void [_statusesComplete, _severitiesComplete, _sortsComplete, _caseStatesComplete];

export const DEFAULT_LIMIT = 50;
export const PAGE_SIZES = [25, 50, 100, 200] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** `none,open` (the API takes several states): the known ones, in their usual order. */
function caseStates(value: string | null): string | undefined {
  const asked = new Set((value ?? '').split(',').map((s) => s.trim()));
  const known = CASE_STATE_VALUES.filter((s) => asked.has(s));
  return known.length > 0 ? known.join(',') : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function number(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function integer(value: string | null, fallback: number, min: number, max: number): number {
  const n = number(value);
  if (n === undefined) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}

/** URL → the API query; unknown or malformed values are dropped, never sent. */
export function filtersFromSearch(search: URLSearchParams): FindingsQuery {
  return {
    runId: text(search.get('runId')),
    rule: text(search.get('rule'))?.toUpperCase(),
    family: text(search.get('family'))?.toUpperCase(),
    district: text(search.get('district')),
    severity: oneOf(SEVERITY_VALUES, search.get('severity')),
    status: oneOf(FINDING_STATUS_VALUES, search.get('status')),
    caseStatus: caseStates(search.get('caseStatus')),
    minAmount: number(search.get('minAmount')),
    maxAmount: number(search.get('maxAmount')),
    subject: text(search.get('subject')),
    sort: oneOf(SORT_VALUES, search.get('sort')),
    order: oneOf(['asc', 'desc'] as const, search.get('order')),
    offset: integer(search.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER),
    limit: integer(search.get('limit'), DEFAULT_LIMIT, 1, 500),
  };
}

const ORDER: readonly (keyof FindingsQuery)[] = [
  'runId',
  'rule',
  'family',
  'district',
  'severity',
  'status',
  'caseStatus',
  'minAmount',
  'maxAmount',
  'subject',
  'sort',
  'order',
  'offset',
  'limit',
];

/** The API query → URL; defaults (offset 0, limit 50) are left out to keep links short. */
export function filtersToSearch(query: Partial<FindingsQuery>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if (key === 'offset' && value === 0) continue;
    if (key === 'limit' && value === DEFAULT_LIMIT) continue;
    search.set(key, String(value));
  }
  return search;
}

/** A filter change sends the user back to the first page. */
export function withFilter(query: FindingsQuery, change: Partial<FindingsQuery>): FindingsQuery {
  const keepsPage = Object.keys(change).every((k) => k === 'offset');
  return { ...query, ...change, offset: keepsPage ? (change.offset ?? query.offset) : 0 };
}

/** The API query without paging and sorting: what the export takes. */
export function exportFilter(query: FindingsQuery): Omit<FindingsQuery, 'offset' | 'limit'> {
  const { offset: _offset, limit: _limit, ...rest } = query;
  return rest;
}

import type { FindingStatus, FindingsFilter } from '../schemas/findings-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import type { RunRef } from './runs-query';
import { caseSelectionSql, type CaseSelection } from './case-selection';
import { positionedPage } from './listed-page';
import { PromiseCache } from './promise-cache';
import { SqlParams, scopeSql } from './sql-params';
import { SUMMARY_COLUMNS, type SummaryRow } from './summary-row';

/**
 * The findings of a run, each marked against the previous run by its stable finding_id:
 * `new` (not there before), `persisting`, or `resolved` (there before, gone now; the row
 * then comes from the previous run). Filtering, sorting and paging happen in DuckDB.
 */
export function statusUnionSql(run: RunRef, p: SqlParams, statuses: readonly FindingStatus[]): string {
  const wanted = statuses.map((st) => p.add(st)).join(', ');
  return `(SELECT * EXCLUDE (list_run_id, list_pos, district_pos) FROM _listed_findings WHERE list_run_id = ${p.add(run.runId)} AND status IN (${wanted}))`;
}

const SORT_COLUMNS = {
  amount: 'amount_kzt',
  rule: 'rule_id',
  district: 'district',
  severity: "CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END",
  subject: 'subject_id',
  period: 'period',
} as const;

/** WHERE of a findings filter over the status union (`cases`: the case filter, resolved in the store). */
export function findingsWhere(
  filter: FindingsFilter,
  scope: readonly string[] | null,
  p: SqlParams,
  cases: CaseSelection | null = null,
): string {
  const where = [scopeSql(scope)];
  if (filter.rule) {
    const rules = filter.rule
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    where.push(`rule_id IN (${rules.map((r) => p.add(r)).join(', ')})`);
  }
  if (filter.family) where.push(`split_part(rule_id, '-', 1) = ${p.add(filter.family)}`);
  if (filter.district) where.push(`district = ${p.add(filter.district)}`);
  if (filter.severity) where.push(`severity = ${p.add(filter.severity)}`);
  if (filter.status) where.push(`status = ${p.add(filter.status)}`);
  if (filter.minAmount !== undefined) where.push(`amount_kzt >= ${p.add(filter.minAmount)}`);
  if (filter.maxAmount !== undefined) where.push(`amount_kzt <= ${p.add(filter.maxAmount)}`);
  if (filter.subject) where.push(`starts_with(subject_id, ${p.add(filter.subject)})`);
  if (cases) where.push(caseSelectionSql(cases, p));
  return where.join(' AND ');
}

/** Statuses the union must produce: the asked one, or the findings of the run (new and persisting). */
export function statusesOf(filter: FindingsFilter): FindingStatus[] {
  return filter.status ? [filter.status] : ['new', 'persisting'];
}

/** SELECT of a whole filtered, sorted list (exports stream it; the page query adds LIMIT). */
export function findingsListSql(
  run: RunRef,
  filter: FindingsFilter,
  scope: readonly string[] | null,
  p: SqlParams,
  columns = SUMMARY_COLUMNS,
  cases: CaseSelection | null = null,
): string {
  const source = statusUnionSql(run, p, statusesOf(filter));
  const where = findingsWhere(filter, scope, p, cases);
  const sort = SORT_COLUMNS[filter.sort ?? 'amount'];
  const order = (filter.order ?? 'desc') === 'asc' ? 'ASC' : 'DESC';
  return `SELECT ${columns} FROM ${source} WHERE ${where} ORDER BY ${sort} ${order} NULLS LAST, finding_id`;
}

/**
 * Totals of a filtered list, per run: a run's findings never change once written, so a
 * total is computed once per filter and scope instead of at every page turn.
 */
const totalsCache = new PromiseCache<{ n: number; amount: number }>(1000);

export async function findingsPage(
  ws: WorkspaceAccess,
  run: RunRef,
  filter: FindingsFilter,
  scope: readonly string[] | null,
  offset: number,
  limit: number,
  cases: CaseSelection | null = null,
): Promise<{ total: number; totalAmountKzt: number; rows: SummaryRow[] }> {
  const sortedPage = (): Promise<SummaryRow[]> => {
    const p = new SqlParams();
    const sql = `${findingsListSql(run, filter, scope, p, SUMMARY_COLUMNS, cases)} LIMIT ${Math.trunc(limit)} OFFSET ${Math.trunc(offset)}`;
    return ws.query<SummaryRow>(sql, p.values);
  };
  const [count, rows] = await Promise.all([
    findingsTotal(ws, run, filter, scope, cases),
    positionedPage(ws, run, filter, scope, offset, limit) ?? sortedPage(),
  ]);
  return { total: count.n, totalAmountKzt: count.amount, rows };
}

/**
 * The total of a filtered list, shared by concurrent requests for the same one (one count,
 * not one each). A total filtered by case state is counted every time: cases change.
 */
function findingsTotal(
  ws: WorkspaceAccess,
  run: RunRef,
  filter: FindingsFilter,
  scope: readonly string[] | null,
  cases: CaseSelection | null,
): Promise<{ n: number; amount: number }> {
  const count = (): Promise<{ n: number; amount: number }> => {
    const p = new SqlParams();
    return ws
      .query<{ n: number; amount: number }>(
        `SELECT count(*)::INTEGER AS n, COALESCE(sum(amount_kzt), 0)::DOUBLE AS amount
         FROM ${statusUnionSql(run, p, statusesOf(filter))} WHERE ${findingsWhere(filter, scope, p, cases)}`,
        p.values,
      )
      .then((r) => r[0] ?? { n: 0, amount: 0 });
  };
  if (cases) return count();
  const { sort: _sort, order: _order, ...counted } = filter;
  const key = JSON.stringify([ws.generation, run.runId, counted, scope]);
  return totalsCache.get(ws, key, count);
}

/** One finding of a run (or resolved since the previous one), with its evidence; null when absent or out of scope. */
export async function findingDetail(
  ws: WorkspaceAccess,
  run: RunRef,
  findingId: string,
  scope: readonly string[] | null,
): Promise<(SummaryRow & { evidence: unknown }) | null> {
  const p = new SqlParams();
  const sql = `SELECT ${SUMMARY_COLUMNS}, CAST(evidence AS VARCHAR) AS evidence
    FROM ${statusUnionSql(run, p, ['new', 'persisting', 'resolved'])} WHERE finding_id = ${p.add(findingId)} AND ${scopeSql(scope)}`;
  const rows = await ws.query<SummaryRow & { evidence: string | null }>(sql, p.values);
  const row = rows[0];
  if (!row) return null;
  return { ...row, evidence: row.evidence === null ? null : (JSON.parse(row.evidence) as unknown) };
}

/** Counts of a run against the run before it (snapshot history), within a district scope. */
export async function runCounts(
  ws: WorkspaceAccess,
  run: RunRef,
  scope: readonly string[] | null = null,
): Promise<{ findings: number; new: number; persisting: number; resolved: number }> {
  const p = new SqlParams();
  const rows = await ws.query<{ status: FindingStatus; n: number }>(
    `SELECT status, count(*)::INTEGER AS n FROM ${statusUnionSql(run, p, ['new', 'persisting', 'resolved'])}
     WHERE ${scopeSql(scope)} GROUP BY status`,
    p.values,
  );
  const get = (s: FindingStatus): number => rows.find((r) => r.status === s)?.n ?? 0;
  return {
    findings: get('new') + get('persisting'),
    new: get('new'),
    persisting: get('persisting'),
    resolved: get('resolved'),
  };
}

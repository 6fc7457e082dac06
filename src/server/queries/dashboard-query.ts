import type { Dashboard, IndicatorRow } from '../schemas/dashboard-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import type { RunRef } from './runs-query';
import { SqlParams, scopeSql } from './sql-params';

const gap = (computed: number | null, reported: number | null): number | null =>
  computed === null || reported === null || computed === 0 ? null : ((reported - computed) / computed) * 100;

interface IndicatorDbRow {
  run_id: string;
  as_of: string | null;
  district: string;
  indicator: string;
  period: string | null;
  computed: number | null;
  reported: number | null;
}

export async function indicatorRows(
  ws: WorkspaceAccess,
  filter: { runId?: string | undefined; district?: string | undefined; indicator?: string | undefined },
  scope: readonly string[] | null,
): Promise<IndicatorRow[]> {
  const p = new SqlParams();
  const where = [scopeSql(scope, 'i.district')];
  if (filter.runId) where.push(`i.run_id = ${p.add(filter.runId)}`);
  if (filter.district) where.push(`i.district = ${p.add(filter.district)}`);
  if (filter.indicator) where.push(`i.indicator = ${p.add(filter.indicator)}`);
  const rows = await ws.query<IndicatorDbRow>(
    `SELECT i.run_id, CAST(r.as_of AS VARCHAR) AS as_of, i.district, i.indicator, i.period, i.computed, i.reported
     FROM indicators i LEFT JOIN _runs r USING (run_id) WHERE ${where.join(' AND ')}
     ORDER BY r.started_at, i.district, i.indicator, i.period`,
    p.values,
  );
  return rows.map((r) => ({
    runId: r.run_id,
    asOf: r.as_of,
    district: r.district,
    indicator: r.indicator,
    period: r.period,
    computed: r.computed,
    reported: r.reported,
    gapPct: gap(r.computed, r.reported),
  }));
}

/**
 * Dashboards already computed, per workspace generation, run and scope: the runs of a
 * workspace only change with an import, which swaps the file and bumps the generation.
 */
const dashboardCaches = new WeakMap<WorkspaceAccess, Map<string, Promise<Dashboard>>>();
const DASHBOARD_CACHE_SIZE = 200;

/** Totals of the run's findings per district and rule family, indicator gaps, trends over runs, coverage. */
export function dashboard(
  ws: WorkspaceAccess,
  run: RunRef | null,
  scope: readonly string[] | null,
): Promise<Dashboard> {
  if (!run) return Promise.resolve({ runId: null, districts: [], indicators: [], trends: [], coverage: [] });
  const cache = dashboardCaches.get(ws) ?? new Map<string, Promise<Dashboard>>();
  dashboardCaches.set(ws, cache);
  const key = JSON.stringify([ws.generation, run.runId, scope]);
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= DASHBOARD_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  const computed = computeDashboard(ws, run, scope);
  cache.set(key, computed);
  // A failure is not remembered: the next request computes again.
  computed.catch(() => cache.delete(key));
  return computed;
}

async function computeDashboard(
  ws: WorkspaceAccess,
  run: RunRef,
  scope: readonly string[] | null,
): Promise<Dashboard> {
  const p = new SqlParams();
  const runParam = p.add(run.runId);
  const [byFamily, trends, indicators] = await Promise.all([
    ws.query<{ district: string; family: string; n: number; amount: number }>(
      `SELECT district, split_part(rule_id, '-', 1) AS family, count(*)::INTEGER AS n,
         COALESCE(sum(amount_kzt), 0)::DOUBLE AS amount
       FROM findings WHERE run_id = ${runParam} AND district IS NOT NULL AND ${scopeSql(scope)}
       GROUP BY ALL ORDER BY district, family`,
      p.values,
    ),
    ws.query<{ run_id: string; as_of: string | null; n: number; amount: number }>(
      `SELECT r.run_id, CAST(r.as_of AS VARCHAR) AS as_of, count(f.finding_id)::INTEGER AS n,
         COALESCE(sum(f.amount_kzt), 0)::DOUBLE AS amount
       FROM _runs r LEFT JOIN findings f ON f.run_id = r.run_id AND ${scopeSql(scope, 'f.district')}
       GROUP BY r.run_id, r.as_of, r.started_at ORDER BY r.started_at, r.run_id`,
    ),
    indicatorRows(ws, { runId: run.runId }, scope),
  ]);
  const districts = new Map<string, Dashboard['districts'][number]>();
  for (const r of byFamily) {
    const d = districts.get(r.district) ?? { district: r.district, findings: 0, amountKzt: 0, byFamily: [] };
    districts.set(r.district, {
      ...d,
      findings: d.findings + r.n,
      amountKzt: d.amountKzt + r.amount,
      byFamily: [...d.byFamily, { family: r.family, findings: r.n, amountKzt: r.amount }],
    });
  }
  const coverage = new Map<string, Dashboard['coverage'][number]>();
  const field = {
    population: 'population',
    osms_coverage_pct: 'osmsCoveragePct',
    osms_uninsured: 'osmsUninsured',
    no_phc_visit_2y: 'noPhcVisit2y',
    asp_families: 'aspFamilies',
  } as const;
  // Latest period per district and indicator: indicators are ordered by period.
  for (const row of indicators) {
    const key = field[row.indicator as keyof typeof field];
    if (!key) continue;
    const c = coverage.get(row.district) ?? {
      district: row.district,
      population: null,
      osmsCoveragePct: null,
      osmsUninsured: null,
      noPhcVisit2y: null,
      aspFamilies: null,
    };
    coverage.set(row.district, { ...c, [key]: row.computed });
  }
  return {
    runId: run.runId,
    districts: [...districts.values()],
    indicators,
    trends: trends.map((t) => ({ runId: t.run_id, asOf: t.as_of, findings: t.n, amountKzt: t.amount })),
    coverage: [...coverage.values()],
  };
}

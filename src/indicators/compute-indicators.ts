import type { DuckDBConnection } from '@duckdb/node-api';
import { CHECK_FACTS, withFactSession, type FactSession } from '../checks/fact-session';
import { quarterLabelSql } from '../checks/sql/sql-fragments';
import type { Parameters } from '../core/params';
import type { ProgressListener } from '../core/progress';
import type { RegistryName } from '../registries/catalog';
import { sqlString } from '../workspace/workspace';
import { indicatorQuarter } from './indicator';
import { INDICATORS } from './indicator-catalog';
import { INDICATOR_FACTS } from './indicator-facts';

/**
 * The indicators stage of verify: computes every indicator of the catalog for the
 * snapshot's last complete quarter, puts the `reported` figures beside them (reported
 * values of other periods too, with computed empty) into `indicators` under the run's id,
 * where the IND rules read them (`RuleContext.runId`).
 */
export interface IndicatorsSummary {
  readonly period: string;
  readonly computed: readonly string[];
  readonly notComputed: readonly { readonly indicator: string; readonly missing: readonly RegistryName[] }[];
  readonly rows: number;
}

export { indicatorQuarter };

/** The SQL of every indicator whose registries are present (verify prepares their facts up front). */
export function indicatorQueries(
  asOf: string,
  params: Parameters,
  rowsPerRegistry: ReadonlyMap<RegistryName, number>,
): string[] {
  const context = { quarter: indicatorQuarter(asOf), params };
  return INDICATORS.filter((i) => i.registries.every((r) => (rowsPerRegistry.get(r) ?? 0) > 0)).map((i) =>
    i.sql(context),
  );
}

export async function computeIndicators(
  connection: DuckDBConnection,
  options: {
    readonly runId: string;
    readonly asOf: string;
    readonly params: Parameters;
    readonly rowsPerRegistry: ReadonlyMap<RegistryName, number>;
    readonly onProgress?: ProgressListener;
    /** The run's shared facts (checks/fact-session.ts); without one, a session of its own. */
    readonly facts?: FactSession;
  },
): Promise<IndicatorsSummary> {
  const facts = options.facts;
  if (!facts) {
    return withFactSession(
      connection,
      { asOf: options.asOf, params: options.params },
      (session) => computeIndicators(connection, { ...options, facts: session }),
      [...CHECK_FACTS, ...INDICATOR_FACTS],
    );
  }
  const quarter = indicatorQuarter(options.asOf);
  const context = { quarter, params: options.params };
  const computed: string[] = [];
  const notComputed: { indicator: string; missing: RegistryName[] }[] = [];
  await connection.run(`CREATE OR REPLACE TEMP TABLE _computed_indicators
    (district VARCHAR, indicator VARCHAR, period VARCHAR, computed DOUBLE)`);
  // Districts present in the workspace, so that a district with none of something shows 0, not nothing.
  await connection.run(`CREATE OR REPLACE TEMP TABLE _indicator_districts AS
    SELECT DISTINCT district FROM (
      SELECT district FROM population UNION ALL SELECT district FROM organizations
      UNION ALL SELECT district FROM asp_cases) WHERE district IS NOT NULL`);
  for (const [index, indicator] of INDICATORS.entries()) {
    options.onProgress?.({ stage: 'indicators', done: index, total: INDICATORS.length });
    const missing = indicator.registries.filter((r) => (options.rowsPerRegistry.get(r) ?? 0) === 0);
    if (missing.length > 0) {
      notComputed.push({ indicator: indicator.code, missing });
      continue;
    }
    const value = indicator.unit === 'pct' ? 'x.value' : 'coalesce(x.value, 0)';
    const sql = indicator.sql(context);
    await facts.prepare(sql);
    await connection.run(`
      INSERT INTO _computed_indicators
      SELECT d.district, ${sqlString(indicator.code)}, ${sqlString(quarter.label)}, ${value}
      FROM _indicator_districts d LEFT JOIN (${sql}) AS x ON x.district = d.district
      WHERE ${value} IS NOT NULL`);
    computed.push(indicator.code);
  }
  options.onProgress?.({ stage: 'indicators', done: INDICATORS.length, total: INDICATORS.length });
  const runId = sqlString(options.runId);
  await connection.run(`DELETE FROM indicators WHERE run_id = ${runId}`);
  // Several reported rows for one figure (e.g. two sources): the last line of the file stands.
  await connection.run(`
    INSERT INTO indicators
    SELECT ${runId}, coalesce(c.district, r.district), coalesce(c.indicator, r.indicator),
           coalesce(c.period, r.period), c.computed, r.reported
    FROM _computed_indicators c
    FULL OUTER JOIN (
      SELECT district, indicator, ${quarterLabelSql('period')} AS period, arg_max(value, _line) AS reported
      FROM reported WHERE district IS NOT NULL AND indicator IS NOT NULL AND period IS NOT NULL
      GROUP BY ALL
    ) r ON r.district = c.district AND r.indicator = c.indicator AND r.period = c.period`);
  const reader = await connection.runAndReadAll(
    `SELECT count(*)::INTEGER FROM indicators WHERE run_id = ${runId}`,
  );
  const rows = Number(reader.getRows()[0]?.[0] ?? 0);
  return { period: quarter.label, computed, notComputed, rows };
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { CHECK_FACTS, FactSession } from '../checks/fact-session';
import { loadRuleCatalog } from '../checks/rule-catalog';
import { BirtizimError } from '../core/errors/birtizim-error';
import type { Parameters } from '../core/params';
import { silentProgress, type ProgressListener } from '../core/progress';
import { missingRegistries } from '../checks/check-engine';
import {
  computeIndicators,
  indicatorQueries,
  type IndicatorsSummary,
} from '../indicators/compute-indicators';
import { INDICATOR_FACTS } from '../indicators/indicator-facts';
import { loadSnapshot } from '../ingest/load-snapshot';
import { runLinkStage } from '../link/link-stage';
import { REGISTRY_NAMES, type RegistryName } from '../registries/catalog';
import { buildPersonIndex, dropPersonIndex } from '../workspace/person-index';
import { VERIFY_OUTPUT_DDL } from '../workspace/registry-tables';
import { assertCurrentWorkspaceFormat } from '../workspace/workspace-format';
import {
  queryRows,
  sqlIdent,
  sqlString,
  tableExists,
  withWorkspace,
  WORKSPACE_MEMORY_LIMIT,
} from '../workspace/workspace';
import { runChecks, type ChecksOutcome } from './run-checks';
import type { RegistryRows, VerifySummary } from './verify-summary';
import { OUTPUT_FILES, writeCsvOutputs, writeSummary } from './write-outputs';

/**
 * `birtizim verify`: ingest (or reuse the workspace) → link → person index → indicators → every rule of
 * the catalog → output files. A rule whose registries are absent or empty is reported as
 * not run, never as clean; the run fails only when nothing can be verified (no population).
 */
export interface VerifyOptions {
  readonly snapshotDir?: string;
  readonly workspaceFile: string;
  readonly outDir?: string;
  /** `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly params: Parameters;
  readonly mappingFile?: string;
  readonly onProgress?: ProgressListener;
}

function newRunId(asOf: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `run-${asOf}-${stamp}-${randomBytes(3).toString('hex')}`;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

async function rowsPerRegistry(connection: DuckDBConnection): Promise<Map<RegistryName, number>> {
  const counts = new Map<RegistryName, number>();
  for (const name of REGISTRY_NAMES) {
    if (!(await tableExists(connection, name))) continue;
    const rows = await queryRows<{ n: bigint }>(connection, `SELECT count(*) AS n FROM ${sqlIdent(name)}`);
    counts.set(name, Number(rows[0]?.n ?? 0));
  }
  return counts;
}

async function registryRows(
  connection: DuckDBConnection,
  counts: ReadonlyMap<RegistryName, number>,
): Promise<RegistryRows[]> {
  const loaded = (await tableExists(connection, '_load_files'))
    ? await queryRows<{
        registry: string;
        file: string;
        rows_read: bigint | null;
        rows_loaded: bigint | null;
        rows_quarantined: bigint | null;
        iins_restored: bigint | null;
      }>(
        connection,
        `SELECT registry, file, rows_read, rows_loaded, rows_quarantined, iins_restored FROM _load_files`,
      )
    : [];
  return REGISTRY_NAMES.map((registry) => {
    const file = loaded.find((l) => l.registry === registry);
    return {
      registry,
      file: file?.file ?? null,
      present: file !== undefined,
      rows_read: Number(file?.rows_read ?? 0),
      rows_loaded: Number(file?.rows_loaded ?? 0),
      rows_quarantined: Number(file?.rows_quarantined ?? 0),
      iins_restored: Number(file?.iins_restored ?? 0),
      rows_in_workspace: counts.get(registry) ?? 0,
    };
  });
}

export async function runVerify(options: VerifyOptions): Promise<VerifySummary> {
  const onProgress = options.onProgress ?? silentProgress;
  if (!isIsoDate(options.asOf)) throw new BirtizimError('BZ_VERIFY_BAD_AS_OF', { value: options.asOf });
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const seconds: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      seconds[stage] = Math.round(performance.now() - t0) / 1000;
    }
  };

  if (options.snapshotDir !== undefined) {
    const snapshotDir = options.snapshotDir;
    if (!existsSync(snapshotDir)) throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: snapshotDir });
    await timed('ingest', () =>
      loadSnapshot({
        snapshotDir,
        workspaceFile: options.workspaceFile,
        ...(options.mappingFile ? { mappingFile: options.mappingFile } : {}),
        onProgress,
      }),
    );
  } else if (options.workspaceFile !== ':memory:' && !existsSync(options.workspaceFile)) {
    throw new BirtizimError('BZ_VERIFY_NO_WORKSPACE', { workspace: options.workspaceFile });
  }

  const workspace = { file: options.workspaceFile, memoryLimit: WORKSPACE_MEMORY_LIMIT };
  return withWorkspace(workspace, async (connection) => {
    if (!(await tableExists(connection, 'population'))) {
      throw new BirtizimError('BZ_VERIFY_NO_WORKSPACE', { workspace: options.workspaceFile });
    }
    await assertCurrentWorkspaceFormat(connection, options.workspaceFile);
    for (const ddl of VERIFY_OUTPUT_DDL) await connection.run(ddl);
    let counts = await rowsPerRegistry(connection);
    if ((counts.get('population') ?? 0) === 0) {
      throw new BirtizimError('BZ_VERIFY_NO_POPULATION', {
        source: options.snapshotDir ?? options.workspaceFile,
      });
    }
    const runId = newRunId(options.asOf);
    const snapshot = (await tableExists(connection, '_snapshot'))
      ? await queryRows<{ snapshot_id: string }>(connection, `SELECT snapshot_id FROM _snapshot LIMIT 1`)
      : [];

    // Link rewrites person IINs: an index of the rows before it must not outlive a failed run.
    await dropPersonIndex(connection);
    const link = await timed('link', () =>
      runLinkStage(connection, { runId, params: options.params, onProgress }),
    );
    // After link, nothing changes the registry tables until the next load: the index of who
    // appears where, read by the person card, is built once here.
    await timed('person_index', () => buildPersonIndex(connection));
    counts = await rowsPerRegistry(connection);

    // Shared facts (one TEMP table each, e.g. one row per person) are computed once for the
    // indicators and every rule of this run, and dropped after the checks.
    const rules = await loadRuleCatalog();
    const facts = new FactSession(connection, { asOf: options.asOf, params: options.params }, [
      ...CHECK_FACTS,
      ...INDICATOR_FACTS,
    ]);
    let indicators: IndicatorsSummary;
    let checks: ChecksOutcome;
    try {
      await timed('facts', async () => {
        const queries = [
          ...indicatorQueries(options.asOf, options.params, counts),
          ...rules
            .filter((rule) => missingRegistries(rule, counts).length === 0)
            .map((rule) => rule.sql({ asOf: options.asOf, params: options.params, runId })),
        ];
        // A fact that fails here is tried again by the first rule needing it, which then fails
        // alone and is reported as not run, as any broken rule is.
        await facts.prepareFor(queries).catch(() => undefined);
      });
      indicators = await timed('indicators', () =>
        computeIndicators(connection, {
          runId,
          asOf: options.asOf,
          params: options.params,
          rowsPerRegistry: counts,
          onProgress,
          facts,
        }),
      );
      checks = await timed('checks', () =>
        runChecks(connection, {
          rules,
          rowsPerRegistry: counts,
          runId,
          asOf: options.asOf,
          params: options.params,
          facts,
          onProgress,
        }),
      );
    } finally {
      await facts.close();
    }
    const { rulesRun, rulesNotRun } = checks;

    const registries = await registryRows(connection, counts);
    const buildSummary = (): VerifySummary => ({
      run_id: runId,
      snapshot_id: snapshot[0]?.snapshot_id ?? null,
      as_of: options.asOf,
      started_at: startedAt,
      registries,
      link,
      indicators: {
        period: indicators.period,
        computed: indicators.computed,
        not_computed: indicators.notComputed.map((n) => ({
          indicator: n.indicator,
          missing_registries: n.missing,
        })),
        rows: indicators.rows,
      },
      rules_run: rulesRun,
      rules_not_run: rulesNotRun,
      findings_total: rulesRun.reduce((sum, r) => sum + r.findings, 0),
      amount_total_kzt: Math.round(rulesRun.reduce((sum, r) => sum + r.amount_kzt, 0) * 100) / 100,
      seconds_per_stage: { ...seconds },
      seconds_total: Math.round(performance.now() - started) / 1000,
      parameters: options.params,
      outputs: options.outDir ? [...OUTPUT_FILES] : [],
    });
    const outDir = options.outDir;
    if (outDir) {
      await timed('outputs', async () => {
        onProgress({ stage: 'outputs', done: 0, total: OUTPUT_FILES.length });
        await writeCsvOutputs(connection, runId, outDir);
        onProgress({ stage: 'outputs', done: OUTPUT_FILES.length, total: OUTPUT_FILES.length });
      });
    }
    const summary = buildSummary();
    if (outDir) writeSummary(outDir, summary);
    await connection.run(
      `INSERT INTO _runs VALUES (${sqlString(runId)}, ${summary.snapshot_id === null ? 'NULL' : sqlString(summary.snapshot_id)},
        DATE ${sqlString(options.asOf)}, ${sqlString(startedAt)}::TIMESTAMPTZ::TIMESTAMP, ${sqlString(JSON.stringify(summary))}::JSON)`,
    );
    return summary;
  });
}

import type { DuckDBConnection } from '@duckdb/node-api';
import type { RegistryName } from '../registries/catalog';
import { sqlString } from '../workspace/workspace';
import type { RuleContext, RuleDefinition } from './rule';

/**
 * The one engine that runs every rule: it wraps the rule's SELECT, gives each finding
 * its stable id (same rule + subject + period → same id in every run) and appends it
 * to the `findings` table of the workspace under the run's id.
 */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly findings: number;
  readonly amountKzt: number;
  readonly seconds: number;
}

export type RuleSkip = { readonly ruleId: string; readonly missing: readonly RegistryName[] };

/**
 * `finding_id` as SQL: first 16 hex digits of md5(rule|subject|period), with
 * `|discriminator` appended for rules that declare an `idEvidenceKey`.
 */
export function findingIdSql(
  ruleIdSql: string,
  subjectSql: string,
  periodSql: string,
  discriminatorSql?: string,
): string {
  const extra = discriminatorSql ? ` || '|' || coalesce(${discriminatorSql}, '')` : '';
  return `substr(md5(${ruleIdSql} || '|' || ${subjectSql} || '|' || coalesce(${periodSql}, '')${extra}), 1, 16)`;
}

/** Registries a rule needs that are absent or empty in this workspace. */
export function missingRegistries(
  rule: RuleDefinition,
  rowsPerRegistry: ReadonlyMap<RegistryName, number>,
): RegistryName[] {
  return rule.registries.filter((name) => (rowsPerRegistry.get(name) ?? 0) === 0);
}

export async function runRule(
  connection: DuckDBConnection,
  rule: RuleDefinition,
  context: RuleContext,
  runId: string,
): Promise<RuleOutcome> {
  const started = performance.now();
  const id = sqlString(rule.id);
  const discriminator = rule.idEvidenceKey
    ? `(f.evidence::JSON ->> ${sqlString(rule.idEvidenceKey)})`
    : undefined;
  await connection.run(`
    INSERT INTO findings
    SELECT ${sqlString(runId)}, ${findingIdSql(id, 'f.subject_id', 'f.period', discriminator)}, ${id}, ${rule.version},
           ${sqlString(rule.severity)}, f.district, f.subject_id, f.period, f.amount_kzt,
           coalesce(f.linked_by_name, false), f.evidence::JSON
    FROM (${rule.sql({ ...context, runId })}) AS f`);
  const reader = await connection.runAndReadAll(`
    SELECT count(*)::BIGINT AS n, coalesce(sum(amount_kzt), 0)::DOUBLE AS amount
    FROM findings WHERE run_id = ${sqlString(runId)} AND rule_id = ${id}`);
  const [row] = reader.getRowObjectsJS() as { n: bigint; amount: number }[];
  return {
    ruleId: rule.id,
    findings: Number(row?.n ?? 0),
    amountKzt: row?.amount ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
}

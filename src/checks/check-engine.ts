import type { DuckDBConnection } from '@duckdb/node-api';
import type { RegistryName } from '../registries/catalog';
import { sqlString } from '../workspace/workspace';
import { withFactSession, type FactSession } from './fact-session';
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

/**
 * The rule's `subject_id`, which must be text. A stored IIN or BIN is a number
 * (src/workspace/id-text.ts): cast silently it would lose its leading zeros and give another
 * subject and another finding id, so a rule that forgets `idTextSql` fails loudly instead.
 */
function subjectSql(ruleId: string): string {
  return `CASE WHEN typeof(subject_id) = 'VARCHAR' THEN CAST(subject_id AS VARCHAR)
    ELSE error(${sqlString(`${ruleId}: subject_id must be text (an ID needs idTextSql)`)}) END`;
}

/** Registries a rule needs that are absent or empty in this workspace. */
export function missingRegistries(
  rule: RuleDefinition,
  rowsPerRegistry: ReadonlyMap<RegistryName, number>,
): RegistryName[] {
  return rule.registries.filter((name) => (rowsPerRegistry.get(name) ?? 0) === 0);
}

/**
 * Run one rule. Its findings are staged in a TEMP table, so the count and amount come from
 * the rule's own rows instead of a scan of `findings`, which keeps every earlier run.
 * `facts` is the run's fact session (shared intermediate results, fact-session.ts); without
 * one, the rule gets a session of its own, dropped when it ends.
 */
export async function runRule(
  connection: DuckDBConnection,
  rule: RuleDefinition,
  context: RuleContext,
  runId: string,
  facts?: FactSession,
): Promise<RuleOutcome> {
  if (!facts) {
    return withFactSession(connection, context, (session) =>
      runRule(connection, rule, context, runId, session),
    );
  }
  const started = performance.now();
  const id = sqlString(rule.id);
  const discriminator = rule.idEvidenceKey
    ? `(f.evidence::JSON ->> ${sqlString(rule.idEvidenceKey)})`
    : undefined;
  const sql = rule.sql({ ...context, runId });
  await facts.prepare(sql);
  // Same columns and casts as `findings`, so counts and sums are those of the stored rows.
  await connection.run(`CREATE OR REPLACE TEMP TABLE check_rule_findings AS SELECT * FROM findings LIMIT 0`);
  try {
    await connection.run(`
      INSERT INTO check_rule_findings
      SELECT ${sqlString(runId)}, ${findingIdSql(id, 'f.subject_id', 'f.period', discriminator)}, ${id}, ${rule.version},
             ${sqlString(rule.severity)}, f.district, f.subject_id, f.period, f.amount_kzt,
             coalesce(f.linked_by_name, false), f.evidence::JSON
      FROM (SELECT * REPLACE (${subjectSql(rule.id)} AS subject_id) FROM (${sql})) AS f`);
    await connection.run(`INSERT INTO findings SELECT * FROM check_rule_findings`);
    const reader = await connection.runAndReadAll(`
      SELECT count(*)::BIGINT AS n, coalesce(sum(amount_kzt), 0)::DOUBLE AS amount FROM check_rule_findings`);
    const [row] = reader.getRowObjectsJS() as { n: bigint; amount: number }[];
    return {
      ruleId: rule.id,
      findings: Number(row?.n ?? 0),
      amountKzt: row?.amount ?? 0,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS temp.main.check_rule_findings`);
  }
}

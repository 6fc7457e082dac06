import type { DuckDBConnection } from '@duckdb/node-api';
import { missingRegistries, runRule } from '../checks/check-engine';
import type { FactSession } from '../checks/fact-session';
import type { RuleDefinition } from '../checks/rule';
import type { Parameters } from '../core/params';
import { silentProgress, type ProgressListener } from '../core/progress';
import type { RegistryName } from '../registries/catalog';
import { sqlString } from '../workspace/workspace';
import type { RuleNotRun, RuleRun } from './verify-summary';

/**
 * The checks stage of verify: every rule of the catalog in ID order, against the run's
 * shared facts. A rule whose registries are absent or empty is reported as not run, never
 * as clean; a rule that fails is reported with why, its partial findings removed.
 */
export interface ChecksOutcome {
  readonly rulesRun: readonly RuleRun[];
  readonly rulesNotRun: readonly RuleNotRun[];
}

export async function runChecks(
  connection: DuckDBConnection,
  options: {
    readonly rules: readonly RuleDefinition[];
    readonly rowsPerRegistry: ReadonlyMap<RegistryName, number>;
    readonly runId: string;
    readonly asOf: string;
    readonly params: Parameters;
    readonly facts: FactSession;
    readonly onProgress?: ProgressListener;
  },
): Promise<ChecksOutcome> {
  const { rules, runId } = options;
  const onProgress = options.onProgress ?? silentProgress;
  const rulesRun: RuleRun[] = [];
  const rulesNotRun: RuleNotRun[] = [];
  for (const [index, rule] of rules.entries()) {
    onProgress({ stage: 'checks', done: index, total: rules.length });
    const missing = missingRegistries(rule, options.rowsPerRegistry);
    if (missing.length > 0) {
      rulesNotRun.push({
        rule_id: rule.id,
        reason: `registries absent or empty: ${missing.join(', ')}`,
        missing_registries: missing,
      });
      continue;
    }
    try {
      const context = { asOf: options.asOf, params: options.params };
      const outcome = await runRule(connection, rule, context, runId, options.facts);
      rulesRun.push({
        rule_id: rule.id,
        rule_version: rule.version,
        title: rule.title.en,
        findings: outcome.findings,
        amount_kzt: Math.round(outcome.amountKzt * 100) / 100,
        seconds: Math.round(outcome.seconds * 1000) / 1000,
      });
    } catch (error) {
      // One broken rule must not hide the others' findings; it is reported, not counted as clean.
      await connection.run(
        `DELETE FROM findings WHERE run_id = ${sqlString(runId)} AND rule_id = ${sqlString(rule.id)}`,
      );
      rulesNotRun.push({
        rule_id: rule.id,
        reason: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        missing_registries: [],
      });
    }
  }
  onProgress({ stage: 'checks', done: rules.length, total: rules.length });
  return { rulesRun, rulesNotRun };
}

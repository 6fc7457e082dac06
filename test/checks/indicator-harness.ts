import { runRule } from '../../src/checks/check-engine';
import type { RuleDefinition } from '../../src/checks/rule';
import { DEFAULT_PARAMETERS, type Parameters } from '../../src/core/params';
import { computeIndicators } from '../../src/indicators/compute-indicators';
import { REGISTRY_NAMES, type RegistryName } from '../../src/registries/catalog';
import { queryRows, withWorkspace } from '../../src/workspace/workspace';
import { insertTinyRegistries, type TestFinding, type TinyRegistries } from './harness';

/**
 * IND rules read the indicators of their run: tiny registries → indicators stage (as in
 * verify, run id 'test') → the rule. Returns the findings and the indicator rows.
 */
export async function runIndicatorRuleOn(
  rule: RuleDefinition,
  registries: TinyRegistries,
  options: { readonly asOf: string; readonly params?: Parameters },
): Promise<{ findings: TestFinding[]; indicators: Record<string, unknown>[] }> {
  const params = options.params ?? DEFAULT_PARAMETERS;
  return withWorkspace({ file: ':memory:' }, async (connection) => {
    await insertTinyRegistries(connection, registries);
    const counts = new Map<RegistryName, number>(
      REGISTRY_NAMES.map((name) => [name, registries[name]?.length ?? 0]),
    );
    await computeIndicators(connection, {
      runId: 'test',
      asOf: options.asOf,
      params,
      rowsPerRegistry: counts,
    });
    await runRule(connection, rule, { asOf: options.asOf, params }, 'test');
    const rows = await queryRows<Omit<TestFinding, 'evidence'> & { evidence: string }>(
      connection,
      `SELECT finding_id, rule_id, severity, district, subject_id, period, amount_kzt::DOUBLE AS amount_kzt,
              linked_by_name, evidence::VARCHAR AS evidence FROM findings ORDER BY subject_id, period`,
    );
    const indicators = await queryRows(
      connection,
      `SELECT district, indicator, period, computed, reported FROM indicators ORDER BY district, indicator, period`,
    );
    return {
      findings: rows.map((r) => ({ ...r, evidence: JSON.parse(r.evidence) as Record<string, unknown> })),
      indicators,
    };
  });
}

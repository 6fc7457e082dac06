import type { DuckDBConnection } from '@duckdb/node-api';
import { runRule } from '../../src/checks/check-engine';
import type { RuleDefinition } from '../../src/checks/rule';
import { DEFAULT_PARAMETERS, type Parameters } from '../../src/core/params';
import { registrySpec, type RegistryName } from '../../src/registries/catalog';
import { createEmptyWorkspace } from '../../src/workspace/registry-tables';
import { queryRows, sqlIdent, sqlString, withWorkspace } from '../../src/workspace/workspace';

/**
 * Tiny hand-written registries for rule tests: rows are plain objects with canonical
 * column names and values as they would be after ingest (dates 'YYYY-MM-DD', months and
 * quarters as the first day 'YYYY-MM-01'). `_line` is the row's index + 2.
 */
export type TinyRow = Readonly<Record<string, string | number | boolean | null>>;
export type TinyRegistries = Partial<Record<RegistryName, readonly TinyRow[]>>;

export interface TestFinding {
  readonly finding_id: string;
  readonly rule_id: string;
  readonly severity: string;
  readonly district: string | null;
  readonly subject_id: string;
  readonly period: string | null;
  readonly amount_kzt: number | null;
  readonly linked_by_name: boolean;
  readonly evidence: Record<string, unknown>;
}

function literal(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return sqlString(value);
  return String(value);
}

export async function insertTinyRegistries(
  connection: DuckDBConnection,
  registries: TinyRegistries,
): Promise<void> {
  await createEmptyWorkspace(connection);
  for (const [name, rows] of Object.entries(registries) as [RegistryName, readonly TinyRow[]][]) {
    const known = new Set(registrySpec(name).columns.map((c) => c.name));
    for (const [index, row] of rows.entries()) {
      const columns = Object.keys(row);
      for (const column of columns) {
        if (!known.has(column) && column !== 'linked_by_name' && column !== '_iin_raw') {
          throw new TypeError(`${name} has no column ${column}`);
        }
      }
      const names = [...columns.map(sqlIdent), '_line'].join(', ');
      const values = [...columns.map((c) => literal(row[c] ?? null)), String(index + 2)].join(', ');
      await connection.run(`INSERT INTO ${sqlIdent(name)} (${names}) VALUES (${values})`);
    }
  }
}

/** Run one rule over tiny registries and return its findings (evidence parsed). */
export async function runRuleOn(
  rule: RuleDefinition,
  registries: TinyRegistries,
  options: { readonly asOf: string; readonly params?: Parameters },
): Promise<TestFinding[]> {
  return withWorkspace({ file: ':memory:' }, async (connection) => {
    await insertTinyRegistries(connection, registries);
    await runRule(
      connection,
      rule,
      { asOf: options.asOf, params: options.params ?? DEFAULT_PARAMETERS },
      'test',
    );
    const rows = await queryRows<Omit<TestFinding, 'evidence'> & { evidence: string }>(
      connection,
      `SELECT finding_id, rule_id, severity, district, subject_id, period, amount_kzt::DOUBLE AS amount_kzt,
              linked_by_name, evidence::VARCHAR AS evidence
       FROM findings ORDER BY subject_id, period`,
    );
    return rows.map((r) => ({ ...r, evidence: JSON.parse(r.evidence) as Record<string, unknown> }));
  });
}

import type { Parameters } from '../core/params';

/**
 * A shared fact of the checks: an intermediate result several rules (and indicators) start
 * from, e.g. one row per person of `population`. Computed once per verify run as a TEMP
 * table named `table` by the fact session (fact-session.ts) the first time a rule's SQL
 * names it, instead of once per rule as a CTE. A fact is data plus SQL, like a rule.
 */
export interface FactContext {
  /** Verification date, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly params: Parameters;
}

export interface FactDefinition {
  readonly kind: 'fact';
  /** The TEMP table's name; rules use the fact by naming this table in their SQL. */
  readonly table: string;
  /** What one row is, for the reader of a rule. */
  readonly description: string;
  /** One SELECT over the workspace (and other facts, named by their table). */
  readonly sql: (context: FactContext) => string;
}

export function defineFact(definition: Omit<FactDefinition, 'kind'>): FactDefinition {
  return { kind: 'fact', ...definition };
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../workspace/workspace';

/**
 * Whether DuckDB will run a parse (parseFileSql) keeping the rows in the order its CSV reader
 * reads them. An in-order file takes each row's line number from its place in the parsed
 * table (parsedLineSql), which is right only under this plan: DuckDB rewrites a long
 * `IN (…)` list into a hash join, for one, and with a join the table is no longer written in
 * batch order (75 % of the lines of a 2.5 M-row file came out wrong, while files small enough
 * for one thread were right). The loader stages a file the slow way, with explicit line
 * numbers, rather than trust a plan with any other operator.
 */
const ORDER_KEEPING_OPERATORS = new Set(['BATCH_CREATE_TABLE_AS', 'PROJECTION', 'FILTER', 'READ_CSV']);

interface PlanNode {
  readonly name: string;
  readonly children?: readonly PlanNode[];
}

function operators(node: PlanNode, into: Set<string>): Set<string> {
  into.add(node.name);
  for (const child of node.children ?? []) operators(child, into);
  return into;
}

/** The physical operators of a statement's plan (EXPLAIN in JSON). */
export async function planOperators(connection: DuckDBConnection, sql: string): Promise<Set<string>> {
  const rows = await queryRows<{ explain_value: string }>(connection, `EXPLAIN (FORMAT json) ${sql}`);
  const found = new Set<string>();
  for (const row of rows)
    for (const node of JSON.parse(row.explain_value) as PlanNode[]) operators(node, found);
  return found;
}

export async function planKeepsOrder(connection: DuckDBConnection, sql: string): Promise<boolean> {
  const found = await planOperators(connection, sql);
  return [...found].every((name) => ORDER_KEEPING_OPERATORS.has(name));
}

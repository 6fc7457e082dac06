import type { DuckDBConnection } from '@duckdb/node-api';
import type { FactContext, FactDefinition } from './fact';
import { ASP_CASE_FACTS, ASP_MEMBER_FACTS } from './sql/asp-cases';
import { PERSONS_FACT } from './sql/person-facts';
import { LATEST_OSMS_STATUS_FACT } from './sql/person-status';

/** The shared facts of the checks; a fact's SQL may name other facts. */
export const CHECK_FACTS: readonly FactDefinition[] = [
  PERSONS_FACT,
  LATEST_OSMS_STATUS_FACT,
  ASP_MEMBER_FACTS,
  ASP_CASE_FACTS,
];

function names(sql: string, table: string): boolean {
  return new RegExp(`\\b${table}\\b`).test(sql);
}

/**
 * The shared facts of one verify run on one connection. `prepare(sql)` creates, once, the
 * TEMP table of every fact the SQL names (and of the facts those name), so a rule pays for
 * a fact only if no rule before it did; `close()` drops them. Facts are computed after the
 * link stage and read only within the run, so they never see other data than the rules do.
 */
export class FactSession {
  private readonly created = new Set<string>();

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly context: FactContext,
    /** The facts this session knows (indicators add theirs, see run-verify.ts). */
    private readonly facts: readonly FactDefinition[] = CHECK_FACTS,
  ) {}

  async prepare(sql: string): Promise<void> {
    for (const fact of this.facts) {
      if (this.created.has(fact.table) || !names(sql, fact.table)) continue;
      const body = fact.sql(this.context);
      await this.prepare(body);
      await this.connection.run(`CREATE OR REPLACE TEMP TABLE ${fact.table} AS ${body}`);
      this.created.add(fact.table);
    }
  }

  /** `prepare` for several queries at once (verify's `facts` stage, before the first rule). */
  async prepareFor(sqls: readonly string[]): Promise<void> {
    for (const sql of sqls) await this.prepare(sql);
  }

  async close(): Promise<void> {
    for (const table of [...this.created].reverse()) {
      await this.connection.run(`DROP TABLE IF EXISTS temp.main.${table}`);
    }
    this.created.clear();
  }
}

/** Run `work` with a fact session, dropping its tables whatever happens. */
export async function withFactSession<T>(
  connection: DuckDBConnection,
  context: FactContext,
  work: (session: FactSession) => Promise<T>,
  facts: readonly FactDefinition[] = CHECK_FACTS,
): Promise<T> {
  const session = new FactSession(connection, context, facts);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * The analytical workspace: one DuckDB file holding the loaded registries (one table per
 * registry, named after it), quarantine, links, indicators and findings. See
 * docs/workspace.md for the tables. Lifetimes are explicit: open, use, close in `finally`.
 */
export interface WorkspaceOptions {
  /** Path of the DuckDB file, or ':memory:' for tests. */
  readonly file: string;
  readonly threads?: number;
  readonly memoryLimit?: string;
}

/**
 * DuckDB's buffer budget for ingest and verify: the target is a 2.5 M-person city in under
 * 4 GiB of process memory, so DuckDB spills to `<workspace>.tmp` past this instead of
 * taking its default 80 % of the machine's memory.
 */
export const WORKSPACE_MEMORY_LIMIT = '3GB';

/**
 * The storage format of a workspace file DuckDB creates. Its default stays readable by
 * DuckDB 0.10, which the workspace never needs: it is written and read by the DuckDB this
 * project pins. The current format writes the registries a fifth faster (dictionary and
 * FSST in one pass over the strings: 23-25 s against 19.5 s for the 2.5 M-person city's 35 M
 * rows) for a file 4 % larger. A file created by an older version keeps its format.
 */
export const WORKSPACE_STORAGE_VERSION = 'latest';

export async function openWorkspace(options: WorkspaceOptions): Promise<DuckDBInstance> {
  const config: Record<string, string> = { storage_compatibility_version: WORKSPACE_STORAGE_VERSION };
  if (options.threads) config.threads = String(options.threads);
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  return DuckDBInstance.create(options.file, config);
}

/** Run `work` with a connection to the workspace, closing both whatever happens. */
export async function withWorkspace<T>(
  options: WorkspaceOptions,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await openWorkspace(options);
  try {
    const connection = await instance.connect();
    try {
      return await work(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Rows of a query as plain objects (small results only: checks stream large ones to files). */
export async function queryRows<T = Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: string,
): Promise<T[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as T[];
}

/** The names of the workspace's own tables (not the connection's TEMP ones). */
export async function workspaceTables(connection: DuckDBConnection): Promise<Set<string>> {
  const rows = await queryRows<{ name: string }>(
    connection,
    `SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary`,
  );
  return new Set(rows.map((r) => r.name));
}

export async function tableExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const rows = await queryRows(
    connection,
    `SELECT 1 FROM duckdb_tables() WHERE table_name = ${sqlString(name)} AND NOT temporary`,
  );
  return rows.length > 0;
}

/** Quote an SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Quote an SQL identifier. */
export function sqlIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The one model of the operational store talks to PostgreSQL through this interface;
 * each backend (embedded PGlite, a PostgreSQL server through `pg`) is a thin adapter.
 * SQL is plain PostgreSQL with `$1` parameters, the same text on both.
 */
export interface SqlExecutor {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export type StoreBackend = 'pglite' | 'postgres';

export interface SqlClient extends SqlExecutor {
  readonly backend: StoreBackend;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

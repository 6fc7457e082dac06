import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor } from './sql-client';

/**
 * PostgreSQL's `shared_buffers` of the embedded store. PGlite's default (128 MB) lives in
 * the WASM memory of the server's own process, beside DuckDB and the export buffers that
 * the 1 GiB budget of issue 6 must also hold; the store's working set (users, sessions,
 * cases, the tail of the audit log) is a few MB, and pages beyond the buffers come back
 * from the file system.
 */
const SHARED_BUFFERS = '16MB';

/** Embedded PostgreSQL (WASM) in a data folder, or in memory for `memory://`. */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
  });
  const executor = (target: Pick<PGlite, 'query'>): SqlExecutor => ({
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    backend: 'pglite',
    ...executor(db),
    async exec(sql) {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}

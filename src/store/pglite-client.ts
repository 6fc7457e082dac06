import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor } from './sql-client';

/** Embedded PostgreSQL (WASM) in a data folder, or in memory for `memory://`. */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  const db = await PGlite.create(dataDir);
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

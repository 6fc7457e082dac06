import pg from 'pg';
import type { SqlClient, SqlExecutor } from './sql-client';

/**
 * A PostgreSQL server through a `pg` pool. `schema` (tests: one per file) becomes the
 * search_path of every connection, so parallel suites never see each other's tables.
 */
export async function openPgClient(databaseUrl: string, schema?: string): Promise<SqlClient> {
  if (schema) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Fail now, with the store's error, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const executor = (target: Pick<pg.Pool, 'query'> | pg.PoolClient): SqlExecutor => ({
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query(sql, [...params]);
      return result.rows as T[];
    },
  });
  return {
    backend: 'postgres',
    ...executor(pool),
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

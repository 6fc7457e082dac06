import type { DuckDBConnection } from '@duckdb/node-api';
import { BirtizimError } from '../core/errors/birtizim-error';
import { isIdColumn, REGISTRIES } from '../registries/catalog';
import { queryRows, sqlString } from './workspace';

/** Every IIN and BIN column of the registry tables, as `table.column`. */
const ID_COLUMNS: readonly string[] = REGISTRIES.flatMap((spec) =>
  spec.columns.filter(isIdColumn).map((c) => `${spec.name}.${c.name}`),
);

/** The ID columns of the workspace still stored as text (`table.column`), written before IDs were numbers (id-text.ts). */
export async function textIdColumns(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    connection,
    `SELECT table_name || '.' || column_name AS id FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND data_type <> 'BIGINT'
       AND table_name || '.' || column_name IN (${ID_COLUMNS.map(sqlString).join(', ')})
     ORDER BY 1`,
  );
  return rows.map((r) => r.id);
}

/**
 * Refuse a workspace whose registries were loaded before IDs were stored as numbers: the
 * checks and the person card compare those columns with numbers and would fail one query at
 * a time. A new load replaces the tables; verify results are kept.
 */
export async function assertCurrentWorkspaceFormat(
  connection: DuckDBConnection,
  workspace: string,
): Promise<void> {
  const columns = await textIdColumns(connection);
  if (columns.length > 0) {
    throw new BirtizimError('BZ_WORKSPACE_OUTDATED', { workspace, columns: columns.join(', ') });
  }
}

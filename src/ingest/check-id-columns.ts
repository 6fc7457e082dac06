import type { DuckDBConnection } from '@duckdb/node-api';
import type { RegistrySpec } from '../registries/catalog';
import { queryRows } from '../workspace/workspace';
import {
  applyIdValuesSql,
  ID_CHANGES_SQL,
  ID_VALUES_TABLE,
  idColumns,
  idGathering,
  idSampleSql,
  idValuesSql,
} from './sql/id-values-sql';

/**
 * Check the IIN and BIN columns of the parsed rows (sql/id-values-sql.ts says how): for each,
 * gather the values its rules change, then write them back, with the rows' reasons.
 */
export async function checkIdColumns(connection: DuckDBConnection, spec: RegistrySpec): Promise<void> {
  for (const column of idColumns(spec)) {
    const [sample] = await queryRows<{ distinct_values: bigint; rows: bigint }>(
      connection,
      idSampleSql(column),
    );
    const gathering = idGathering({
      distinctValues: Number(sample?.distinct_values ?? 0),
      rows: Number(sample?.rows ?? 0),
    });
    await connection.run(idValuesSql(column, gathering));
    const [changes] = await queryRows<{
      values: bigint;
      failing: boolean;
      restored: boolean;
      unusable: boolean;
    }>(connection, ID_CHANGES_SQL);
    if (changes !== undefined && Number(changes.values) > 0) {
      for (const sql of applyIdValuesSql(spec, column, changes)) await connection.run(sql);
    }
    await connection.run(`DROP TABLE ${ID_VALUES_TABLE}`);
  }
}

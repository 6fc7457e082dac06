import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { BirtizimError } from '../core/errors/birtizim-error';
import { queryRows, sqlIdent, sqlString } from '../workspace/workspace';
import type { ColumnMap } from './column-map';
import type { LinkSide } from './link-sql';

/**
 * A CSV file that is not ours as one side of a link job. Every column is read as text (ids
 * and postcodes keep their leading zeros); header names are matched after trimming, because
 * files like FEBRL put a space after every comma, header included.
 */
export async function csvSide(
  connection: DuckDBConnection,
  file: string,
  map: ColumnMap,
  table: string,
): Promise<LinkSide> {
  if (!existsSync(file)) throw new BirtizimError('BZ_FILE_NOT_FOUND', { path: file });
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_csv(${sqlString(file)}, header = true, all_varchar = true, auto_detect = true)`,
  );
  const described = await queryRows<{ column_name: string }>(connection, `DESCRIBE ${table}`);
  const byTrimmed = new Map(described.map((d) => [d.column_name.trim().toLowerCase(), d.column_name]));
  const resolve = (name: string): string => {
    const actual = byTrimmed.get(name.trim().toLowerCase());
    if (actual === undefined) {
      throw new BirtizimError('BZ_LINK_UNKNOWN_COLUMN', {
        file,
        column: name,
        columns: described.map((d) => d.column_name.trim()).join(', '),
      });
    }
    return sqlIdent(actual);
  };
  return {
    relation: table,
    id: map.id === null ? 'row_number() OVER ()' : `trim(${resolve(map.id)})`,
    columns: map.entries.map((e) => resolve(e.column)),
  };
}

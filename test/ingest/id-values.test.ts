import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { registrySpec } from '../../src/registries/catalog';
import { PARSED_TABLE } from '../../src/ingest/sql/file-load-sql';
import { ID_NUMBER_MACROS } from '../../src/ingest/sql/id-number-sql';
import {
  ID_VALUES_TABLE,
  idGathering,
  idValuesSql,
  type IdGathering,
} from '../../src/ingest/sql/id-values-sql';
import { queryRows, sqlString } from '../../src/workspace/workspace';

const contributions = registrySpec('contributions');
const column = (name: string) => contributions.columns.find((c) => c.name === name)!;

/** The changed values of a column holding `values`, gathered each way. */
async function changedValues(name: string, values: readonly (string | null)[], gathering: IdGathering) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const sql of ID_NUMBER_MACROS) await connection.run(sql);
    const list = values.map((v) => (v === null ? 'NULL' : sqlString(v))).join(', ');
    await connection.run(
      `CREATE TEMP TABLE ${PARSED_TABLE} AS SELECT unnest([${list}]::VARCHAR[]) AS ${name}`,
    );
    await connection.run(idValuesSql(column(name), gathering));
    return await queryRows(connection, `SELECT * FROM ${ID_VALUES_TABLE} ORDER BY raw`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('IDs checked per value after the parse', () => {
  it('finds the same changed values whether it gathers distinct values or rows first', async () => {
    const values = [
      '901123300258', // valid: unchanged, not listed
      '901123300258',
      '901123300255', // bad check digit
      '901123300255',
      '61211600012', // lost zero: restored
      '61211600012',
      ' 9011 2330 0258 ', // normalised
      'ABC', // not digits
      '12345', // wrong length
      null,
    ];
    const byDistinct = await changedValues('iin', values, 'distinct_first');
    const byRows = await changedValues('iin', values, 'rows_first');
    expect(byRows).toEqual(byDistinct);
    // Every changed value once, unchanged ones not at all.
    expect(byDistinct.map((r) => [r.raw, r.value, r.ok, r.restored])).toEqual([
      [' 9011 2330 0258 ', '901123300258', true, 0],
      ['12345', null, false, 0],
      ['61211600012', '061211600012', true, 1],
      ['901123300255', null, false, 0],
      ['ABC', null, false, 0],
    ]);
    const bins = ['990940003030', '990940003031', '990940003031', '540000077'];
    expect(await changedValues('payer_bin', bins, 'rows_first')).toEqual(
      await changedValues('payer_bin', bins, 'distinct_first'),
    );
  });

  it('gathers distinct values first when the sample repeats, rows first when it hardly does', () => {
    expect(idGathering({ distinctValues: 1000, rows: 65536 })).toBe('distinct_first');
    expect(idGathering({ distinctValues: 65000, rows: 65536 })).toBe('rows_first');
    expect(idGathering({ distinctValues: 0, rows: 0 })).toBe('distinct_first');
  });
});

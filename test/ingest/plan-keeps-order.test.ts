import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHeaderMapping } from '../../src/ingest/headers/header-mapping-file';
import { inspectWithMapping } from '../../src/ingest/inspect-file';
import { stageFile } from '../../src/ingest/load-file';
import { loadSnapshotInto } from '../../src/ingest/load-snapshot';
import { listSnapshot } from '../../src/ingest/snapshot-files';
import { districtMacros } from '../../src/ingest/sql/district-sql';
import { parseFileSql } from '../../src/ingest/sql/file-load-sql';
import { ID_NUMBER_MACROS } from '../../src/ingest/sql/id-number-sql';
import { planKeepsOrder, planOperators } from '../../src/ingest/sql/plan-keeps-order';
import { REGISTRIES } from '../../src/registries/catalog';
import { queryRows, sqlString } from '../../src/workspace/workspace';
import { loadInMemory, POP_HEADER, VALID_IINS, writeSnapshot } from './ingest-fixture';

/**
 * An in-order file's line numbers are its rows' places in the parsed table, so the parse of
 * every registry must run as a plan that keeps the CSV reader's order. Files small enough for
 * one thread keep it whatever the plan, so this is asserted on the plan itself.
 */
async function withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const sql of [...ID_NUMBER_MACROS, ...districtMacros()]) await connection.run(sql);
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('the parse keeps row order, which in-order line numbers stand on', () => {
  it('plans every registry as projections over the CSV reader, written in batch order', async () => {
    const files = Object.fromEntries(
      REGISTRIES.map((spec) => [`${spec.name}.csv`, `${spec.columns.map((c) => c.name).join(',')}\n`]),
    );
    const dir = writeSnapshot(files);
    const mapping = loadHeaderMapping(null);
    await withConnection(async (connection) => {
      for (const file of listSnapshot(dir).files) {
        const proposal = await inspectWithMapping(file.path, file.registry, file.format, mapping);
        const staged = await stageFile(file, dir, () => undefined);
        expect(staged.lines, file.registry).toBe('in_order');
        const spec = REGISTRIES.find((r) => r.name === file.registry);
        if (!spec) throw new Error(file.registry);
        const sql = parseFileSql(spec, staged, proposal.headers);
        const found = [...(await planOperators(connection, sql))].sort();
        expect(found, file.registry).toContain('BATCH_CREATE_TABLE_AS');
        expect(await planKeepsOrder(connection, sql), `${file.registry}: ${found.join(', ')}`).toBe(true);
      }
    });
  });

  it('refuses a plan that joins, such as the one DuckDB makes of a long IN list', async () => {
    const dir = writeSnapshot({ 'x.csv': 'a\n1\n' });
    await withConnection(async (connection) => {
      const list = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].map(sqlString).join(', ');
      const sql = `CREATE TEMP TABLE t AS SELECT a FROM read_csv(${sqlString(join(dir, 'x.csv'))},
        header = true, auto_detect = false, columns = {'a': 'VARCHAR'}) WHERE a IN (${list})`;
      expect(await planOperators(connection, sql)).toContain('HASH_JOIN');
      expect(await planKeepsOrder(connection, sql)).toBe(false);
    });
  });

  it('numbers the lines from a staged copy when DuckDB would not keep the order of the file read in place', async () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) => `${VALID_IINS[0]},Name${i},Aigerim,,1990-11-23,M,Almaly,A${i}`,
    );
    const dir = writeSnapshot({ 'population.csv': `${[POP_HEADER, ...rows].join('\n')}\n` });
    const linesRight = async (connection: DuckDBConnection): Promise<number> => {
      const [row] = await queryRows<{ right: bigint; n: bigint }>(
        connection,
        `SELECT count(*) FILTER (WHERE last_name = 'Name' || (_line - 2)) AS "right", count(*) AS n FROM population`,
      );
      expect(Number(row?.n)).toBe(400);
      return Number(row?.right);
    };

    const inPlace = await loadInMemory(dir);
    try {
      expect(inPlace.file('population').lineNumbers).toBe('read_in_place');
      expect(await linesRight(inPlace.connection)).toBe(400);
    } finally {
      inPlace.close();
    }

    // Without insertion order every CREATE TABLE AS is planned unordered: the plan check must
    // refuse reading in place and the loader number the lines from a staged copy instead.
    const instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'false' });
    const connection = await instance.connect();
    try {
      const summary = await loadSnapshotInto(connection, { snapshotDir: dir });
      expect(summary.files[0]?.lineNumbers).toBe('staged_copy');
      expect(await linesRight(connection)).toBe(400);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

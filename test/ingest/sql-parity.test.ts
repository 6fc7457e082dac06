import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DISTRICTS, normaliseDistrict } from '../../src/core/districts';
import { readIdNumber } from '../../src/core/iin';
import { districtMacros } from '../../src/ingest/sql/district-sql';
import { ID_NUMBER_MACROS } from '../../src/ingest/sql/id-number-sql';
import { queryRows, sqlString } from '../../src/workspace/workspace';

async function withMacros<T>(
  work: (run: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const sql of [...ID_NUMBER_MACROS, ...districtMacros()]) await connection.run(sql);
    return await work((sql) => queryRows(connection, sql));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Deterministic pseudo-random digits (no Math.random: failures must reproduce). */
function* numbers(count: number): Generator<string> {
  let x = 123456789;
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const twelve = String(x).padStart(10, '0') + String(i % 100).padStart(2, '0');
    // Every length a spreadsheet may leave: 12, and 11, 10, 9 digits after lost zeros.
    yield i % 3 === 0 ? twelve.slice(1) : i % 5 === 0 ? twelve.slice(i % 2 === 0 ? 2 : 3) : twelve;
  }
}

describe('SQL macros agree with the TypeScript core', () => {
  it.each(['iin', 'bin'] as const)('restores and validates %s exactly as readIdNumber does', async (kind) => {
    const values = [
      ...numbers(3000),
      '901123300258',
      '061211600012',
      '61211600012',
      '821214240092',
      '990940003030',
      '990940003031',
      ' 9011 2330 0258 ',
      '901123300258.0',
      '608500018',
      '1125600031',
      '540000077',
      '1140000055',
      '230500013',
      '608700010',
      '1340000012',
    ];
    const expected = values.map((v) => {
      const reading = readIdNumber(v, kind);
      return reading.kind === 'valid' || reading.kind === 'restored' ? reading.value : null;
    });
    expect(expected.filter((v) => v !== null).length).toBeGreaterThan(200);
    expect(expected.filter((v, i) => v !== null && (values[i]?.length ?? 0) <= 10).length).toBeGreaterThan(5);
    const macro = kind === 'iin' ? 'bz_id_value' : 'bz_bin_value';
    const got = await withMacros(async (run) => {
      const rows = await run(
        `SELECT ${macro}(bz_id_norm(v)) AS id FROM (SELECT unnest([${values.map(sqlString).join(', ')}]) AS v, generate_subscripts([${values.map(sqlString).join(', ')}], 1) AS i) ORDER BY i`,
      );
      return rows.map((r) => r.id as string | null);
    });
    expect(got).toEqual(expected);
  });

  it('maps every district name and its decorated forms as normaliseDistrict does', async () => {
    const names = DISTRICTS.flatMap((d) => [d.code, d.nameKk, d.nameRu, d.nameEn, ...d.aliases]).flatMap(
      (n) => [n, `${n.toUpperCase()} район`, `г. Алматы, ${n} р-н`, `  ${n} ауданы`, `«${n}» district`],
    );
    names.push('Atlantis', 'район', '');
    const expected = names.map((n) => normaliseDistrict(n));
    const got = await withMacros(async (run) => {
      const rows = await run(
        `SELECT bz_district_code(v) AS code FROM (SELECT unnest([${names.map(sqlString).join(', ')}]) AS v, generate_subscripts([${names.map(sqlString).join(', ')}], 1) AS i) ORDER BY i`,
      );
      return rows.map((r) => r.code as string | null);
    });
    expect(got).toEqual(expected);
    expect(got.filter((c) => c !== null).length).toBeGreaterThan(100);
  });
});

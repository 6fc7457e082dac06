import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../src/workspace/workspace';

/** Small hand-written workspace rows for the LNK and REG-03 tests. */
export interface PersonRow {
  readonly iin: string;
  readonly last_name: string;
  readonly first_name: string;
  readonly middle_name: string | null;
  readonly birth_date: string;
  readonly sex: 'M' | 'F';
}

const lit = (v: string | null): string => (v === null ? 'NULL' : sqlString(v));

export async function insertPopulation(
  connection: DuckDBConnection,
  people: readonly PersonRow[],
): Promise<void> {
  for (const [i, p] of people.entries()) {
    await connection.run(`INSERT INTO population (iin, last_name, first_name, middle_name, birth_date, sex, district, address_id, _line)
      VALUES (${lit(p.iin)}, ${lit(p.last_name)}, ${lit(p.first_name)}, ${lit(p.middle_name)}, DATE ${lit(p.birth_date)}, ${lit(p.sex)}, 'ALM-02', 'A${i}', ${i + 2})`);
  }
}

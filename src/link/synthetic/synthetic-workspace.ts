import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlString } from '../../workspace/workspace';
import {
  seededRandom,
  syntheticPerson,
  syntheticPopulation,
  variantOf,
  VARIANT_KINDS,
  type SyntheticPerson,
} from './synthetic-people';

/**
 * Fills an empty workspace (createEmptyWorkspace) with a synthetic population and
 * `contributions` rows loaded without an IIN, in name variants, as ingest leaves them; some
 * rows carry a mistyped IIN in `_iin_raw`, some are of people absent from `population`.
 * Returns the truth: the IIN each row should link to, null for the absent ones.
 */
export interface LinkTruthRow {
  readonly line: number;
  readonly trueIin: string | null;
}

const csvCell = (v: string | number | null): string => (v === null || v === '' ? '' : String(v));

/** Rows go through a temporary CSV file: far faster than SQL literals for a million rows. */
async function insertRows(
  connection: DuckDBConnection,
  table: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'birtizim-link-'));
  const file = join(dir, `${table}.csv`);
  try {
    const lines = [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const types = header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
    await connection.run(
      `INSERT INTO ${table} BY NAME SELECT * FROM read_csv(${sqlString(file)}, header = true, columns = {${types}})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function mistype(random: () => number, iin: string): string {
  const at = Math.floor(random() * 12);
  return iin.slice(0, at) + String((Number(iin[at]) + 1) % 10) + iin.slice(at + 1);
}

export async function fillSyntheticWorkspace(
  connection: DuckDBConnection,
  options: {
    readonly persons: number;
    readonly rows: number;
    readonly absentShare: number;
    readonly seed: number;
  },
): Promise<{ readonly population: readonly SyntheticPerson[]; readonly truth: readonly LinkTruthRow[] }> {
  const population = syntheticPopulation(options.persons, options.seed);
  await insertRows(
    connection,
    'population',
    ['iin', 'last_name', 'first_name', 'middle_name', 'birth_date', 'sex', 'district', 'address_id', '_line'],
    population.map((p, i) => [
      p.iin,
      p.last_name,
      p.first_name,
      p.middle_name,
      p.birth_date,
      p.sex,
      'ALM-01',
      `A${i % 5000}`,
      i + 2,
    ]),
  );
  const random = seededRandom(options.seed + 1);
  const truth: LinkTruthRow[] = [];
  const rows: (string | number | null)[][] = [];
  for (let line = 2; line < options.rows + 2; line++) {
    const absent = random() < options.absentShare;
    const person = absent
      ? syntheticPerson(random, 9000 + line)
      : (population[Math.floor(random() * population.length)] as SyntheticPerson);
    const kind = VARIANT_KINDS[Math.floor(random() * VARIANT_KINDS.length)] ?? 'russian';
    const v = variantOf(random, person, kind);
    const iinRaw = random() < 0.3 ? mistype(random, person.iin) : null;
    truth.push({ line, trueIin: absent ? null : person.iin });
    rows.push([
      line,
      '990940003030',
      '2025-01-01',
      100000,
      v.last_name,
      v.first_name,
      v.middle_name,
      v.birth_date,
      iinRaw,
    ]);
  }
  await insertRows(
    connection,
    'contributions',
    [
      '_line',
      'payer_bin',
      'period',
      'income_kzt',
      'last_name',
      'first_name',
      'middle_name',
      'birth_date',
      '_iin_raw',
    ],
    rows,
  );
  return { population, truth };
}

import { idStartsWithSql, idText, idTextSql } from '../../workspace/id-text';
import { isIdColumn, type RegistrySpec } from '../../registries/catalog';
import { INDEXED_REGISTRIES, iinColumns } from '../../workspace/person-index';
import type { Row } from '../schemas/common-schemas';
import type { PersonHit, RegistryRows } from '../schemas/persons-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import { personRows } from './person-rows-query';
import { SqlParams, scopeSql } from './sql-params';

/** Most rows shown per registry on a card: a person with more has them in the export. */
const ROWS_PER_REGISTRY = 500;

/** DuckDB JSON output, printed the way the extracts write values: months `YYYY-MM`, quarters `YYYY-Qn`, numbers as numbers. */
function printRow(spec: RegistrySpec, raw: Record<string, unknown>): Row {
  const row: Record<string, string | number | boolean | null> = {};
  const columns = new Map(spec.columns.map((c) => [c.name, c]));
  for (const [name, value] of Object.entries(raw)) {
    const column = columns.get(name);
    const kind = column?.kind;
    if (value === null || value === undefined) row[name] = null;
    else if (column && isIdColumn(column)) row[name] = idText(value as string | number | bigint);
    else if (
      kind === 'money' ||
      kind === 'number' ||
      kind === 'int' ||
      name === '_line' ||
      name === '_link_score'
    )
      row[name] = Number(value);
    else if (kind === 'month') row[name] = String(value).slice(0, 7);
    else if (kind === 'quarter') {
      const [y, m] = String(value).split('-');
      row[name] = `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
    } else if (typeof value === 'boolean' || typeof value === 'number') row[name] = value;
    else row[name] = String(value);
  }
  return row;
}

export interface PersonData {
  readonly population: Row | null;
  readonly district: string | null;
  readonly registries: RegistryRows[];
}

/**
 * What the card shows of a person: their rows in every registry with an IIN column, in each
 * of the roles they play there (person, applicant, child, doctor ...). `scan` skips the
 * person index (tests compare the two paths).
 */
export async function personData(
  ws: WorkspaceAccess,
  iin: string,
  options: { readonly scan?: boolean } = {},
): Promise<PersonData> {
  const rowsOf = await personRows(ws, iin, ROWS_PER_REGISTRY, options);
  const registries = INDEXED_REGISTRIES.map(({ spec }): RegistryRows => {
    const columns = iinColumns(spec);
    const printed = (rowsOf.get(spec.name) ?? []).map((r) => printRow(spec, r));
    return {
      registry: spec.name,
      matchedColumns: columns.filter((c) => printed.some((r) => r[c] === iin)),
      columns: spec.columns.map((c) => c.name),
      rows: printed,
    };
  });
  const population =
    registries.find((r) => r.registry === 'population')?.rows.find((r) => r.iin === iin) ?? null;
  const district = population && typeof population.district === 'string' ? population.district : null;
  return { population, district, registries };
}

/**
 * Where a person belongs for district scoping: their `population` district; for an IIN
 * unknown to the register, the districts of the findings about it. The register row is
 * read like the card's (through the person index: a scan of 2.5 M IINs cost ~75 ms).
 */
export async function personDistricts(
  ws: WorkspaceAccess,
  iin: string,
  options: { readonly scan?: boolean } = {},
): Promise<string[]> {
  const registered = (await personRows(ws, iin, ROWS_PER_REGISTRY, { ...options, only: ['population'] })).get(
    'population',
  );
  if (registered && registered.length > 0) {
    const districts = registered.map((r) => r.district).filter((d): d is string => typeof d === 'string');
    return [...new Set(districts)];
  }
  const p = new SqlParams();
  const v = p.add(iin);
  const rows = await ws.query<{ district: string }>(
    `SELECT DISTINCT district FROM findings
     WHERE (subject_id = ${v} OR ends_with(subject_id, '/' || ${v})) AND district IS NOT NULL`,
    p.values,
  );
  return rows.map((r) => r.district);
}

export async function searchPersons(
  ws: WorkspaceAccess,
  q: string,
  scope: readonly string[] | null,
  limit: number,
): Promise<PersonHit[]> {
  const p = new SqlParams();
  const match = /^\d+$/.test(q)
    ? idStartsWithSql('iin', q)
    : `starts_with(lower(last_name), ${p.add(q.toLowerCase())})`;
  const rows = await ws.query<{
    iin: string;
    last_name: string | null;
    first_name: string | null;
    birth_date: string | null;
    district: string | null;
  }>(
    `SELECT ${idTextSql('iin')} AS iin, last_name, first_name, CAST(birth_date AS VARCHAR) AS birth_date, district FROM population
     WHERE ${match} AND ${scopeSql(scope)} ORDER BY last_name, first_name, iin LIMIT ${Math.trunc(limit)}`,
    p.values,
  );
  return rows.map((r) => ({
    iin: r.iin,
    lastName: r.last_name,
    firstName: r.first_name,
    birthDate: r.birth_date,
    district: r.district,
  }));
}

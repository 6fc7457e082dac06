import { REGISTRIES, type RegistrySpec } from '../../registries/catalog';
import { sqlIdent } from '../../workspace/workspace';
import type { Row } from '../schemas/common-schemas';
import type { PersonHit, RegistryRows } from '../schemas/persons-schemas';
import type { WorkspaceAccess } from '../workspace-access';
import { SqlParams, scopeSql } from './sql-params';

/** Most rows shown per registry on a card: a person with more has them in the export. */
const ROWS_PER_REGISTRY = 500;

/** Every IIN column of a registry (person, applicant, child, doctor ...): the card shows each role the person plays. */
function iinColumns(spec: RegistrySpec): string[] {
  return spec.columns.filter((c) => c.kind === 'iin').map((c) => c.name);
}

/** DuckDB JSON output, printed the way the extracts write values: months `YYYY-MM`, quarters `YYYY-Qn`, numbers as numbers. */
function printRow(spec: RegistrySpec, raw: Record<string, unknown>): Row {
  const row: Record<string, string | number | boolean | null> = {};
  const kinds = new Map(spec.columns.map((c) => [c.name, c.kind]));
  for (const [name, value] of Object.entries(raw)) {
    const kind = kinds.get(name);
    if (value === null || value === undefined) row[name] = null;
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

export async function personData(ws: WorkspaceAccess, iin: string): Promise<PersonData> {
  const specs = REGISTRIES.filter((spec) => iinColumns(spec).length > 0);
  // One query per registry, run side by side on the workspace's connections.
  const registries = await Promise.all(
    specs.map(async (spec): Promise<RegistryRows> => {
      const columns = iinColumns(spec);
      const p = new SqlParams();
      const value = p.add(iin);
      const rows = await ws.query<Record<string, unknown>>(
        `SELECT * FROM ${sqlIdent(spec.name)} WHERE ${columns.map((c) => `${sqlIdent(c)} = ${value}`).join(' OR ')}
         ORDER BY _line LIMIT ${ROWS_PER_REGISTRY}`,
        p.values,
      );
      const printed = rows.map((r) => printRow(spec, r));
      return {
        registry: spec.name,
        matchedColumns: columns.filter((c) => printed.some((r) => r[c] === iin)),
        columns: spec.columns.map((c) => c.name),
        rows: printed,
      };
    }),
  );
  const population =
    registries.find((r) => r.registry === 'population')?.rows.find((r) => r.iin === iin) ?? null;
  const district = population && typeof population.district === 'string' ? population.district : null;
  return { population, district, registries };
}

/**
 * Where a person belongs for district scoping: their `population` district; for an IIN
 * unknown to the register, the districts of the findings about it.
 */
export async function personDistricts(ws: WorkspaceAccess, iin: string): Promise<string[]> {
  const p = new SqlParams();
  const v = p.add(iin);
  const rows = await ws.query<{ district: string }>(
    `SELECT district FROM population WHERE iin = ${v} AND district IS NOT NULL
     UNION SELECT DISTINCT district FROM findings WHERE NOT EXISTS (SELECT 1 FROM population WHERE iin = ${v})
       AND (subject_id = ${v} OR ends_with(subject_id, '/' || ${v})) AND district IS NOT NULL`,
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
    ? `starts_with(iin, ${p.add(q)})`
    : `starts_with(lower(last_name), ${p.add(q.toLowerCase())})`;
  const rows = await ws.query<{
    iin: string;
    last_name: string | null;
    first_name: string | null;
    birth_date: string | null;
    district: string | null;
  }>(
    `SELECT iin, last_name, first_name, CAST(birth_date AS VARCHAR) AS birth_date, district FROM population
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

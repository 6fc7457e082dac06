import { type RegistryName, type RegistrySpec } from '../../registries/catalog';
import {
  INDEXED_REGISTRIES,
  PERSON_INDEX_TABLE,
  PERSON_ROWS_TABLE,
  iinColumns,
} from '../../workspace/person-index';
import { sqlIdent } from '../../workspace/workspace';
import type { WorkspaceAccess } from '../workspace-access';
import { PromiseCache } from './promise-cache';
import { SqlParams } from './sql-params';

/**
 * The registry rows naming one IIN, ordered by `_line`, at most `limit` per registry: read
 * through the person index (src/workspace/person-index.ts) when the workspace has a current
 * one, else by scanning each registry's IIN columns. Both give the same rows.
 */
export type RawRow = Record<string, unknown>;

/** Index code → registry name, or null when the workspace has no current index. */
type IndexCodes = ReadonlyMap<number, RegistryName> | null;

const indexCodesCache = new PromiseCache<IndexCodes>(2);

async function readIndexCodes(ws: WorkspaceAccess): Promise<IndexCodes> {
  const tables = await ws.query<{ name: string }>(
    `SELECT table_name AS name FROM duckdb_tables()
     WHERE table_name IN ('${PERSON_INDEX_TABLE}', '${PERSON_ROWS_TABLE}', '_snapshot') AND NOT temporary`,
  );
  const names = new Set(tables.map((t) => t.name));
  if (!names.has(PERSON_INDEX_TABLE) || !names.has(PERSON_ROWS_TABLE)) return null;
  const current = names.has('_snapshot')
    ? { id: '(SELECT snapshot_id FROM _snapshot LIMIT 1)', at: '(SELECT loaded_at FROM _snapshot LIMIT 1)' }
    : { id: 'NULL', at: 'NULL' };
  const rows = await ws.query<{ registry: number; name: RegistryName; current: boolean }>(
    `SELECT registry, name, snapshot_id IS NOT DISTINCT FROM ${current.id}
       AND loaded_at IS NOT DISTINCT FROM ${current.at} AS current FROM ${PERSON_INDEX_TABLE}`,
  );
  // Built from another load (ingest ran without verify since): the index would miss rows.
  if (rows.length === 0 || rows.some((r) => !r.current)) return null;
  return new Map(rows.map((r) => [Number(r.registry), r.name]));
}

async function scanRegistry(
  ws: WorkspaceAccess,
  spec: RegistrySpec,
  iin: string,
  limit: number,
): Promise<RawRow[]> {
  const p = new SqlParams();
  const value = `TRY_CAST(${p.add(iin)} AS BIGINT)`;
  return ws.query<RawRow>(
    `SELECT * FROM ${sqlIdent(spec.name)} WHERE ${iinColumns(spec)
      .map((c) => `${sqlIdent(c)} = ${value}`)
      .join(' OR ')}
     ORDER BY _line LIMIT ${limit}`,
    p.values,
  );
}

type Indexed = (typeof INDEXED_REGISTRIES)[number];

async function rowsByScan(
  ws: WorkspaceAccess,
  registries: readonly Indexed[],
  iin: string,
  limit: number,
): Promise<Map<RegistryName, RawRow[]>> {
  const rows = await Promise.all(
    registries.map(async ({ spec }) => [spec.name, await scanRegistry(ws, spec, iin, limit)] as const),
  );
  return new Map(rows);
}

function groupLines(refs: readonly { registry: number; line: string }[]): Map<number, Set<number>> {
  const byRegistry = new Map<number, Set<number>>();
  for (const ref of refs) {
    const code = Number(ref.registry);
    const lines = byRegistry.get(code) ?? new Set<number>();
    lines.add(Number(ref.line));
    byRegistry.set(code, lines);
  }
  return byRegistry;
}

async function rowsByIndex(
  ws: WorkspaceAccess,
  codes: ReadonlyMap<number, RegistryName>,
  registries: readonly Indexed[],
  iin: string,
  limit: number,
): Promise<Map<RegistryName, RawRow[]>> {
  const p = new SqlParams();
  const refs = await ws.query<{ registry: number; line: string }>(
    `SELECT registry, line FROM ${PERSON_ROWS_TABLE} WHERE iin = ${p.add(BigInt(iin))}`,
    p.values,
  );
  // Cut to the first `limit` lines here, not in SQL (a window costs 3 ms, this nothing): they
  // are exactly the rows `ORDER BY _line LIMIT` keeps, and a doctor can have thousands. A set:
  // a doctor treating themself is one row named in two columns.
  const linesOf = new Map<number, number[]>();
  for (const [code, lineSet] of groupLines(refs)) {
    linesOf.set(code, [...lineSet].sort((a, b) => a - b).slice(0, limit));
  }
  const rows = await Promise.all(
    registries.map(async ({ code, spec }): Promise<readonly [RegistryName, RawRow[]]> => {
      // A registry the index does not know (absent at build time) is scanned as before.
      if (codes.get(code) !== spec.name) return [spec.name, await scanRegistry(ws, spec, iin, limit)];
      const lines = linesOf.get(code);
      if (!lines) return [spec.name, []];
      // Lines are numbers from the index; the statement is not prepared (each card has its own
      // list, and would push the API's reusable statements out of the per-connection cache).
      // The index holds the IIN columns' own numbers, built after the last change to the
      // tables, so every line it names holds the IIN: no second match on the rows.
      const fetched = await ws.query<RawRow>(
        `SELECT * FROM ${sqlIdent(spec.name)} WHERE _line IN (${lines.join(', ')}) ORDER BY _line`,
      );
      return [spec.name, fetched];
    }),
  );
  return new Map(rows);
}

function indexCodes(ws: WorkspaceAccess): Promise<IndexCodes> {
  return indexCodesCache.get(ws, String(ws.generation), () => readIndexCodes(ws));
}

/** Whether cards are read through the index (tests and the bench say which path they measured). */
export async function personIndexIsCurrent(ws: WorkspaceAccess): Promise<boolean> {
  return (await indexCodes(ws)) !== null;
}

export interface PersonRowsOptions {
  /** Skip the index (tests compare the two paths). */
  readonly scan?: boolean;
  /** Only these registries (default: every registry with an IIN column). */
  readonly only?: readonly RegistryName[];
}

export async function personRows(
  ws: WorkspaceAccess,
  iin: string,
  limit: number,
  options: PersonRowsOptions = {},
): Promise<Map<RegistryName, RawRow[]>> {
  const { only } = options;
  const registries = only
    ? INDEXED_REGISTRIES.filter(({ spec }) => only.includes(spec.name))
    : INDEXED_REGISTRIES;
  // The index keys on the IIN as a number; the API only asks for 12-digit IINs anyway.
  const codes = options.scan || !/^\d{1,18}$/.test(iin) ? null : await indexCodes(ws);
  return codes === null
    ? rowsByScan(ws, registries, iin, limit)
    : rowsByIndex(ws, codes, registries, iin, limit);
}

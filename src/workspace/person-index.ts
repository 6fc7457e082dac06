import type { DuckDBConnection } from '@duckdb/node-api';
import { REGISTRIES, type RegistrySpec } from '../registries/catalog';
import { queryRows, sqlIdent, sqlString, workspaceTables } from './workspace';

/**
 * The person index: where each IIN occurs in the registries, so that a person card reads a
 * few row groups instead of scanning every IIN column of ~35 M rows (0.4 s per card on a
 * 2.5 M-person city).
 *
 * `_person_rows(iin BIGINT, registry UTINYINT, line BIGINT)` has one row per registry row
 * and IIN column holding an IIN (person, applicant, child, doctor ...), written sorted by
 * IIN: DuckDB keeps min/max per row group (zone maps), so `WHERE iin = ?` reads one or two
 * of them. The IIN is a number, as in the registry tables (src/workspace/id-text.ts).
 *
 * A row is referred to by `line` (its `_line`), not by DuckDB's `rowid`: both are equally
 * cheap to fetch (`_line` follows insertion order, so its zone maps are tight; measured on
 * 2.5 M: card p50 22 ms by `_line IN`, 20 ms by `rowid IN`), and `_line` is what findings
 * and `_links` already cite, stays right under UPDATE and whatever DuckDB may do to rowids
 * when it compacts a table.
 *
 * `_person_index(registry UTINYINT, name VARCHAR, snapshot_id VARCHAR, loaded_at TIMESTAMP)`
 * names the registry codes and stamps the load the index was built from. The link stage
 * changes person IINs and ingest replaces the tables, so verify drops the index before link
 * and builds it again after; a reader uses it only when its stamp is the current
 * `_snapshot`'s, and otherwise scans as before (e.g. a workspace written by an older
 * version).
 */
export const PERSON_ROWS_TABLE = '_person_rows';
export const PERSON_INDEX_TABLE = '_person_index';

/** Every IIN column of a registry (person, applicant, child, doctor ...). */
export function iinColumns(spec: RegistrySpec): string[] {
  return spec.columns.filter((c) => c.kind === 'iin').map((c) => c.name);
}

/** Registries a person can appear in, with the code each has in the index. */
export const INDEXED_REGISTRIES: readonly { readonly code: number; readonly spec: RegistrySpec }[] =
  REGISTRIES.filter((spec) => iinColumns(spec).length > 0).map((spec, code) => ({ code, spec }));

export async function dropPersonIndex(connection: DuckDBConnection): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${PERSON_INDEX_TABLE}`);
  await connection.run(`DROP TABLE IF EXISTS ${PERSON_ROWS_TABLE}`);
}

export interface PersonIndexSummary {
  readonly rows: number;
  readonly registries: number;
}

/** Build the index from the registry tables as they are now (after the link stage). */
export async function buildPersonIndex(connection: DuckDBConnection): Promise<PersonIndexSummary> {
  await dropPersonIndex(connection);
  const tables = await workspaceTables(connection);
  const indexed = INDEXED_REGISTRIES.filter(({ spec }) => tables.has(spec.name));
  const parts = indexed.flatMap(({ code, spec }) =>
    iinColumns(spec).map(
      (column) =>
        `SELECT ${sqlIdent(column)} AS iin, ${code}::UTINYINT AS registry, _line AS line
         FROM ${sqlIdent(spec.name)} WHERE ${sqlIdent(column)} IS NOT NULL`,
    ),
  );
  const source =
    parts.length > 0
      ? parts.join(' UNION ALL ')
      : 'SELECT NULL::BIGINT, NULL::UTINYINT, NULL::BIGINT LIMIT 0';
  // Ordered by every column, not by `iin` alone: the same clustering, and DuckDB sorts the
  // whole row as its key instead of gathering payload after the sort (2.5 M city: 6.5-7.3 s
  // against 8.0-9.0 s).
  await connection.run(
    `CREATE TABLE ${PERSON_ROWS_TABLE} AS SELECT * FROM (${source}) AS r(iin, registry, line) ORDER BY iin, registry, line`,
  );
  const stamp = tables.has('_snapshot')
    ? `(SELECT snapshot_id FROM _snapshot LIMIT 1), (SELECT loaded_at FROM _snapshot LIMIT 1)`
    : 'NULL, NULL';
  await connection.run(
    `CREATE TABLE ${PERSON_INDEX_TABLE} (registry UTINYINT, name VARCHAR, snapshot_id VARCHAR, loaded_at TIMESTAMP)`,
  );
  for (const { code, spec } of indexed) {
    await connection.run(
      `INSERT INTO ${PERSON_INDEX_TABLE} VALUES (${code}, ${sqlString(spec.name)}, ${stamp})`,
    );
  }
  const counted = await queryRows<{ n: bigint }>(
    connection,
    `SELECT count(*) AS n FROM ${PERSON_ROWS_TABLE}`,
  );
  return { rows: Number(counted[0]?.n ?? 0), registries: indexed.length };
}

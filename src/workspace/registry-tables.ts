import type { DuckDBConnection } from '@duckdb/node-api';
import { REGISTRIES, type RegistrySpec } from '../registries/catalog';
import { COLUMN_KINDS } from '../registries/column-types';
import { sqlIdent } from './workspace';

/**
 * DDL of the workspace tables that hold loaded registries (docs/architecture.md):
 * canonical columns with their DuckDB types, the source `_line`, and for registries
 * that name a person, the columns the link stage fills.
 */
export function registryTableColumns(spec: RegistrySpec): string[] {
  const columns = spec.columns.map((c) => `${sqlIdent(c.name)} ${COLUMN_KINDS[c.kind]}`);
  columns.push('_line BIGINT NOT NULL');
  if (spec.personColumn) {
    columns.push('_iin_raw VARCHAR', 'linked_by_name BOOLEAN NOT NULL DEFAULT false', '_link_score DOUBLE');
  }
  return columns;
}

export function createRegistryTableSql(spec: RegistrySpec, tableName: string = spec.name): string {
  return `CREATE OR REPLACE TABLE ${sqlIdent(tableName)} (${registryTableColumns(spec).join(', ')})`;
}

/** The tables a load writes besides the registries: what was loaded, and what was not. */
const LOAD_METADATA_COLUMNS = {
  _snapshot: 'snapshot_id VARCHAR, source_dir VARCHAR, loaded_at TIMESTAMP',
  _load_files: `registry VARCHAR, file VARCHAR, format VARCHAR, encoding VARCHAR, delimiter VARCHAR,
     rows_read BIGINT, rows_loaded BIGINT, rows_quarantined BIGINT, iins_restored BIGINT, header_mapping JSON`,
  _quarantine: 'registry VARCHAR, file VARCHAR, line BIGINT, "column" VARCHAR, value VARCHAR, reason VARCHAR',
} as const;

type LoadMetadataTable = keyof typeof LOAD_METADATA_COLUMNS;

const LOAD_METADATA_TABLES = Object.keys(LOAD_METADATA_COLUMNS) as readonly LoadMetadataTable[];

/** DDL of the load metadata tables, each under the name `nameOf` gives it. */
function loadMetadataDdl(nameOf: (table: LoadMetadataTable) => string): string[] {
  return LOAD_METADATA_TABLES.map(
    (table) => `CREATE OR REPLACE TABLE ${sqlIdent(nameOf(table))} (${LOAD_METADATA_COLUMNS[table]})`,
  );
}

/** Tables written by verify runs; created once and kept across loads. */
export const VERIFY_OUTPUT_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS _runs (run_id VARCHAR PRIMARY KEY, snapshot_id VARCHAR, as_of DATE,
     started_at TIMESTAMP, summary JSON)`,
  `CREATE TABLE IF NOT EXISTS _links (run_id VARCHAR, registry VARCHAR, line BIGINT, iin VARCHAR,
     score DOUBLE, decision VARCHAR, agreement JSON)`,
  `CREATE TABLE IF NOT EXISTS indicators (run_id VARCHAR, district VARCHAR, indicator VARCHAR, period VARCHAR,
     computed DOUBLE, reported DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS findings (run_id VARCHAR, finding_id VARCHAR, rule_id VARCHAR, rule_version INTEGER,
     severity VARCHAR, district VARCHAR, subject_id VARCHAR, period VARCHAR, amount_kzt DECIMAL(18,2),
     linked_by_name BOOLEAN, evidence JSON)`,
];

/** Every table a load writes, and replaces as a whole: the registries and the load metadata. */
export const LOADED_TABLES: readonly string[] = [
  ...REGISTRIES.map((spec) => spec.name),
  ...LOAD_METADATA_TABLES,
];

/** Create the tables a load writes, empty, each under the name `nameOf` gives it (ingest loads beside the live ones). */
export async function createLoadedTables(
  connection: DuckDBConnection,
  nameOf: (table: string) => string = (t) => t,
): Promise<void> {
  for (const spec of REGISTRIES) await connection.run(createRegistryTableSql(spec, nameOf(spec.name)));
  for (const ddl of loadMetadataDdl(nameOf)) await connection.run(ddl);
}

/** Create every registry table empty, plus load metadata and verify outputs (used by tests and the server). */
export async function createEmptyWorkspace(connection: DuckDBConnection): Promise<void> {
  await createLoadedTables(connection);
  for (const ddl of VERIFY_OUTPUT_DDL) await connection.run(ddl);
}

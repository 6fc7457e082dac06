import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshotInto, type LoadIntoOptions } from '../../src/ingest/load-snapshot';
import type { FileLoadSummary, LoadSummary } from '../../src/ingest/load-summary';
import { queryRows } from '../../src/workspace/workspace';

/** Small snapshots written by the tests, loaded into an in-memory workspace. */
export function writeSnapshot(files: Readonly<Record<string, string | Buffer>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bz-ingest-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export interface Loaded {
  readonly summary: LoadSummary;
  readonly connection: DuckDBConnection;
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  file(registry: string): FileLoadSummary;
  close(): void;
}

export async function loadInMemory(dir: string, options: Partial<LoadIntoOptions> = {}): Promise<Loaded> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const summary = await loadSnapshotInto(connection, { snapshotDir: dir, ...options });
    return {
      summary,
      connection,
      rows: <T>(sql: string) => queryRows<T>(connection, sql),
      file(registry) {
        const f = summary.files.find((x) => x.registry === registry);
        if (!f) throw new Error(`no summary for ${registry}`);
        return f;
      },
      close() {
        connection.closeSync();
        instance.closeSync();
      },
    };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
}

/** A population header and valid rows to build files from. */
export const POP_HEADER = 'iin,last_name,first_name,middle_name,birth_date,sex,district,address_id';
export const VALID_IINS = ['901123300258', '791028302728', '061211600012'] as const;

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { caseRepository } from '../cases/case-repository';
import { BirtizimError } from '../core/errors/birtizim-error';
import { auditRepository } from './audit-repository';
import { importJobRepository } from './import-job-repository';
import { migrate } from './migrate';
import { openPgClient } from './pg-client';
import { openPgliteClient } from './pglite-client';
import { sessionRepository } from './session-repository';
import { snapshotRepository } from './snapshot-repository';
import type { SqlClient } from './sql-client';
import { userRepository } from './user-repository';

export interface StoreOptions {
  /** Data folder: the embedded store lives in `<dataDir>/store`. `memory://` keeps it in memory (tests). */
  readonly dataDir: string;
  /** `postgres://...`: use this server instead of the embedded store. */
  readonly databaseUrl?: string | undefined;
  /** PostgreSQL schema to work in (tests give each file its own). */
  readonly schema?: string | undefined;
}

/** The operational store: one model over either backend, migrated on open. */
export interface Store {
  readonly sql: SqlClient;
  readonly users: ReturnType<typeof userRepository>;
  readonly sessions: ReturnType<typeof sessionRepository>;
  readonly audit: ReturnType<typeof auditRepository>;
  readonly snapshots: ReturnType<typeof snapshotRepository>;
  readonly cases: ReturnType<typeof caseRepository>;
  readonly importJobs: ReturnType<typeof importJobRepository>;
  close(): Promise<void>;
}

async function openClient(options: StoreOptions): Promise<SqlClient> {
  if (options.databaseUrl) return openPgClient(options.databaseUrl, options.schema);
  if (options.dataDir === 'memory://') return openPgliteClient('memory://');
  const dir = join(options.dataDir, 'store');
  mkdirSync(dir, { recursive: true });
  return openPgliteClient(dir);
}

export async function openStore(options: StoreOptions): Promise<Store> {
  let sql: SqlClient;
  try {
    sql = await openClient(options);
  } catch (cause) {
    throw new BirtizimError(
      'BZ_STORE_UNAVAILABLE',
      { detail: cause instanceof Error ? cause.message : String(cause) },
      { cause },
    );
  }
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  return {
    sql,
    users: userRepository(sql),
    sessions: sessionRepository(sql),
    audit: auditRepository(sql),
    snapshots: snapshotRepository(sql),
    cases: caseRepository(sql),
    importJobs: importJobRepository(sql),
    close: () => sql.close(),
  };
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { caseRepository } from '../cases/case-repository';
import { BirtizimError } from '../core/errors/birtizim-error';
import { auditRepository } from './audit-repository';
import { importJobRepository } from './import-job-repository';
import { migrate } from './migrate';
import { openPgClient } from './pg-client';
import { openPgliteClient } from './pglite-client';
import { NO_SESSION_CACHE, sessionCache } from './session-cache';
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
  // The embedded store is opened by one process at a time, so every change passes through
  // this process's repositories: sessions, the audit chain's head and the case of each
  // finding can be kept in memory. A PostgreSQL server may be written by other processes
  // (another server, the CLI), so there each request asks it.
  const exclusive = sql.backend === 'pglite';
  const cache = exclusive ? sessionCache() : NO_SESSION_CACHE;
  return {
    sql,
    users: userRepository(sql, cache),
    sessions: sessionRepository(sql, cache),
    audit: auditRepository(sql, { exclusive }),
    snapshots: snapshotRepository(sql),
    cases: caseRepository(sql, { exclusive }),
    importJobs: importJobRepository(sql),
    close: () => sql.close(),
  };
}

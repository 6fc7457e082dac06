import { existsSync } from 'node:fs';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { openWorkspace } from '../workspace/workspace';
import { createEmptyWorkspace } from '../workspace/registry-tables';

/**
 * The server owns the DuckDB workspace while it serves (one read-write process per file).
 * Requests borrow a connection; an import swaps in a new file only when no request is
 * using the old one, so readers never see a half-loaded snapshot.
 */
export interface WorkspaceAccess {
  readonly file: string;
  query<T = Record<string, unknown>>(sql: string, params?: readonly DuckDBValue[]): Promise<T[]>;
  withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Close the current file, let `replace` move files around, reopen. */
  swap(replace: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkspaceAccess(
  file: string,
  options: { threads?: number } = {},
): Promise<WorkspaceAccess> {
  const open = async (): Promise<DuckDBInstance> => {
    const fresh = file === ':memory:' || !existsSync(file);
    const instance = await openWorkspace({ file, ...(options.threads ? { threads: options.threads } : {}) });
    if (fresh) {
      // An empty workspace answers every query with no rows instead of "table not found".
      const connection = await instance.connect();
      try {
        await createEmptyWorkspace(connection);
      } finally {
        connection.closeSync();
      }
    }
    return instance;
  };
  let instance = await open();
  let active = 0;
  let gate: Promise<void> | null = null;
  let drained: (() => void) | null = null;

  async function withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    while (gate) await gate;
    active++;
    try {
      const connection = await instance.connect();
      try {
        return await work(connection);
      } finally {
        connection.closeSync();
      }
    } finally {
      active--;
      if (active === 0 && drained) drained();
    }
  }

  return {
    file,
    withConnection,
    query<T>(sql: string, params: readonly DuckDBValue[] = []): Promise<T[]> {
      return withConnection(async (connection) => {
        const reader = await connection.runAndReadAll(sql, [...params]);
        // JSON conversion: dates as YYYY-MM-DD, decimals and BIGINTs as strings (cast in SQL where numbers are needed).
        return reader.getRowObjectsJson() as unknown as T[];
      });
    },
    async swap(replace) {
      while (gate) await gate;
      let release: () => void = () => undefined;
      gate = new Promise((resolve) => (release = resolve));
      try {
        if (active > 0) await new Promise<void>((resolve) => (drained = resolve));
        drained = null;
        instance.closeSync();
        try {
          await replace();
        } finally {
          instance = await open();
        }
      } finally {
        gate = null;
        release();
      }
    },
    async close() {
      instance.closeSync();
    },
  };
}

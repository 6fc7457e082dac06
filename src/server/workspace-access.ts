import { existsSync } from 'node:fs';
import type {
  DuckDBConnection,
  DuckDBInstance,
  DuckDBPreparedStatement,
  DuckDBValue,
} from '@duckdb/node-api';
import { openWorkspace } from '../workspace/workspace';
import { createEmptyWorkspace } from '../workspace/registry-tables';
import { assertCurrentWorkspaceFormat } from '../workspace/workspace-format';

/**
 * The server owns the DuckDB workspace while it serves (one read-write process per file).
 * Requests borrow a connection from a small pool on the one instance (DuckDB runs queries
 * of separate connections in parallel); an import swaps in a new file only when no
 * request is using the old one, so readers never see a half-loaded snapshot.
 */
export interface WorkspaceAccess {
  readonly file: string;
  /** Bumped by every swap: caches of derived data key on it so they never outlive their file. */
  readonly generation: number;
  query<T = Record<string, unknown>>(sql: string, params?: readonly DuckDBValue[]): Promise<T[]>;
  withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Close the current file, let `replace` move files around, reopen. */
  swap(replace: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface WorkspaceAccessOptions {
  readonly threads?: number;
  /** DuckDB `memory_limit` of the server's instance: beyond it DuckDB spills to disk. */
  readonly memoryLimit?: string;
  /** Most connections open at once; more requests wait for one to come back. */
  readonly connections?: number;
}

const DEFAULT_MEMORY_LIMIT = '1GB';
const DEFAULT_CONNECTIONS = 4;
/** Prepared statements kept per connection (the API asks a few dozen distinct queries). */
const PREPARED_PER_CONNECTION = 64;

/**
 * A query with parameters costs three trips to DuckDB's threads (split the text, prepare,
 * execute), each with its own callback on the event loop; a statement prepared once per
 * connection and bound again costs one. The statements die with their connection
 * (`closeSync` destroys them), so a swapped file never sees an old one.
 */
const preparedCaches = new WeakMap<DuckDBConnection, Map<string, DuckDBPreparedStatement>>();

async function preparedFor(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let cache = preparedCaches.get(connection);
  if (!cache) {
    cache = new Map();
    preparedCaches.set(connection, cache);
  }
  const cached = cache.get(sql);
  if (cached) {
    // Most recently used last: the first key is the one to drop.
    cache.delete(sql);
    cache.set(sql, cached);
    return cached;
  }
  const prepared = await connection.prepare(sql);
  if (cache.size >= PREPARED_PER_CONNECTION) {
    const [oldestSql, oldest] = cache.entries().next().value as [string, DuckDBPreparedStatement];
    cache.delete(oldestSql);
    oldest.destroySync();
  }
  cache.set(sql, prepared);
  return prepared;
}

export async function openWorkspaceAccess(
  file: string,
  options: WorkspaceAccessOptions = {},
): Promise<WorkspaceAccess> {
  const maxConnections = Math.max(1, options.connections ?? DEFAULT_CONNECTIONS);
  const open = async (): Promise<DuckDBInstance> => {
    const fresh = file === ':memory:' || !existsSync(file);
    const instance = await openWorkspace({
      file,
      memoryLimit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
      ...(options.threads ? { threads: options.threads } : {}),
    });
    const connection = await instance.connect();
    try {
      // DuckDB's allocator (jemalloc) keeps the pages a query freed for its next one, and
      // returns them to the system only from a background thread, off by default: after
      // the start (materialising the list of 2 M findings) a server held ~300 MB it no
      // longer used, which counted against the 1 GiB of a large export (issue 6).
      await connection.run('SET allocator_background_threads = true');
      // An empty workspace answers every query with no rows instead of "table not found".
      if (fresh) await createEmptyWorkspace(connection);
      else await assertCurrentWorkspaceFormat(connection, file);
    } catch (error) {
      connection.closeSync();
      instance.closeSync();
      throw error;
    }
    connection.closeSync();
    return instance;
  };
  let instance = await open();
  let generation = 0;
  let active = 0;
  let gate: Promise<void> | null = null;
  let drained: (() => void) | null = null;
  const idle: DuckDBConnection[] = [];
  const waiting: ((connection: DuckDBConnection | null) => void)[] = [];
  let opened = 0;

  async function acquire(): Promise<DuckDBConnection> {
    const ready = idle.pop();
    if (ready) return ready;
    if (opened < maxConnections) {
      opened++;
      try {
        return await instance.connect();
      } catch (error) {
        opened--;
        throw error;
      }
    }
    const handed = await new Promise<DuckDBConnection | null>((resolve) => waiting.push(resolve));
    return handed ?? acquire();
  }

  function release(connection: DuckDBConnection, healthy: boolean): void {
    if (!healthy) {
      connection.closeSync();
      opened--;
      waiting.shift()?.(null);
      return;
    }
    const next = waiting.shift();
    if (next) next(connection);
    else idle.push(connection);
  }

  function closeIdle(): void {
    for (const connection of idle.splice(0)) connection.closeSync();
    opened = 0;
  }

  async function withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    while (gate) await gate;
    active++;
    try {
      const connection = await acquire();
      let healthy = false;
      try {
        const result = await work(connection);
        healthy = true;
        return result;
      } finally {
        // A failed query may leave a transaction open: such a connection is not reused.
        release(connection, healthy);
      }
    } finally {
      active--;
      if (active === 0 && drained) drained();
    }
  }

  return {
    file,
    get generation() {
      return generation;
    },
    withConnection,
    query<T>(sql: string, params: readonly DuckDBValue[] = []): Promise<T[]> {
      return withConnection(async (connection) => {
        let reader;
        if (params.length === 0) reader = await connection.runAndReadAll(sql);
        else {
          const prepared = await preparedFor(connection, sql);
          prepared.bind([...params]);
          reader = await prepared.runAndReadAll();
        }
        // JSON conversion: dates as YYYY-MM-DD, decimals and BIGINTs as strings (cast in SQL where numbers are needed).
        return reader.getRowObjectsJson() as unknown as T[];
      });
    },
    async swap(replace) {
      while (gate) await gate;
      let openGate: () => void = () => undefined;
      gate = new Promise((resolve) => (openGate = resolve));
      try {
        if (active > 0) await new Promise<void>((resolve) => (drained = resolve));
        drained = null;
        closeIdle();
        instance.closeSync();
        generation++;
        try {
          await replace();
        } finally {
          instance = await open();
        }
      } finally {
        gate = null;
        openGate();
      }
    },
    async close() {
      closeIdle();
      instance.closeSync();
    },
  };
}

import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/open-store';
import { buildApp } from './build-app';
import { openWorkspaceAccess, type WorkspaceAccess } from './workspace-access';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServerResources {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly workspace: WorkspaceAccess;
  close(): Promise<void>;
}

/** Open what `serve` needs from a data folder: the embedded (or DATABASE_URL) store, `workspace.duckdb`, the app. */
export async function openServerResources(options: {
  dataDir: string;
  databaseUrl?: string | undefined;
  logger?: boolean;
}): Promise<ServerResources> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const store = await openStore({ dataDir, databaseUrl: options.databaseUrl });
  let workspace: WorkspaceAccess | null = null;
  try {
    workspace = await openWorkspaceAccess(join(dataDir, 'workspace.duckdb'));
    const app = await buildApp({
      store,
      workspace,
      dataDir,
      webDist: existsSync(WEB_DIST) ? WEB_DIST : null,
      logger: options.logger ?? true,
    });
    const opened = workspace;
    return {
      app,
      store,
      workspace: opened,
      async close() {
        await app.close();
        await opened.close();
        await store.close();
      },
    };
  } catch (error) {
    await workspace?.close();
    await store.close();
    throw error;
  }
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Parameters } from '../core/params';
import type { ProgressListener } from '../core/progress';

/**
 * TEMPORARY ADAPTER (the lead removes it once src/ingest/load-snapshot.ts and
 * src/link/link-stage.ts are merged): those entry points are written in parallel, so
 * verify reaches them through a dynamic import by path. When both exist, replace this file
 * with two static imports in run-verify.ts.
 */
export type LoadSnapshotFn = (options: {
  readonly snapshotDir: string;
  readonly workspaceFile: string;
  readonly mappingFile?: string;
  readonly onProgress?: ProgressListener;
}) => Promise<unknown>;

export type RunLinkStageFn = (
  connection: DuckDBConnection,
  options: { readonly runId: string; readonly params: Parameters; readonly onProgress?: ProgressListener },
) => Promise<unknown>;

async function importIfPresent<T>(relative: string, name: string): Promise<T | null> {
  const url = new URL(relative, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  const module = (await import(url.href)) as Record<string, unknown>;
  const fn = module[name];
  return typeof fn === 'function' ? (fn as T) : null;
}

export function loadSnapshotStage(): Promise<LoadSnapshotFn | null> {
  return importIfPresent<LoadSnapshotFn>('../ingest/load-snapshot.ts', 'loadSnapshot');
}

export function linkStage(): Promise<RunLinkStageFn | null> {
  return importIfPresent<RunLinkStageFn>('../link/link-stage.ts', 'runLinkStage');
}

import type { ProgressListener } from '../../core/progress';
import { BirtizimError } from '../../core/errors/birtizim-error';
import { DEFAULT_PARAMETERS, type Parameters } from '../../core/params';

/**
 * What an import needs from ingest and verify (docs/architecture.md "Entry points"),
 * behind an interface so the server does not depend on their internals and tests can
 * plug a small real pipeline.
 */
export interface SnapshotPipeline {
  load(input: { snapshotDir: string; workspaceFile: string; onProgress: ProgressListener }): Promise<unknown>;
  verify(input: {
    workspaceFile: string;
    asOf: string;
    params: Parameters;
    onProgress: ProgressListener;
  }): Promise<unknown>;
}

type LoadSnapshot = (input: {
  snapshotDir: string;
  workspaceFile: string;
  onProgress: ProgressListener;
}) => Promise<unknown>;
type RunVerify = (input: {
  workspaceFile: string;
  asOf: string;
  params: Parameters;
  onProgress: ProgressListener;
}) => Promise<unknown>;

/** Import a sibling area's entry point at run time, so the server builds before it exists. */
async function entryPoint<T>(path: string, name: string): Promise<T> {
  try {
    const module = (await import(path)) as Record<string, unknown>;
    if (typeof module[name] === 'function') return module[name] as T;
  } catch {
    // fall through: reported below with a code
  }
  throw new BirtizimError('BZ_NOT_IMPLEMENTED', { what: `${name} (${path})` });
}

export const defaultPipeline: SnapshotPipeline = {
  async load(input) {
    const loadSnapshot = await entryPoint<LoadSnapshot>('../../ingest/load-snapshot', 'loadSnapshot');
    return loadSnapshot(input);
  },
  async verify(input) {
    const runVerify = await entryPoint<RunVerify>('../../verify/run-verify', 'runVerify');
    return runVerify({ ...input, params: input.params ?? DEFAULT_PARAMETERS });
  },
};

import type { Parameters } from '../../core/params';
import type { ProgressListener } from '../../core/progress';
import { loadSnapshot } from '../../ingest/load-snapshot';
import { runVerify } from '../../verify/run-verify';

/**
 * What an import needs from ingest and verify (docs/architecture.md "Entry points"),
 * behind a small interface so tests can plug a small real pipeline of their own.
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

export const defaultPipeline: SnapshotPipeline = {
  load: (input) => loadSnapshot(input),
  verify: (input) => runVerify(input),
};

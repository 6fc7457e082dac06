import type { Parameters } from '../../core/params';
import type { ProgressListener } from '../../core/progress';
import { loadSnapshot } from '../../ingest/load-snapshot';
import type { LoadSummary } from '../../ingest/load-summary';
import { runVerify } from '../../verify/run-verify';

/**
 * What an import needs from ingest and verify (docs/architecture.md "Entry points"),
 * behind a small interface so tests can plug a small real pipeline of their own.
 * `load` returns the load summary when it has one (the job keeps it for the imports page).
 */
export interface SnapshotPipeline {
  load(input: {
    snapshotDir: string;
    workspaceFile: string;
    /** The data folder's header mapping (POST /api/header-mappings), when there is one. */
    mappingFile?: string | null;
    onProgress: ProgressListener;
  }): Promise<LoadSummary | void>;
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

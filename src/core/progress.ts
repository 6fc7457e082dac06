/**
 * Long work reports progress through one callback shape, so that the CLI can draw
 * progress bars and the server can expose an import job's progress to the web UI.
 */
export interface ProgressEvent {
  /** Machine name of the step, e.g. `ingest:population`, `generate:contributions`, `check:ASP-01`. */
  readonly stage: string;
  readonly done: number;
  /** Null when the total is not known in advance. */
  readonly total: number | null;
}

export type ProgressListener = (event: ProgressEvent) => void;

export const silentProgress: ProgressListener = () => undefined;

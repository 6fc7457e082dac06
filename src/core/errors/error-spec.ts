import type { Localized } from '../localized';

/**
 * One user-facing error: the contract behind a code. `message` may hold `{name}`
 * placeholders filled from the error's details; `fix` tells the user what to do.
 */
export interface ErrorSpec {
  readonly message: Localized;
  readonly fix: Localized;
  /** HTTP status when the error crosses the API. */
  readonly httpStatus: number;
  /** Process exit status when the error ends a CLI command. */
  readonly exitCode: number;
}

export type ErrorSpecs = Readonly<Record<string, ErrorSpec>>;

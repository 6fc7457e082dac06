import { checksErrors } from './checks-errors';
import { coreErrors } from './core-errors';
import type { ErrorSpec } from './error-spec';
import { generateErrors } from './generate-errors';
import { linkErrors } from './link-errors';
import { ingestErrors } from './ingest-errors';
import { serverErrors } from './server-errors';
import { storeErrors } from './store-errors';

/**
 * The one registry of user-facing error codes. Each area keeps its codes in its own
 * file (`<area>-errors.ts`) and adds it here; codes are never reused.
 * docs/errors.md lists them, and a test keeps the two equal.
 */
export const ERROR_REGISTRY = {
  ...coreErrors,
  ...generateErrors,
  ...checksErrors,
  ...linkErrors,
  ...ingestErrors,
  ...storeErrors,
  ...serverErrors,
} as const;

export type ErrorCode = keyof typeof ERROR_REGISTRY;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERROR_REGISTRY[code];
}

import { coreErrors } from './core-errors';
import type { ErrorSpec } from './error-spec';

/**
 * The one registry of user-facing error codes. Each area keeps its codes in its own
 * file (`<area>-errors.ts`) and adds it here; codes are never reused.
 * docs/errors.md lists them, and a test keeps the two equal.
 */
export const ERROR_REGISTRY = {
  ...coreErrors,
} as const;

export type ErrorCode = keyof typeof ERROR_REGISTRY;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERROR_REGISTRY[code];
}

import { BirtizimError, isBirtizimError } from '../core/errors/birtizim-error';
import { errorSpec } from '../core/errors/registry';

/**
 * The one top-level handler: a BirtizimError prints its message and fix and exits with
 * its code; anything else is an internal error. Stacks only with --debug.
 */
export function reportFailure(error: unknown, debug: boolean): number {
  const failure = isBirtizimError(error)
    ? error
    : new BirtizimError('BZ_INTERNAL', { detail: error instanceof Error ? error.message : String(error) });
  process.stderr.write(`error ${failure.code}: ${failure.message}\n`);
  process.stderr.write(`  fix: ${errorSpec(failure.code).fix.en}\n`);
  if (debug) process.stderr.write(`${(error instanceof Error && error.stack) || String(error)}\n`);
  return failure.exitCode;
}

/** Wrap a command action so that failures go through the one handler. */
export function action<A extends unknown[]>(
  work: (...args: A) => Promise<void | number>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await work(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (error) {
      process.exitCode = reportFailure(error, process.argv.includes('--debug'));
    }
  };
}

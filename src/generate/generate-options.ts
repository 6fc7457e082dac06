import { BirtizimError } from '../core/errors/birtizim-error';
import { fromDay, toDay } from './dates';

export interface GenerateOptions {
  readonly persons: number;
  readonly seed: number | string;
  readonly outDir: string;
  readonly messy?: boolean;
  /** `YYYY-MM-DD`; default today (UTC). */
  readonly asOf?: string;
}

export const MIN_PERSONS = 100;

/** Check options before anything is written; the date must be a real calendar day. */
export function validateOptions(options: GenerateOptions): { readonly asOf: string } {
  if (!Number.isInteger(options.persons) || options.persons < MIN_PERSONS) {
    throw new BirtizimError('BZ_GENERATE_INVALID_OPTION', {
      option: '--persons',
      detail: `${options.persons} is not an integer >= ${MIN_PERSONS}`,
    });
  }
  if (String(options.seed).trim() === '') {
    throw new BirtizimError('BZ_GENERATE_INVALID_OPTION', { option: '--seed', detail: 'empty seed' });
  }
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || fromDay(toDay(asOf)) !== asOf) {
    throw new BirtizimError('BZ_GENERATE_INVALID_OPTION', {
      option: '--as-of',
      detail: `${asOf} is not a date YYYY-MM-DD`,
    });
  }
  if (asOf < '2022-01-01' || asOf > '2030-12-31') {
    throw new BirtizimError('BZ_GENERATE_INVALID_OPTION', {
      option: '--as-of',
      detail: `${asOf} is outside 2022-2030`,
    });
  }
  return { asOf };
}

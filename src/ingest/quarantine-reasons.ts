import type { ColumnKind } from '../registries/column-types';

/**
 * The reason texts written to `_quarantine.reason`. They are fixed strings (details such
 * as the expected field count are not interpolated) so that a reason can be compared
 * with the generator's truth and counted per kind. The generator may import these.
 */
export const QUARANTINE_REASONS = {
  tooManyFields: 'too many fields',
  tooFewFields: 'too few fields',
  unterminatedQuote: 'unterminated quoted field',
  textAfterQuote: 'text after closing quote',
  missingRequired: 'missing required value',
  iinChecksum: 'IIN checksum fails',
  iinLength: 'IIN must have 12 digits',
  iinNotDigits: 'IIN must contain only digits',
  binChecksum: 'BIN checksum fails',
  binLength: 'BIN must have 12 digits',
  binNotDigits: 'BIN must contain only digits',
  dateFormat: 'date not in YYYY-MM-DD or DD.MM.YYYY format',
  impossibleDate: 'impossible date',
  month: 'month not in YYYY-MM or MM.YYYY format',
  quarter: 'quarter not in YYYY-Qn format',
  money: 'not an amount',
  number: 'not a number',
  int: 'not an integer',
  bool: 'not a boolean',
  enumValue: 'unknown value',
  district: 'unknown district',
} as const;

export type QuarantineReason = (typeof QUARANTINE_REASONS)[keyof typeof QUARANTINE_REASONS];

/** The id-number reasons of an IIN or BIN column. */
export function idReasons(kind: Extract<ColumnKind, 'iin' | 'bin'>): {
  readonly checksum: QuarantineReason;
  readonly length: QuarantineReason;
  readonly notDigits: QuarantineReason;
} {
  return kind === 'iin'
    ? {
        checksum: QUARANTINE_REASONS.iinChecksum,
        length: QUARANTINE_REASONS.iinLength,
        notDigits: QUARANTINE_REASONS.iinNotDigits,
      }
    : {
        checksum: QUARANTINE_REASONS.binChecksum,
        length: QUARANTINE_REASONS.binLength,
        notDigits: QUARANTINE_REASONS.binNotDigits,
      };
}

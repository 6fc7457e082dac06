import type { Language } from '../localized';
import { errorSpec, type ErrorCode } from './registry';

export type ErrorDetails = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Fill `{name}` placeholders of a message template from the details. */
export function fillTemplate(template: string, details: ErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = details[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** A user-facing error: a registered code plus the details its message names. */
export class BirtizimError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(fillTemplate(errorSpec(code).message.en, details), options);
    this.name = 'BirtizimError';
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return errorSpec(this.code).httpStatus;
  }

  get exitCode(): number {
    return errorSpec(this.code).exitCode;
  }

  localizedMessage(language: Language): string {
    return fillTemplate(errorSpec(this.code).message[language], this.details);
  }

  localizedFix(language: Language): string {
    return fillTemplate(errorSpec(this.code).fix[language], this.details);
  }
}

export function isBirtizimError(value: unknown): value is BirtizimError {
  return value instanceof BirtizimError;
}

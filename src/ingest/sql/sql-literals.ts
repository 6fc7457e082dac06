import { sqlString } from '../../workspace/workspace';

/** A VARCHAR literal, or NULL when there is nothing to say. */
export function sqlText(value: string | null): string {
  return value === null ? 'NULL::VARCHAR' : sqlString(value);
}

/** Whitespace that extracts put around and inside values: space, tab, no-break and thin spaces. */
export const SPACE_CHARS = ' \t\r\n\u00a0\u2009\u202f';

/** The same set as an RE2 character class body. */
export const SPACE_CLASS = '\\s\\x{00a0}\\x{2009}\\x{202f}';

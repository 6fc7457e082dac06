import type { ColumnSpec } from '../../registries/catalog';
import type { FileFormat } from './file-format';

const KAZAKH_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[а-яё]/;

/**
 * The header an agency would print for a column, taken from the catalog aliases that
 * ingest understands: the first Russian alias, or the first Kazakh one (one with a
 * Kazakh-only letter, else the second Cyrillic alias, e.g. ЖСН).
 */
export function headerFor(column: ColumnSpec, style: FileFormat['headers']): string {
  if (style === 'canonical') return column.name;
  const cyrillic = column.aliases.filter((a) => CYRILLIC.test(a));
  const russian = cyrillic.find((a) => !KAZAKH_LETTERS.test(a));
  if (style === 'ru') return capitalise(russian ?? column.name);
  const kazakh = cyrillic.find((a) => KAZAKH_LETTERS.test(a)) ?? cyrillic[1] ?? russian;
  return capitalise(kazakh ?? column.name);
}

/** Headers of a file, canonical where an alias would repeat another column's header. */
export function headersFor(columns: readonly ColumnSpec[], style: FileFormat['headers']): string[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    const header = headerFor(column, style);
    const key = header.toLowerCase();
    if (seen.has(key)) return column.name;
    seen.add(key);
    return header;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

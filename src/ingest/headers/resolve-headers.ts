import { registrySpec, type RegistryName } from '../../registries/catalog';
import { catalogAliases } from './catalog-aliases';
import { headerKey } from './header-key';
import type { HeaderMapping } from './header-mapping-file';

/**
 * How each header of one file is read: the mapping file wins over the catalog (so a user
 * can re-point a header the catalog guessed wrong); empty headers (trailing delimiters,
 * blank spreadsheet columns) are skipped.
 */
export type HeaderSource = 'catalog' | 'mapping' | 'ignored' | 'empty' | 'unknown';

export interface HeaderAssignment {
  /** 0-based position of the column in the file. */
  readonly index: number;
  readonly header: string;
  /** The canonical column, or null when skipped or unknown. */
  readonly column: string | null;
  readonly source: HeaderSource;
}

export interface HeaderResolution {
  readonly registry: RegistryName;
  readonly headers: readonly HeaderAssignment[];
  readonly unknown: readonly string[];
  readonly missingRequired: readonly string[];
  readonly duplicates: readonly { readonly column: string; readonly headers: readonly string[] }[];
}

function assign(
  registry: RegistryName,
  header: string,
  index: number,
  mapping: HeaderMapping,
): HeaderAssignment {
  const key = headerKey(header);
  if (key === '') return { index, header, column: null, source: 'empty' };
  const mapped = mapping.byRegistry.get(registry)?.get(key) ?? mapping.byRegistry.get('*')?.get(key);
  if (mapped) {
    return mapped.kind === 'ignore'
      ? { index, header, column: null, source: 'ignored' }
      : { index, header, column: mapped.column, source: 'mapping' };
  }
  const column = catalogAliases(registry).get(key);
  return column
    ? { index, header, column, source: 'catalog' }
    : { index, header, column: null, source: 'unknown' };
}

export function resolveHeaders(
  registry: RegistryName,
  headers: readonly string[],
  mapping: HeaderMapping,
): HeaderResolution {
  const assignments = headers.map((header, index) => assign(registry, header, index, mapping));
  const byColumn = new Map<string, string[]>();
  for (const a of assignments) {
    if (a.column !== null) byColumn.set(a.column, [...(byColumn.get(a.column) ?? []), a.header]);
  }
  return {
    registry,
    headers: assignments,
    unknown: assignments.filter((a) => a.source === 'unknown').map((a) => a.header),
    missingRequired: registrySpec(registry)
      .columns.filter((c) => c.required && !byColumn.has(c.name))
      .map((c) => c.name),
    duplicates: [...byColumn]
      .filter(([, hs]) => hs.length > 1)
      .map(([column, hs]) => ({ column, headers: hs })),
  };
}

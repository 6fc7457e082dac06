import { registrySpec, type RegistryName } from '../../registries/catalog';
import { headerKey } from './header-key';

/**
 * Header keys the catalog knows for a registry: each column's canonical snake_case name,
 * its English form (spaces; without the `_kzt` unit suffix too) and its ru/kk aliases.
 * When two columns share an alias, the first in catalog order keeps it.
 */
export function catalogAliases(registry: RegistryName): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const spec = registrySpec(registry);
  const add = (alias: string, column: string): void => {
    const key = headerKey(alias);
    if (key !== '' && !map.has(key)) map.set(key, column);
  };
  // Canonical names first, so that an alias of one column never hides another's own name.
  for (const column of spec.columns) add(column.name, column.name);
  for (const column of spec.columns) {
    if (column.name.endsWith('_kzt')) add(column.name.slice(0, -4), column.name);
    for (const alias of column.aliases) add(alias, column.name);
  }
  return map;
}
